// A found path step in words and in planning cost: the sentence the planner and the triage column show (both
// languages), and the rough cost that ranks the steps (src/planner/params.ts: assumptions, not law).
import { messageText, msg, render } from '../engine/messages'
import type { Message, Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { fromFen } from './exact'
import type { LeverSpec } from './lever-specs'
import { UNIT_COST_YUAN } from './params'
import { leverYear } from './levers'

/**
 * The change itself, naming the application it counts for (leverYear) and, for a figure of a year, that year:
 * the assessment year's amounts and transformations, the hire year's staff average.
 */
function change(spec: LeverSpec, amount: bigint, profile: FirmProfile): Message {
  const next = leverYear(profile, spec.key)
  const year = next - 1
  // from: the first fiscal year of that application's three-year window (a three-year total names its years)
  const from = next - 3
  if (spec.unit === 'yuan') return msg(`planner.path.${spec.key}`, { year, next, from, amount: fromFen(amount) })
  return msg(`planner.path.${spec.key}`, { n: Number(amount), year, next, from })
}

/** a message as an English reader sees it (a param of another message cannot be a message) */
export const enText = (m: Message): string => render(messageText(m.key, 'en') ?? m.key, m.params, 'en')

/**
 * The step's sentence. When the change leaves only the expert-scored innovation score open (a 'borderline'
 * result), the sentence says that the score then decides, with its range: never a bare "do this" (issue #8 §8).
 */
export function pathLabel(spec: LeverSpec, amount: bigint, profile: FirmProfile, result: Program): Message {
  const m = change(spec, amount, profile)
  if (result.status === 'eligible') return m
  const { min, max, passMark } = result.score
  return msg('planner.path.then-score', { change: m.text, changeEn: enText(m), min, max, passMark })
}

export function pathCost(spec: LeverSpec, amount: bigint): number {
  const units = spec.unit === 'yuan' ? Number(amount) / 100 : Number(amount)
  return units * UNIT_COST_YUAN[spec.key]
}
