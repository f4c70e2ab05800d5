// A found path step in words and in planning cost: the sentence the planner and the triage column show (both
// languages), and the rough cost that ranks the steps (src/planner/params.ts: assumptions, not law).
import { messageText, msg, render } from '../engine/messages'
import type { Message, Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { fromFen } from './exact'
import type { LeverSpec } from './lever-specs'
import { UNIT_COST_YUAN } from './params'
import { leverYear } from './levers'
import type { PlannedProgram } from './evaluate'
import { closedNotice, tsmeRegistration } from './registration'

/**
 * The change itself, naming the application it counts for (leverYear) and, for a figure of a year, that year:
 * the assessment year's amounts and transformations, the hire year's staff average.
 */
function change(spec: LeverSpec, amount: bigint, profile: FirmProfile, next = leverYear(profile, spec.key)): Message {
  const year = next - 1
  // from: the first fiscal year of that application's three-year window (a three-year total names its years)
  const from = next - 3
  if (spec.unit === 'yuan') return msg(`planner.path.${spec.key}`, { year, next, from, amount: fromFen(amount) })
  return msg(`planner.path.${spec.key}`, { n: Number(amount), year, next, from })
}

/**
 * Tech-SME: the change names the registration it counts for. When the window of the lever's year is past (new IP
 * on the assessment's own year after 31 August 2026), that is the next registration, never the closed one, and
 * the sentence says the closed window's last day and whether the next window is announced (issue #8 §9).
 */
function tsmeChange(spec: LeverSpec, amount: bigint, profile: FirmProfile): Message {
  const reg = tsmeRegistration(profile, leverYear(profile, spec.key))
  const m = change(spec, amount, profile, reg.year)
  const n = closedNotice(reg)
  if (!n) return m
  const key = n.key === 'tsmeNext' ? 'planner.path.tsme-next' : 'planner.path.tsme-next-unannounced'
  return msg(key, { ...n.params, change: m.text, changeEn: enText(m) })
}

/** a message as an English reader sees it (a param of another message cannot be a message) */
export const enText = (m: Message): string => render(messageText(m.key, 'en') ?? m.key, m.params, 'en')

/**
 * The step's sentence. When the change leaves only the expert-scored innovation score open (a 'borderline'
 * result), the sentence says that the score then decides, with its range: never a bare "do this" (issue #8 §8).
 */
export function pathLabel(
  spec: LeverSpec,
  amount: bigint,
  profile: FirmProfile,
  result: Program,
  program: PlannedProgram = 'hnte',
): Message {
  const m = program === 'techSme' ? tsmeChange(spec, amount, profile) : change(spec, amount, profile)
  if (result.status === 'eligible') return m
  const { min, max, passMark } = result.score
  return msg('planner.path.then-score', { change: m.text, changeEn: enText(m), min, max, passMark })
}

export function pathCost(spec: LeverSpec, amount: bigint): number {
  const units = spec.unit === 'yuan' ? Number(amount) / 100 : Number(amount)
  return units * UNIT_COST_YUAN[spec.key]
}
