// The what-if levers: a scenario applied to a copy of the firm's answers. The input profile is never changed;
// the user's answers change only when the UI applies a scenario on purpose.
import type { FirmProfile, FiscalYearData } from '../profile/types'
import { yearOf } from '../engine/dates'
import { mul, q, ceil } from '../engine/rational'
import { decimalQ, fromFen, toFen } from './exact'
import { cloneProfile } from './clone'

export interface Levers {
  /** extra R&D spend in the last fiscal year, yuan (≤ 2 decimals) */
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

const addYuan = (a: number | undefined, b: number): number => fromFen(toFen(a ?? 0) + toFen(b))
/** staff averages carry at most 2 decimals: add in hundredths of a person */
const addPersons = (a: number, b: number): number => (Math.round(a * 100) + Math.round(b * 100)) / 100
const hasNumber = (o: object | undefined): boolean =>
  o !== undefined && Object.values(o).some((v) => typeof v === 'number')

/**
 * Extra R&D goes to the last fiscal year (the one the firm can still act on in its books before applying):
 * to the HNTE amount rd.inHouse AND to the super-deduction base rdTax.items1to5, because the same spending counts
 * under both definitions. Decision: only where the firm gave that year's figures (an `rd`/`rdTax` object with a
 * number); adding to an unanswered year would pretend the rest of that year's R&D were zero.
 */
function addRd(y: FiscalYearData, extra: number): void {
  if (hasNumber(y.rd)) y.rd = { ...y.rd, inHouse: addYuan(y.rd?.inHouse, extra) }
  if (hasNumber(y.rdTax)) y.rdTax = { ...y.rdTax, items1to5: addYuan(y.rdTax?.items1to5, extra) }
}

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

export function applyLevers(profile: FirmProfile, levers: Levers): FirmProfile {
  const p = cloneProfile(profile)
  const lastYear = yearOf(p.assessmentDate) - 1
  const y = p.years.find((fy) => fy.year === lastYear)
  if (y && levers.extraRdYuan !== 0) addRd(y, levers.extraRdYuan)
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

/** the profile paths applyLevers can change (keep in step with the functions above) */
export function leverFields(profile: FirmProfile): Set<string> {
  const y = `years.${yearOf(profile.assessmentDate) - 1}`
  return new Set([
    `${y}.rd.inHouse`,
    `${y}.rdTax.items1to5`,
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
