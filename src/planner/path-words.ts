// A found path step in words and in planning cost: the sentence the planner and the triage column show (both
// languages), and the rough cost that ranks the steps (src/planner/params.ts: assumptions, not law).
import { messageText, msg, render } from '../engine/messages'
import type { Message, Program } from '../engine/types'
import { yearOf } from '../engine/dates'
import type { FirmProfile } from '../profile/types'
import { fromFen, toFen } from './exact'
import type { LeverSpec } from './lever-specs'
import { UNIT_COST_YUAN } from './params'

function shareExtraFen(before: FirmProfile, after: FirmProfile): bigint {
  const y = yearOf(before.assessmentDate) - 1
  const hi = (p: FirmProfile) => toFen(p.years.find((x) => x.year === y)?.hiTechIncome ?? 0)
  return hi(after) - hi(before)
}

/** the change itself; extra R&D names the year it is spent in and the application it counts for */
function change(spec: LeverSpec, amount: bigint, profile: FirmProfile, after: FirmProfile): Message {
  const year = yearOf(profile.assessmentDate) - 1
  if (spec.key === 'extraRdYuan')
    return msg('planner.path.extraRdYuan', { year: year + 1, next: year + 2, amount: fromFen(amount) })
  if (spec.key !== 'hiTechIncomeShare') return msg(`planner.path.${spec.key}`, { n: Number(amount) })
  const extra = shareExtraFen(profile, after)
  const percent = `${(Number(amount) / 100).toFixed(2)}%`
  return msg('planner.path.hiTechIncomeShare', { year, percent, amount: fromFen(extra) })
}

/** a message as an English reader sees it (a param of another message cannot be a message) */
const enText = (m: Message): string => render(messageText(m.key, 'en') ?? m.key, m.params, 'en')

/**
 * The step's sentence. When the change leaves only the expert-scored innovation score open (a 'borderline'
 * result), the sentence says that the score then decides, with its range: never a bare "do this" (issue #8 §8).
 */
export function pathLabel(
  spec: LeverSpec,
  amount: bigint,
  profile: FirmProfile,
  after: FirmProfile,
  result: Program,
): Message {
  const m = change(spec, amount, profile, after)
  if (result.status === 'eligible') return m
  const { min, max, passMark } = result.score
  return msg('planner.path.then-score', { change: m.text, changeEn: enText(m), min, max, passMark })
}

export function pathCost(spec: LeverSpec, amount: bigint, profile: FirmProfile, after: FirmProfile): number {
  const units = spec.key === 'extraRdYuan' ? Number(amount) / 100 : Number(amount)
  if (spec.key === 'hiTechIncomeShare')
    return (Number(shareExtraFen(profile, after)) / 100) * UNIT_COST_YUAN.hiTechIncomeShare
  return units * UNIT_COST_YUAN[spec.key]
}
