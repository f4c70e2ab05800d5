// The cheapest path: for a firm that is not yet eligible for a program, the smallest change of each single lever
// that makes the engine say 'eligible', found by searching with the engine itself (never by re-deriving the rules'
// formulas), verified with the full assess(), and ranked by a planning cost (src/planner/params.ts).
import { msg } from '../engine/messages'
import type { Message, Program, ProgramStatus } from '../engine/types'
import { yearOf } from '../engine/dates'
import type { FirmProfile } from '../profile/types'
import { assess } from '../rules'
import { Evaluator, type PlannedProgram } from './evaluate'
import { fromFen, toFen } from './exact'
import { allAtBounds, LEVER_SPECS, type LeverSpec } from './lever-specs'
import { applyLevers, leverFields, type Levers } from './levers'
import { UNIT_COST_YUAN, type LeverKey } from './params'
import { smallestAmount } from './search'
import { onlyScoreStands, scorePlan, type ScorePlan } from './score-levers'

export interface PathStep {
  lever: LeverKey
  /** in the lever's unit: yuan, persons, items, or the target share as a fraction */
  amount: number
  unit: LeverSpec['unit']
  /** planning cost in yuan, for ranking only (assumptions, not law) */
  cost: number
  label: Message
  /** what assess() says for the program with this change: always 'eligible' for a reported step */
  status: ProgramStatus
  score: { min: number; max: number }
  /** the scenario that realises this step, ready for applyLevers */
  levers: Levers
  /** false when the evaluation budget ran out before the amount was proven smallest */
  minimal: boolean
}

export interface PathReport {
  program: PlannedProgram
  baseline: ProgramStatus
  paths: PathStep[]
  /** checks no lever (not even all of them together) can make pass: answers to give or conditions to wait for */
  blockedBy: string[]
  /** eligible only with several levers at once: no single change suffices */
  needsCombination: boolean
  evaluations: number
  /** HNTE with only the expert-scored innovation score in the way: what decides, the score levers, the smallest set */
  scorePlan?: ScorePlan
}

export interface PathOptions {
  /** the program's result on the unchanged profile, when the caller already has it (saves an evaluation) */
  baseline?: Program
  /** most engine evaluations for the whole search (default 600) */
  maxEvaluations?: number
  /** only these levers (default: all) */
  levers?: LeverKey[]
}

function label(spec: LeverSpec, amount: bigint, profile: FirmProfile, after: FirmProfile): Message {
  const year = yearOf(profile.assessmentDate) - 1
  if (spec.key === 'extraRdYuan') return msg('planner.path.extraRdYuan', { year, amount: fromFen(amount) })
  if (spec.key !== 'hiTechIncomeShare') return msg(`planner.path.${spec.key}`, { n: Number(amount) })
  const extra = shareExtraFen(profile, after)
  const percent = `${(Number(amount) / 100).toFixed(2)}%`
  return msg('planner.path.hiTechIncomeShare', { year, percent, amount: fromFen(extra) })
}

function shareExtraFen(before: FirmProfile, after: FirmProfile): bigint {
  const y = yearOf(before.assessmentDate) - 1
  const hi = (p: FirmProfile) => toFen(p.years.find((x) => x.year === y)?.hiTechIncome ?? 0)
  return hi(after) - hi(before)
}

function cost(spec: LeverSpec, amount: bigint, profile: FirmProfile, after: FirmProfile): number {
  const units = spec.key === 'extraRdYuan' ? Number(amount) / 100 : Number(amount)
  if (spec.key === 'hiTechIncomeShare')
    return (Number(shareExtraFen(profile, after)) / 100) * UNIT_COST_YUAN.hiTechIncomeShare
  return units * UNIT_COST_YUAN[spec.key]
}

