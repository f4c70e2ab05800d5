// Whether a program is reached, and what no lever can reach: the checks that surely block (answers no lever
// changes) and those still failing with every lever at its bound in every year a lever counts for.
import type { Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import type { Evaluator } from './evaluate'
import { allAtBounds } from './lever-specs'
import { applyLevers, countsIn, leverFields, leverYear, NO_LEVERS } from './levers'
import type { LeverKey } from './params'
import { onlyScoreStands } from './score-levers'

/** eligible, or (HNTE, not strict) borderline with every condition but the expert-scored innovation score holding */
export const reached = (p: Program, strict: boolean) =>
  p.status === 'eligible' || (!strict && p.status === 'borderline' && onlyScoreStands(p))

/**
 * Checks that surely block, with no evaluation: not passing, and settled only by fields no lever changes
 * (the engine lists them in Check.fields), e.g. the registration date, the technology field, an incident.
 */
export function outOfReach(base: Program): string[] {
  const reach = leverFields()
  // this year's extra R&D and high-tech income reach every R&D and income-share check, through next year's window
  const reached = (f: string) => reach.has(f) || /^years\.\d+\.(rd\.inHouse|hiTechIncome|totalIncome)$/.test(f)
  return base.checks.filter((c) => c.status !== 'pass' && c.fields?.length && !c.fields.some(reached)).map((c) => c.id)
}

/**
 * The checks still not passing with every lever at its bound, for each application year a lever first counts in
 * (leverYear), with the levers that count then (countsIn). Hires can break a check (a staff limit): when a probe
 * fails a check that passed before, it is repeated without hires. Blocked = failing in every year. Not strict: a
 * probe that leaves only the expert score open is not blocked (the search then reports that step as such).
 */
export function blockers(profile: FirmProfile, base: Program, ev: Evaluator, strict: boolean): string[] | undefined {
  const notPassing = (p: Program) => p.checks.filter((c) => c.status !== 'pass').map((c) => c.id)
  const before = new Set(notPassing(base))
  const bounds = allAtBounds(profile)
  const keys = Object.keys(bounds) as LeverKey[]
  const lists: string[][] = []
  for (const year of new Set(keys.map((k) => leverYear(profile, k)))) {
    const counts = (k: LeverKey) => countsIn(profile, k, year)
    const at = (hires: boolean) => {
      const levers = { ...NO_LEVERS }
      for (const k of keys) if (counts(k) && (hires || k !== 'hireScienceStaff')) levers[k] = bounds[k]
      return ev.run(applyLevers(profile, levers))
    }
    const withHires = at(true)
    if (reached(withHires, strict)) return undefined
    const broken = notPassing(withHires).some((id) => !before.has(id))
    if (broken && counts('hireScienceStaff') && reached(at(false), strict)) return undefined
    lists.push(notPassing(withHires))
  }
  const all = lists.reduce((a, l) => a.filter((id) => l.includes(id)))
  return all.length ? all : [...new Set(lists.flat())]
}
