// The what-if levers: a scenario applied to a copy of the firm's answers. The input profile is never changed;
// the user's answers change only when the UI applies a scenario on purpose.
import type { FirmProfile } from '../profile/types'
import { yearOf } from '../engine/dates'
import { cloneProfile } from './clone'
import { ownGrowth, projectedProfile } from './projection'

export interface Levers {
  /**
   * extra R&D spend in the assessment year, yuan (≤ 2 decimals): the year the firm can still change. The last
   * fiscal year is closed, so this counts from the next application year on (issue #8 §8; see applyLevers)
   */
  extraRdYuan: number
  /** S&T staff to hire (annual averages, so fractions are allowed) */
  hireScienceStaff: number
  newClassI: number
  newClassII: number
  extraTransformations: number
  /**
   * extra 高新技术产品（服务）收入 earned in the assessment year, yuan (≤ 2 decimals): like the extra R&D, a change to
   * the one year the firm can still change, counting for the next application (国科发火〔2016〕32号 第十一条（六）
   * looks at the last fiscal year before the application). It is new income, so it raises 总收入 too.
   */
  extraHiTechIncomeYuan: number
}

export const NO_LEVERS: Levers = {
  extraRdYuan: 0,
  hireScienceStaff: 0,
  newClassI: 0,
  newClassII: 0,
  extraTransformations: 0,
  extraHiTechIncomeYuan: 0,
}

/** staff averages carry at most 2 decimals: add in hundredths of a person */
const addPersons = (a: number, b: number): number => (Math.round(a * 100) + Math.round(b * 100)) / 100

/**
 * Hires raise 职工总数 and 科技人员 under both definitions, and 从业人数 for 小型微利 when the firm gave it.
 * Decision: counts the firm did not give stay unanswered (a ratio cannot be built on an unknown total).
 */
function hire(p: FirmProfile, n: number): void {
  const s = p.staff
  if (s.total !== undefined) s.total = addPersons(s.total, n)
  if (s.scienceTech !== undefined) s.scienceTech = addPersons(s.scienceTech, n)
  if (s.totalSme !== undefined) s.totalSme = addPersons(s.totalSme, n)
  if (s.scienceTechSme !== undefined) s.scienceTechSme = addPersons(s.scienceTechSme, n)
  if (p.tax.avgEmployees !== undefined) p.tax.avgEmployees = addPersons(p.tax.avgEmployees, n)
}

/** Decision: new IP and transformations on an unanswered count make it "at least the new ones" (0 + n). */
const addCount = (a: number | undefined, n: number): number | undefined => (n > 0 ? (a ?? 0) + n : a)

/** the levers that change the current answers (everything but the per-year amounts), for the assessment year */
function applyNow(profile: FirmProfile, levers: Levers): FirmProfile {
  const p = cloneProfile(profile)
  if (levers.hireScienceStaff !== 0) hire(p, levers.hireScienceStaff)
  const classI = addCount(p.ip.classI, levers.newClassI)
  if (classI !== undefined) p.ip.classI = classI
  const classII = addCount(p.ip.classII, levers.newClassII)
  if (classII !== undefined) p.ip.classII = classII
  const transformations = addCount(p.transformations, levers.extraTransformations)
  if (transformations !== undefined) p.transformations = transformations
  return p
}

/** the levers that change an amount of a fiscal year: only the assessment year's can still change */
export const perYear = (levers: Levers): boolean => levers.extraRdYuan !== 0 || levers.extraHiTechIncomeYuan !== 0

/** the application year a scenario is for: an amount of this year first counts in next year's window */
export const scenarioYear = (profile: FirmProfile, levers: Levers): number =>
  yearOf(profile.assessmentDate) + (perYear(levers) ? 1 : 0)

/**
 * The application next year, with the per-year levers' amounts added to the assessment year: the projection
 * from the firm's own growth (src/planner/projection.ts: the assessment year's other figures grown from the last
 * fiscal year's). The closed last fiscal year keeps the firm's own figures.
 */
export function nextYearWith(profile: FirmProfile, levers: Pick<Levers, 'extraRdYuan' | 'extraHiTechIncomeYuan'>) {
  const growth = ownGrowth(profile).assumptions
  const thisYear = { extraRdThisYear: levers.extraRdYuan, extraHiTechIncomeThisYear: levers.extraHiTechIncomeYuan }
  return projectedProfile(profile, { ...growth, ...thisYear }, yearOf(profile.assessmentDate) + 1)
}

/**
 * The scenario: a copy of the answers with the levers applied (the input is never changed). Without a per-year
 * lever it is for the assessment date; with one, for next year's application (nextYearWith), all levers included.
 */
export function applyLevers(profile: FirmProfile, levers: Levers): FirmProfile {
  const now = applyNow(profile, levers)
  return perYear(levers) ? nextYearWith(now, levers) : now
}

/** the firm's own answers for the scenario's application year (what the scenario is compared with) */
export const baselineFor = (profile: FirmProfile, levers: Levers): FirmProfile =>
  perYear(levers) ? nextYearWith(profile, NO_LEVERS) : profile

/**
 * The answers applyNow can change (keep in step with it): what "apply" may write. Never a per-year amount: it is
 * a plan for the assessment year, whose books are not closed, not an answer about a closed year.
 */
export function leverFields(): Set<string> {
  return new Set([
    'staff.total',
    'staff.scienceTech',
    'staff.totalSme',
    'staff.scienceTechSme',
    'tax.avgEmployees',
    'ip.classI',
    'ip.classII',
    'transformations',
  ])
}
