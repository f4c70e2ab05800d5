// "When can we apply?": the next one to three application years, each assessed by the engine on a profile whose
// missing fiscal years are synthesised from the last known year with the user's growth assumptions.
import { addYears, yearOf } from '../engine/dates'
import { add, mul, q, type Q, roundHalfUp } from '../engine/rational'
import type { Message, ProgramStatus } from '../engine/types'
import type { FirmProfile, FiscalYearData, RdHnte, RdTax } from '../profile/types'
import { assess } from '../rules'
import { decimalQ, fromFen, toFen } from './exact'
import { cloneProfile } from './clone'
import { decidingReason } from './reasons'

import { RD_PARTS, type RdPart } from './own-growth'

export { ownGrowth, RD_PARTS, type OwnGrowth, type RdPart } from './own-growth'

export interface GrowthAssumptions {
  /** yearly growth of sales (and of income, assets and costs with them), e.g. 0.15 */
  salesGrowth: number
  /** R&D as a fraction of sales in each projected year, e.g. 0.06 */
  rdShare: number
  /** yearly growth of staff (default 0: unchanged) */
  staffGrowth?: number
  /** S&T staff as a fraction of total staff (default: the current ratio, grown with staff) */
  scienceStaffShare?: number
  /** extra R&D spent in the assessment year (yuan): the one year the firm can still change (issue #8 §8) */
  extraRdThisYear?: number
  /** extra 高新技术产品（服务）收入 earned in the assessment year (yuan): new income, so 总收入 and 销售收入 rise too */
  extraHiTechIncomeThisYear?: number
  /**
   * R&D sub-amounts the projected years leave unanswered (issue #8 §3): rdShare is then only the answered part, a
   * lower bound, as in the firm's own year it was read from; all four: projected R&D is not answered at all
   */
  rdUnanswered?: readonly RdPart[]
}

export interface ProjectionRow {
  applicationYear: number
  assessmentDate: string
  /** the rolling window the engine used */
  fiscalYears: number[]
  /** the window years synthesised from the assumptions (the others are the firm's own answers) */
  projectedYears: number[]
  /** the deciding reason names the check that decides the status (absent when everything holds) */
  hnte: { status: ProgramStatus; score: { min: number; max: number }; reason: Message; check?: string }
  techSme: {
    status: ProgramStatus
    score: { min: number; max: number }
    directPass: boolean
    reason: Message
    check?: string
  }
}

const grow = (fenAmount: number | undefined, factor: Q): number | undefined =>
  fenAmount === undefined ? undefined : fromFen(roundHalfUp(mul(q(toFen(fenAmount)), factor)))

/** the tax-definition item each HNTE sub-amount corresponds to */
const TAX_PART = {
  inHouse: 'items1to5',
  other: 'otherRelated',
  entrustedDomestic: 'entrustedDomestic',
  entrustedOverseas: 'entrustedOverseas',
} as const

/**
 * A projected year's R&D under both definitions: the amount in-house, the other categories 0 by assumption, except
 * those left unanswered. When in-house itself is unanswered the amount still lands there and 其他费用 stays
 * unanswered, so the year remains partly answered (a lower bound). Nothing answered: no R&D at all.
 */
function projectedRd(amount: number, unanswered: readonly RdPart[]): Pick<FiscalYearData, 'rd' | 'rdTax'> {
  if (RD_PARTS.every((k) => unanswered.includes(k))) return {}
  const rd: NonNullable<FiscalYearData['rd']> = {
    inHouse: amount,
    other: 0,
    entrustedDomestic: 0,
    entrustedOverseas: 0,
  }
  const rdTax: NonNullable<FiscalYearData['rdTax']> = {
    items1to5: amount,
    otherRelated: 0,
    entrustedDomestic: 0,
    entrustedOverseas: 0,
  }
  const gone: RdPart[] = unanswered.includes('inHouse') ? [...unanswered, 'other'] : [...unanswered]
  for (const k of gone.filter((k) => k !== 'inHouse')) {
    delete rd[k]
    delete rdTax[TAX_PART[k]]
  }
  return { rd, rdTax }
}

/** the year after `prev`, every amount grown with sales; R&D = rdShare × sales under both definitions */
function nextYear(prev: FiscalYearData, factor: Q, a: GrowthAssumptions): FiscalYearData {
  const y: FiscalYearData = { year: prev.year + 1 }
  for (const k of [
    'salesRevenue',
    'totalIncome',
    'hiTechIncome',
    'netAssets',
    'totalAssets',
    'costsAndExpenses',
  ] as const) {
    const v = grow(prev[k], factor)
    if (v !== undefined) y[k] = v
  }
  if (y.salesRevenue === undefined) return y
  const rd = fromFen(roundHalfUp(mul(q(toFen(y.salesRevenue)), decimalQ(a.rdShare))))
  return { ...y, ...projectedRd(rd, a.rdUnanswered ?? []) }
}

/** staff averages to 0.01 person, half-up */
const growPersons = (n: number, factor: Q): number => Number(roundHalfUp(mul(q(Math.round(n * 100)), factor))) / 100

