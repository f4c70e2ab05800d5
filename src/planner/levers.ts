// The what-if levers: a scenario applied to a copy of the firm's answers. The input profile is never changed;
// the user's answers change only when the UI applies a scenario on purpose.
import type { FirmProfile, FiscalYearData } from '../profile/types'
import { yearOf } from '../engine/dates'
import { mul, q, ceil } from '../engine/rational'
import { decimalQ, fromFen, toFen } from './exact'
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
  /** target 高新技术产品（服务）收入 as a fraction of the last year's 总收入; undefined = unchanged */
  hiTechIncomeShare?: number
}

export const NO_LEVERS: Levers = {
  extraRdYuan: 0,
  hireScienceStaff: 0,
  newClassI: 0,
  newClassII: 0,
  extraTransformations: 0,
}

/** staff averages carry at most 2 decimals: add in hundredths of a person */
const addPersons = (a: number, b: number): number => (Math.round(a * 100) + Math.round(b * 100)) / 100

/** hiTechIncome = ⌈share × totalIncome⌉ to the fen, never above total income */
function setHiTechShare(y: FiscalYearData, share: number): void {
  if (y.totalIncome === undefined) return
  const total = toFen(y.totalIncome)
  const target = ceil(mul(decimalQ(share), q(total)))
  y.hiTechIncome = fromFen(target > total ? total : target < 0n ? 0n : target)
}

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

/** the levers that change the current answers (everything but the extra R&D), for the assessment year */
function applyNow(profile: FirmProfile, levers: Levers): FirmProfile {
  const p = cloneProfile(profile)
  const y = p.years.find((fy) => fy.year === yearOf(p.assessmentDate) - 1)
  if (y && levers.hiTechIncomeShare !== undefined) setHiTechShare(y, levers.hiTechIncomeShare)
  if (levers.hireScienceStaff !== 0) hire(p, levers.hireScienceStaff)
  const classI = addCount(p.ip.classI, levers.newClassI)
  if (classI !== undefined) p.ip.classI = classI
  const classII = addCount(p.ip.classII, levers.newClassII)
  if (classII !== undefined) p.ip.classII = classII
  const transformations = addCount(p.transformations, levers.extraTransformations)
  if (transformations !== undefined) p.transformations = transformations
  return p
}

/** the application year a scenario is for: extra R&D spent this year first counts in next year's window */
export const scenarioYear = (profile: FirmProfile, levers: Levers): number =>
  yearOf(profile.assessmentDate) + (levers.extraRdYuan !== 0 ? 1 : 0)

/**
 * The application next year, with `extraRd` yuan more R&D in the assessment year: the projection from the firm's
 * own growth (src/planner/projection.ts: the assessment year's other figures grown from the last fiscal year's),
 * the extra added to that year under both definitions. The closed last fiscal year keeps the firm's own figures.
 */
export function nextYearWithRd(profile: FirmProfile, extraRd: number): FirmProfile {
  const growth = ownGrowth(profile).assumptions
  return projectedProfile(profile, { ...growth, extraRdThisYear: extraRd }, yearOf(profile.assessmentDate) + 1)
}

/**
 * The scenario: a copy of the answers with the levers applied (the input is never changed). Without extra R&D it
 * is for the assessment date; with it, for next year's application (nextYearWithRd), the other levers included.
 */
export function applyLevers(profile: FirmProfile, levers: Levers): FirmProfile {
  const now = applyNow(profile, levers)
  return levers.extraRdYuan === 0 ? now : nextYearWithRd(now, levers.extraRdYuan)
}

/** the firm's own answers for the scenario's application year (what the scenario is compared with) */
export const baselineFor = (profile: FirmProfile, levers: Levers): FirmProfile =>
  levers.extraRdYuan === 0 ? profile : nextYearWithRd(profile, 0)

/**
 * The answers applyNow can change (keep in step with it): what "apply" may write. Never the extra R&D: it is a
 * plan for the assessment year, whose books are not closed, not an answer about a closed year.
 */
export function leverFields(profile: FirmProfile): Set<string> {
  const y = `years.${yearOf(profile.assessmentDate) - 1}`
  return new Set([
    `${y}.hiTechIncome`,
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
