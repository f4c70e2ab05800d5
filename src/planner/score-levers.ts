// When only the expert-scored innovation score stands in the way (issue #8 §8): the computable changes that raise
// the HNTE score range, how many points each adds to its minimum and maximum (by the engine itself), and the
// smallest set of them that lifts the guaranteed minimum to the pass mark, or that no such set exists.
import { msg } from '../engine/messages'
import type { Message, Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { cloneProfile } from './clone'
import { Evaluator } from './evaluate'
import { SEARCH_BOUNDS } from './params'
import { yearOf } from '../engine/dates'
import { projectionFor } from './levers'
import { enText } from './path-words'

/** no change, for next year's application: the base the next-year levers' gains are counted from */
const NEXT_YEAR: Change = { apply: () => undefined, next: true }

export interface ScoreLever {
  id: string
  label: Message
  /** points the change adds to the score range's minimum and maximum */
  gainMin: number
  gainMax: number
  apply(p: FirmProfile): void
  /** counts only from next year's application (this year's transformations: 近三年内 is the fiscal years before it) */
  next?: boolean
}

export interface ScorePlan {
  score: { min: number; max: number; passMark: number }
  /** what decides: the score alone */
  message: Message
  levers: ScoreLever[]
  /** the fewest levers (ids) that lift the minimum to the pass mark; undefined when none does */
  smallestSet?: string[]
  /** the set's or, without one, the best reachable minimum */
  outcome: Message
  /** engine runs the plan used */
  evaluations: number
}

type Candidate = Omit<ScoreLever, 'gainMin' | 'gainMax'>
type Change = Pick<Candidate, 'apply' | 'next'>
const MGMT = ['system', 'institution', 'transformationIncentives', 'talent'] as const

function candidates(p: FirmProfile): Candidate[] {
  const out: Candidate[] = []
  const year = yearOf(p.assessmentDate)
  if (!p.ip.classI)
    out.push({ id: 'newClassI', label: msg('planner.score.newClassI'), apply: (x) => add(x, 'classI', 1) })
  for (const n of [1, 3, 5])
    out.push({
      id: `newClassII+${n}`,
      label: msg('planner.score.newClassII', { n }),
      apply: (x) => add(x, 'classII', n),
    })
  for (const n of [1, 3, 6, 9, 12, 15])
    out.push({
      id: `transformations+${n}`,
      label: msg('planner.score.transformations', { n, year, next: year + 1 }),
      apply: (x) => addT(x, n),
      next: true,
    })
  for (const k of MGMT)
    if (p.rdManagement[k] !== 'yes')
      out.push({
        id: `rdManagement.${k}`,
        label: msg(`planner.score.rdManagement.${k}`),
        apply: (x) => void (x.rdManagement[k] = 'yes'),
      })
  if (p.ip.standards !== true)
    out.push({ id: 'standards', label: msg('planner.score.standards'), apply: (x) => void (x.ip.standards = true) })
  return out
}

const add = (p: FirmProfile, k: 'classI' | 'classII', n: number): void => void (p.ip[k] = (p.ip[k] ?? 0) + n)
const addT = (p: FirmProfile, n: number): void =>
  void (p.transformations = Math.min((p.transformations ?? 0) + n, SEARCH_BOUNDS.extraTransformations))

/** whether the innovation score is the only condition not passing */
export function onlyScoreStands(program: Program, scoreCheckId = 'hnte.innovation-score'): boolean {
  const open = program.checks.filter((c) => c.status !== 'pass')
  return open.length === 1 && open[0]!.id === scoreCheckId
}

/**
 * The score with the levers applied, for this year's application or, when one of them counts only from next
 * year's, for next year's (the firm's own projection, projectionFor); `holds`: nothing but the score is open.
 */
function scoreWith(ev: Evaluator, profile: FirmProfile, levers: readonly Change[]) {
  const next = levers.some((l) => l.next)
  const p = next ? projectionFor(profile, yearOf(profile.assessmentDate) + 1) : cloneProfile(profile)
  levers.forEach((l) => l.apply(p))
  const r = ev.run(p)
  return { min: r.score.min, max: r.score.max, holds: r.status === 'eligible' || onlyScoreStands(r) }
}

/** the same kind of change (Class II, transformations) counts once in a set: its largest amount is kept */
const kind = (id: string): string => id.split('+')[0]!

/** the levers that raise the range, and the smallest set (fewest levers, then the largest minimum) */
export function scorePlan(profile: FirmProfile, base: Program, maxEvaluations = 400): ScorePlan {
  const ev = new Evaluator('hnte', maxEvaluations)
  const { min, max, passMark } = base.score
  // next year's own score, the base of the levers that count only then (computed only when there is one)
  const nextOwn = candidates(profile).some((c) => c.next) ? scoreWith(ev, profile, [NEXT_YEAR]) : undefined
  const gains = candidates(profile).map((c) => {
    const s = scoreWith(ev, profile, [c])
    const from = c.next && nextOwn ? nextOwn : { min, max }
    return { ...c, gainMin: s.min - from.min, gainMax: s.max - from.max }
  })
  const levers = gains.filter((l) => l.gainMin > 0 || l.gainMax > 0)
  const useful = levers.filter((l) => l.gainMin > 0)
  const found = smallestSet(ev, profile, useful, { min, nextMin: nextOwn?.min ?? min, passMark })
  const plan: ScorePlan = {
    score: { min, max, passMark },
    message: msg('planner.score.decides', { min, max, passMark }),
    levers,
    outcome: msg('planner.score.none', { best: found.best, passMark }),
    evaluations: 0,
  }
  if (found.set) {
    plan.smallestSet = found.set.map((l) => l.id)
    const list = found.set.map((l) => l.label.text).join('；')
    // each change in English words (a param of a message cannot be a message)
    const listEn = found.set.map((l) => enText(l.label)).join('; ')
    const next = found.set.some((l) => l.next) ? yearOf(profile.assessmentDate) + 1 : undefined
    plan.outcome = next
      ? msg('planner.score.set-next', { passMark, list, listEn, next })
      : msg('planner.score.set', { passMark, list, listEn })
  }
  plan.evaluations = ev.used
  return plan
}

/**
 * Sets by size, one lever of each kind. A set is evaluated only when the sum of its levers' single gains could
 * reach the mark (the parts are capped, so a set never gains more than the sum): few engine runs.
 */
function smallestSet(
  ev: Evaluator,
  profile: FirmProfile,
  useful: ScoreLever[],
  base: { min: number; nextMin: number; passMark: number },
): { set?: ScoreLever[]; best: number } {
  const need = (set: ScoreLever[]) => base.passMark - (set.some((l) => l.next) ? base.nextMin : base.min)
  const gain = (set: ScoreLever[]) => set.reduce((t, l) => t + l.gainMin, 0)
  const sets = subsets(useful)
    .filter((set) => gain(set) >= need(set))
    .sort((a, b) => a.length - b.length || gain(b) - gain(a))
  let winner: { set: ScoreLever[]; min: number } | undefined
  for (const set of sets) {
    if (ev.exhausted || (winner && set.length > winner.set.length)) break
    const s = scoreWith(ev, profile, set)
    if (s.holds && s.min >= base.passMark && (!winner || s.min > winner.min)) winner = { set, min: s.min }
  }
  if (winner) return { set: winner.set, best: winner.min }
  const all = bestOfEachKind(useful)
  return { best: all.length > 0 && !ev.exhausted ? scoreWith(ev, profile, all).min : base.min }
}

function bestOfEachKind(levers: ScoreLever[]): ScoreLever[] {
  const byKind = new Map<string, ScoreLever>()
  for (const l of levers) {
    const k = kind(l.id)
    const had = byKind.get(k)
    if (!had || l.gainMin > had.gainMin) byKind.set(k, l)
  }
  return [...byKind.values()]
}

function subsets(levers: ScoreLever[]): ScoreLever[][] {
  const out: ScoreLever[][] = [[]]
  for (const l of levers) {
    const n = out.length
    for (let i = 0; i < n; i++) {
      const s = out[i]!
      if (!s.some((x) => kind(x.id) === kind(l.id))) out.push([...s, l])
    }
  }
  return out.filter((s) => s.length > 0)
}
