// The cheapest path: for a firm that is not yet eligible for a program, the smallest change of each single lever
// that makes the engine say 'eligible', found by searching with the engine itself (never by re-deriving the rules'
// formulas), verified with the full assess(), and ranked by a planning cost (src/planner/params.ts).
import type { Check, Message, Program, ProgramStatus } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { assess } from '../rules'
import { Evaluator, type PlannedProgram } from './evaluate'
import { LEVER_SPECS, type LeverSpec } from './lever-specs'
import { applyLevers, baselineFor, scenarioYear, type Levers } from './levers'
import type { LeverKey } from './params'
import { blockers, outOfReach, reached } from './reach'
import { pathCost, pathLabel } from './path-words'
import { smallestAmount, type SearchResult } from './search'
import { closedSearch } from './hitech-bounds'
import { onlyScoreStands, scorePlan, type ScorePlan } from './score-levers'

export interface PathStep {
  lever: LeverKey
  /** in the lever's unit: yuan, persons, items, or the target share as a fraction */
  amount: number
  unit: LeverSpec['unit']
  /** planning cost in yuan, for ranking only (assumptions, not law) */
  cost: number
  label: Message
  /**
   * what assess() says for the program with this change: 'eligible', or for HNTE 'borderline' when no amount makes
   * it eligible and this one leaves only the expert-scored innovation score open (the label says so)
   */
  status: ProgramStatus
  score: { min: number; max: number }
  /** the scenario that realises this step, ready for applyLevers */
  levers: Levers
  /** false when the evaluation budget ran out before the amount was proven smallest */
  minimal: boolean
  /** the application year the step is for: the next one for a per-year amount (this year's), else the assessment's */
  applicationYear: number
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
  /** start each search from the engine's own gap (default true); false = the blind search, for comparison */
  useGaps?: boolean
}
type SearchOptions = PathOptions & { program: PlannedProgram }

const untouched = (c: Check, spec: LeverSpec) => !!c.fields?.length && !c.fields.some((f) => spec.touches.test(f))

/**
 * The search for one lever; the step only when the full assess() confirms it. Extra R&D is searched on next
 * year's application (applyLevers): it starts from that projection without extra, whose own gap is the hint.
 * When no amount makes the program eligible, the smallest that leaves only the expert score open is reported
 * as such (status 'borderline'): the score then decides, and the sentence says so.
 */
function pathFor(spec: LeverSpec, profile: FirmProfile, base: Program, ev: Evaluator, o: SearchOptions) {
  const own = baselineFor(profile, spec.levers(spec.firstStep))
  const start = own === profile ? base : ev.run(own)
  // that year works without this lever: there is no amount to find (the projection says so)
  if (start.status === 'eligible') return undefined
  // the engine's own verdicts: a failing check whose answers this lever does not touch stays failing
  if (o.useGaps !== false && start.checks.some((c) => c.status === 'fail' && untouched(c, spec))) return undefined
  const seen = new Map<bigint, Program>()
  const at = (x: bigint) => seen.get(x) ?? seen.set(x, ev.run(applyLevers(profile, spec.levers(x)))).get(x)!
  const search = searcher(spec, profile, start, at, ev, o)
  const found = search(true) ?? (o.program === 'hnte' && !onlyScoreStands(start) ? search(false) : undefined)
  return found && stepOf(spec, found, profile, o.program)
}

/**
 * The smallest amount reaching the program (strict: eligible): from the closed forms the lever has (HNTE only),
 * else from the engine's gap as a hint, else blind (useGaps false).
 */
function searcher(
  spec: LeverSpec,
  p: FirmProfile,
  start: Program,
  at: (x: bigint) => Program,
  ev: Evaluator,
  o: SearchOptions,
) {
  const bounds = { low: spec.low(p), high: spec.high(p), firstStep: spec.firstStep, probeHigh: spec.monotone }
  const gaps = o.useGaps !== false
  const hint = gaps ? spec.hint(p, start) : undefined
  const closed = gaps && o.program === 'hnte' ? spec.candidates?.(p, start) : undefined
  return (strict: boolean): SearchResult | undefined => {
    const settled = closed ? closedSearch(closed, bounds, start, at, (r) => reached(r, strict)) : 'search'
    if (settled !== 'search') return settled
    const ok = (x: bigint) => reached(at(x), strict)
    return smallestAmount(hint === undefined ? bounds : { ...bounds, hint }, ok, () => ev.exhausted)
  }
}

/** the step, confirmed by the full assess() */
function stepOf(spec: LeverSpec, found: SearchResult, profile: FirmProfile, program: PlannedProgram) {
  const levers = spec.levers(found.amount)
  const after = applyLevers(profile, levers)
  const result = assess(after)[program]
  if (!reached(result, program !== 'hnte')) return undefined
  const step: PathStep = {
    lever: spec.key,
    amount: spec.display(found.amount),
    unit: spec.unit,
    cost: pathCost(spec, found.amount),
    label: pathLabel(spec, found.amount, profile, result, program),
    status: result.status,
    score: { min: result.score.min, max: result.score.max },
    levers,
    minimal: found.minimal,
    applicationYear: scenarioYear(profile, levers),
  }
  return step
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
  const surely = outOfReach(base)
  if (surely.length) return { ...report, blockedBy: surely, evaluations: ev.used }
  const blocked = blockers(profile, base, ev, program !== 'hnte' || onlyScoreStands(base))
  if (blocked) return { ...report, blockedBy: blocked, evaluations: ev.used }
  const keys = options.levers
  const paths: PathStep[] = []
  for (const spec of LEVER_SPECS) {
    if (keys && !keys.includes(spec.key)) continue
    if (ev.exhausted) break
    const step = pathFor(spec, profile, base, ev, { ...options, program })
    if (step) paths.push(step)
  }
  // a sure step before one the experts' score still decides, then by planning cost
  const sure = (p: PathStep) => (p.status === 'eligible' ? 0 : 1)
  paths.sort((a, b) => sure(a) - sure(b) || a.cost - b.cost)
  return { ...report, paths, needsCombination: paths.length === 0 && !ev.exhausted, evaluations: ev.used }
}

/** the single-lever changes that make the program eligible (or leave only the score), cheapest first (see findPaths for the details) */
export function cheapestPaths(profile: FirmProfile, program: PlannedProgram, options?: PathOptions): PathStep[] {
  return findPaths(profile, program, options).paths
}