function projectStaff(p: FirmProfile, a: GrowthAssumptions, yearsAhead: number): void {
  let factor = q(1n)
  const g = add(q(1n), decimalQ(a.staffGrowth ?? 0))
  for (let i = 0; i < yearsAhead; i++) factor = mul(factor, g)
  const s = p.staff
  const share = a.scienceStaffShare === undefined ? undefined : decimalQ(a.scienceStaffShare)
  const st = (total: number | undefined, current: number | undefined): number | undefined => {
    if (share !== undefined && total !== undefined) return growPersons(total, share)
    return current === undefined ? undefined : growPersons(current, factor)
  }
  if (s.total !== undefined) s.total = growPersons(s.total, factor)
  const scienceTech = st(s.total, s.scienceTech)
  if (scienceTech !== undefined) s.scienceTech = scienceTech
  if (s.totalSme !== undefined) s.totalSme = growPersons(s.totalSme, factor)
  const scienceTechSme = s.scienceTechSme === undefined ? undefined : st(s.totalSme ?? s.total, s.scienceTechSme)
  if (scienceTechSme !== undefined) s.scienceTechSme = scienceTechSme
}

/**
 * The profile for application year `year`: assessment date on the same month and day as the firm's own (so the
 * rules in force and the registration age move by whole years), fiscal years the firm did not give synthesised
 * from its latest year with sales, staff grown. IP, transformations and answers stay as they are: use the
 * levers for those.
 */
export function projectedProfile(profile: FirmProfile, a: GrowthAssumptions, year: number): FirmProfile {
  const p = cloneProfile(profile)
  p.assessmentDate = addYears(profile.assessmentDate, year - yearOf(profile.assessmentDate))
  const known = p.years.filter((y) => y.salesRevenue !== undefined && y.year < year)
  let prev = known.reduce<FiscalYearData | undefined>((b, y) => (!b || y.year > b.year ? y : b), undefined)
  const factor = add(q(1n), decimalQ(a.salesGrowth))
  // a year the firm gave (even in part) is kept as given; the series goes on from the grown values
  for (let fy = (prev?.year ?? year) + 1; prev && fy < year; fy++) {
    const synthetic = nextYear(prev, factor, a)
    if (!p.years.some((y) => y.year === fy)) p.years.push(synthetic)
    prev = synthetic
  }
  p.years.sort((x, y) => x.year - y.year)
  addThisYear(p, yearOf(profile.assessmentDate), a)
  projectStaff(p, a, year - yearOf(profile.assessmentDate))
  return p
}

const plus = (v: number, extra: number): number => fromFen(toFen(v) + toFen(extra))

/**
 * Extra R&D on a year whose in-house amount (items 1–5) is unanswered makes it "at least the extra", as new IP
 * does on an unanswered count (levers.ts addCount), never a dropped amount: it lands in-house and the year stays
 * partly answered, so the engine reads its R&D as a lower bound (待确认, not ✗). When no other sub-amount is left
 * unanswered, 其他费用 (parts[1]) becomes unanswered, as in projectedRd: the year must not read as fully answered.
 */
function atLeast<T extends RdHnte | RdTax>(
  o: T | undefined,
  key: keyof T,
  parts: readonly (keyof T)[],
  extra: number,
): T {
  const out = { ...o } as Record<keyof T, number | undefined>
  const v = out[key]
  out[key] = v === undefined ? extra : plus(v, extra)
  if (v === undefined && parts.every((k) => out[k] !== undefined)) delete out[parts[1]!]
  return out as T
}

/**
 * The plan's amounts for the assessment year. Extra R&D under both definitions (HNTE R&D and the super-deduction
 * base), "at least the extra" where the in-house amount is unanswered (atLeast); extra high-tech income only where
 * its amounts are known (unanswered stays unanswered). Extra high-tech income is new operating revenue:
 * 总收入 and 销售收入 rise with it (the conservative reading: more sales only lower the R&D intensity ratio).
 */
function addThisYear(p: FirmProfile, year: number, a: GrowthAssumptions): void {
  const y = p.years.find((x) => x.year === year)
  if (!y) return
  const rd = a.extraRdThisYear ?? 0
  if (rd) y.rd = atLeast(y.rd, 'inHouse', Object.keys(TAX_PART) as (keyof RdHnte)[], rd)
  if (rd) y.rdTax = atLeast(y.rdTax, 'items1to5', Object.values(TAX_PART), rd)
  const hi = a.extraHiTechIncomeThisYear ?? 0
  if (!hi || y.hiTechIncome === undefined || y.totalIncome === undefined) return
  y.hiTechIncome = plus(y.hiTechIncome, hi)
  y.totalIncome = plus(y.totalIncome, hi)
  if (y.salesRevenue !== undefined) y.salesRevenue = plus(y.salesRevenue, hi)
}

export function project(profile: FirmProfile, a: GrowthAssumptions, years: 1 | 2 | 3): ProjectionRow[] {
  const y0 = yearOf(profile.assessmentDate)
  const own = new Set(profile.years.map((y) => y.year))
  const rows: ProjectionRow[] = []
  for (let year = y0 + 1; year <= y0 + years; year++) {
    const r = assess(projectedProfile(profile, a, year))
    rows.push({
      applicationYear: year,
      assessmentDate: r.asOf,
      fiscalYears: r.fiscalYears,
      projectedYears: r.fiscalYears.filter((fy) => !own.has(fy)),
      hnte: {
        status: r.hnte.status,
        score: { min: r.hnte.score.min, max: r.hnte.score.max },
        ...decidingReason(r.hnte, 'hnte.innovation-score'),
      },
      techSme: {
        status: r.techSme.status,
        score: { min: r.techSme.score.min, max: r.techSme.score.max },
        directPass: r.techSme.directPass,
        ...decidingReason(r.techSme, 'tsme.score'),
      },
    })
  }
  return rows
}

/** the first application year whose projection is 'eligible' for the program */
export function firstWorkingYear(rows: readonly ProjectionRow[], program: 'hnte' | 'techSme'): number | undefined {
  return rows.find((r) => r[program].status === 'eligible')?.applicationYear
}