/** the search for one lever; the step only when the full assess() confirms it */
function pathFor(
  spec: LeverSpec,
  profile: FirmProfile,
  base: Program,
  ev: Evaluator,
  program: PlannedProgram,
): PathStep | undefined {
  const ok = (x: bigint) => ev.eligible(applyLevers(profile, spec.levers(x)))
  const spec2 = {
    low: spec.low(profile),
    high: spec.high(profile),
    firstStep: spec.firstStep,
    probeHigh: spec.monotone,
  }
  const hint = spec.hint(profile, base)
  const found = smallestAmount(hint === undefined ? spec2 : { ...spec2, hint }, ok, () => ev.exhausted)
  if (!found) return undefined
  const levers = spec.levers(found.amount)
  const after = applyLevers(profile, levers)
  const result = assess(after)[program]
  if (result.status !== 'eligible') return undefined
  return {
    lever: spec.key,
    amount: spec.display(found.amount),
    unit: spec.unit,
    cost: cost(spec, found.amount, profile, after),
    label: label(spec, found.amount, profile, after),
    status: result.status,
    score: { min: result.score.min, max: result.score.max },
    levers,
    minimal: found.minimal,
  }
}

/**
 * Checks that surely block, with no evaluation: not passing, and settled only by fields no lever changes
 * (the engine lists them in Check.fields), e.g. the registration date, the technology field, an incident.
 */
function outOfReach(profile: FirmProfile, base: Program): string[] {
  const reach = leverFields(profile)
  return base.checks
    .filter((c) => c.status !== 'pass' && c.fields?.length && !c.fields.some((f) => reach.has(f)))
    .map((c) => c.id)
}

/**
 * The checks still not passing with every lever at its bound. Hires can break a check (a staff limit): when the
 * probe fails a check that passed before, it is repeated without hires.
 */
function blockers(profile: FirmProfile, base: Program, ev: Evaluator): string[] | undefined {
  const withHires = ev.run(applyLevers(profile, allAtBounds(profile, true)))
  if (withHires.status === 'eligible') return undefined
  const notPassing = (p: Program) => p.checks.filter((c) => c.status !== 'pass').map((c) => c.id)
  const before = new Set(notPassing(base))
  const broken = notPassing(withHires).some((id) => !before.has(id))
  if (broken && ev.run(applyLevers(profile, allAtBounds(profile, false))).status === 'eligible') return undefined
  return notPassing(withHires)
}

export function findPaths(profile: FirmProfile, program: PlannedProgram, options: PathOptions = {}): PathReport {
  const budget = options.maxEvaluations ?? 600
  const ev = new Evaluator(program, budget)
  const base = options.baseline ?? ev.run(profile)
  const report = searchPaths(profile, program, base, ev, options)
  // never an empty answer when the expert-scored innovation score alone stands in the way (issue #8 §8)
  if (program !== 'hnte' || base.status === 'eligible' || !onlyScoreStands(base)) return report
  const plan = scorePlan(profile, base, Math.max(50, budget - ev.used))
  return { ...report, scorePlan: plan, evaluations: report.evaluations + plan.evaluations }
}

function searchPaths(
  profile: FirmProfile,
  program: PlannedProgram,
  base: Program,
  ev: Evaluator,
  options: PathOptions,
): PathReport {
  const baseline = base.status
  const report = { program, baseline, paths: [], blockedBy: [], needsCombination: false }
  if (baseline === 'eligible') return { ...report, evaluations: ev.used }
  const surely = outOfReach(profile, base)
  if (surely.length) return { ...report, blockedBy: surely, evaluations: ev.used }
  const blocked = blockers(profile, base, ev)
  if (blocked) return { ...report, blockedBy: blocked, evaluations: ev.used }
  const keys = options.levers
  const paths: PathStep[] = []
  for (const spec of LEVER_SPECS) {
    if (keys && !keys.includes(spec.key)) continue
    if (ev.exhausted) break
    const step = pathFor(spec, profile, base, ev, program)
    if (step) paths.push(step)
  }
  paths.sort((a, b) => a.cost - b.cost)
  return { ...report, paths, needsCombination: paths.length === 0 && !ev.exhausted, evaluations: ev.used }
}

/** the single-lever changes that make the program eligible, cheapest first (see findPaths for the details) */
export function cheapestPaths(profile: FirmProfile, program: PlannedProgram, options?: PathOptions): PathStep[] {
  return findPaths(profile, program, options).paths
}
