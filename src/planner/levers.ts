// The what-if levers: a scenario applied to a copy of the firm's answers. The input profile is never changed;
// the user's answers change only when the UI applies a scenario on purpose. Each lever counts from the first
// application whose figures the firm can still change (issue #8 §8; leverYear below says which, from the law).
import type { FirmProfile } from '../profile/types'
import { yearOf } from '../engine/dates'
import { firstStaffYear } from '../rules/hnte/shares'
import { cloneProfile } from './clone'
import { ownGrowth, projectedProfile } from './projection'
import type { LeverKey } from './params'

export interface Levers {
  /**
   * extra R&D spend in the assessment year, yuan (≤ 2 decimals): the year the firm can still change. The last
   * fiscal year is closed, so this counts from the next application year on (issue #8 §8; see applyLevers)
   */
  extraRdYuan: number
  /** more S&T staff on the full-year monthly average of the hire year (hireYear), so fractions are allowed */
  hireScienceStaff: number
  /** IP granted before the application date: counts for the assessment's own application */
  newClassI: number
  newClassII: number
  /** transformations done in the assessment year: they count in next year's window (近三年内) */
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

/**
 * The year whose full-year monthly average of S&T staff a hire from the assessment date can still raise
 * (src/rules/hnte/shares.ts firstStaffYear: 183 days' work in the year, 工作指引); the last fiscal year is closed.
 */
export const hireYear = (profile: FirmProfile): number => firstStaffYear(profile.assessmentDate)

/**
 * The first application year a lever's figure counts for. IP counts when granted before the application date
 * (工作指引 三（二）6), so the assessment's own application; this year's R&D, high-tech income and
 * transformations count in next year's window (近三个会计年度 / 近一年 / 近三年内: fiscal years before the
 * application year); hires in the year after their hire year.
 */
export function leverYear(profile: FirmProfile, key: LeverKey): number {
  const y = yearOf(profile.assessmentDate)
  if (key === 'newClassI' || key === 'newClassII') return y
  if (key === 'hireScienceStaff') return hireYear(profile) + 1
  return y + 1
}

/**
 * Whether a lever's figure counts for the application of `year`: from its first year on, except this year's
 * high-tech income, which counts only in the year after it (近一年: the one fiscal year before the application).
 */
export const countsIn = (profile: FirmProfile, key: LeverKey, year: number): boolean =>
  leverYear(profile, key) <= year && (key !== 'extraHiTechIncomeYuan' || year === leverYear(profile, key))

/** the application year a scenario is for: the latest first year of the levers it uses */
export const scenarioYear = (profile: FirmProfile, levers: Levers): number =>
  (Object.keys(levers) as LeverKey[])
    .filter((k) => levers[k] !== 0)
    .reduce((a, k) => Math.max(a, leverYear(profile, k)), yearOf(profile.assessmentDate))

/** whether the scenario is for a later application than the assessment's own (its amounts are plans) */
export const perYear = (profile: FirmProfile, levers: Levers): boolean =>
  scenarioYear(profile, levers) > yearOf(profile.assessmentDate)

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

/** new IP, granted before the application: the one lever of the assessment's own application */
function addIp(profile: FirmProfile, levers: Levers): FirmProfile {
  const p = cloneProfile(profile)
  const classI = addCount(p.ip.classI, levers.newClassI)
  if (classI !== undefined) p.ip.classI = classI
  const classII = addCount(p.ip.classII, levers.newClassII)
  if (classII !== undefined) p.ip.classII = classII
  return p
}

/**
 * The firm's own application in a later year: the projection from its own growth (src/planner/projection.ts:
 * the years after the last fiscal year grown from it, staff, IP and transformations as they are), with this
 * year's per-year amounts added to the assessment year. The closed last fiscal year keeps the firm's figures.
 */
export function projectionFor(
  profile: FirmProfile,
  year: number,
  levers: Pick<Levers, 'extraRdYuan' | 'extraHiTechIncomeYuan'> = NO_LEVERS,
): FirmProfile {
  const growth = ownGrowth(profile).assumptions
  const thisYear = { extraRdThisYear: levers.extraRdYuan, extraHiTechIncomeThisYear: levers.extraHiTechIncomeYuan }
  return projectedProfile(profile, { ...growth, ...thisYear }, year)
}

/**
 * The scenario: a copy of the answers with the levers applied (the input is never changed), for scenarioYear.
 * For the assessment's own application only new IP can count; for a later one the firm's projection, with the
 * hires on the staff averages and the transformations added to the window's count (the projection keeps the
 * firm's own count for the moved window: the profile holds one count, not one per year).
 */
export function applyLevers(profile: FirmProfile, levers: Levers): FirmProfile {
  const now = addIp(profile, levers)
  const year = scenarioYear(profile, levers)
  if (year === yearOf(profile.assessmentDate)) return now
  const p = projectionFor(now, year, levers)
  if (levers.hireScienceStaff !== 0) hire(p, levers.hireScienceStaff)
  const transformations = addCount(p.transformations, levers.extraTransformations)
  if (transformations !== undefined) p.transformations = transformations
  return p
}

/** the firm's own answers for the scenario's application year (what the scenario is compared with) */
export function baselineFor(profile: FirmProfile, levers: Levers): FirmProfile {
  const year = scenarioYear(profile, levers)
  return year === yearOf(profile.assessmentDate) ? profile : projectionFor(profile, year)
}

/** the answers any lever changes, in some application year (a check on none of them no lever can move) */
export function leverFields(): Set<string> {
  return new Set([...applyFields(), 'staff.total', 'staff.scienceTech', 'staff.totalSme', 'staff.scienceTechSme'])
    .add('tax.avgEmployees')
    .add('transformations')
}

/**
 * The answers "apply" may write: the IP counts only. The staff averages, the transformation count and the
 * amounts are figures of closed periods; a plan for a later year is never written into them.
 */
export function applyFields(): Set<string> {
  return new Set(['ip.classI', 'ip.classII'])
}
