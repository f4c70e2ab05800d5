// The full reference's common part (see ./index.ts): exact integers (bigint fen, hundredths of a person, or a
// fixed multiple of them where the law takes 80%, 2/3 or 10/90 of an amount), the profile read as the engine reads
// it, and figures that contradict each other read as not answered (issue #8). No texts, no citations.
import type { FirmProfile, FiscalYearData } from '../../src/profile/types'

export type Status = 'pass' | 'fail' | 'unknown'
export interface RefCheck {
  id: string
  status: Status
  /** on a fail, the engine's gap (yuan, persons, days or points) */
  gap?: number
}

/** yuan with at most two decimals → fen; persons with at most two decimals → hundredths */
export const fen = (x: number): bigint => BigInt(Math.round(x * 100))

/** ⌊a / b⌋ for b > 0 (bigint division truncates toward zero) */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return a < 0n && q * b !== a ? q - 1n : q
}
export const ceilDiv = (a: bigint, b: bigint): bigint => -floorDiv(-a, b)
export const max0 = (a: bigint): bigint => (a > 0n ? a : 0n)
export const minB = (a: bigint, b: bigint): bigint => (a < b ? a : b)

/** yuan of num ÷ den fen, rounded half-up to the fen (the engine's toYuan) */
export const yuan = (num: bigint, den = 1n): number => Number(floorDiv(2n * num + den, 2n * den)) / 100

/** the first band whose bound `value ÷ den ≥ k ÷ 100` holds (bounds in percent, descending), else 0 points */
export function bandPct(value: bigint, den: bigint, bounds: readonly bigint[], points: readonly number[]): number {
  for (let i = 0; i < bounds.length; i++) if (value * 100n >= bounds[i]! * den) return points[i]!
  return 0
}

export interface Ref {
  p: FirmProfile
  asOf: string
  /** the assessment year and the fiscal years used (the three before it, or fewer after registration) */
  year: number
  first: number
  last: number
}

export function yearData(r: Ref, y: number): FiscalYearData | undefined {
  const ys = r.p.years
  for (let i = ys.length - 1; i >= 0; i--) if (ys[i]!.year === y) return ys[i]
  return undefined
}

const hund = (n: unknown): number | undefined =>
  typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 100) : undefined
const over = (a: unknown, b: unknown): boolean => {
  const x = hund(a)
  const y = hund(b)
  return x !== undefined && y !== undefined && x > y
}

const yearOver = (y: FiscalYearData): boolean =>
  over(y.salesRevenue, y.totalIncome) || over(y.hiTechIncome, y.totalIncome) || over(y.netAssets, y.totalAssets)

/** a year with both figures of each contradicted pair unset (all found on the answers as given) */
function yearAside(y: FiscalYearData): FiscalYearData {
  const [s, h, n] = [
    over(y.salesRevenue, y.totalIncome),
    over(y.hiTechIncome, y.totalIncome),
    over(y.netAssets, y.totalAssets),
  ]
  const out = { ...y }
  if (s) out.salesRevenue = out.totalIncome = undefined
  if (h) out.hiTechIncome = out.totalIncome = undefined
  if (n) out.netAssets = out.totalAssets = undefined
  return out
}

/** pairs a definition makes part-of (src/fields: notAbove) read as not answered when the part is the larger */
function setAside(p: FirmProfile): FirmProfile {
  const staff = over(p.staff.scienceTech, p.staff.total)
  const ip = over(p.ip.classIIUsedBefore, p.ip.classII)
  let years = false
  for (const y of p.years) years ||= yearOver(y)
  if (!staff && !ip && !years) return p
  return {
    ...p,
    years: years ? p.years.map(yearAside) : p.years,
    staff: staff ? { ...p.staff, scienceTech: undefined, total: undefined } : p.staff,
    ip: ip ? { ...p.ip, classIIUsedBefore: undefined, classII: undefined } : p.ip,
  }
}

export function refOf(profile: FirmProfile): Ref {
  const p = setAside(profile)
  const year = Number(p.assessmentDate.slice(0, 4))
  const reg = p.company.registeredOn
  const first = Math.max(year - 3, reg ? Number(reg.slice(0, 4)) : year - 3)
  return { p, asOf: p.assessmentDate, year, first, last: year - 1 }
}

/** days from a to b, both YYYY-MM-DD, in UTC */
export function daysBetween(a: string, b: string): number {
  return day(b) - day(a)
}
const day = (s: string): number => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000

/** the same day n years later, 29 February → 28 in a common year */
export function addYears(iso: string, n: number): string {
  const y = +iso.slice(0, 4) + n
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const md = iso.slice(5) === '02-29' && !leap ? '02-28' : iso.slice(5)
  return `${String(y).padStart(4, '0')}-${md}`
}

/** 财税〔2015〕119号 第四条 negative list on GB/T 4754 codes (sections F H K L, divisions C16 R90; bare R unknown) */
export function negativeList(code: string | undefined): 'listed' | 'not-listed' | 'unknown' {
  if (!code) return 'unknown'
  const c = code.trim().toUpperCase()
  if ('FHKL'.includes(c.charAt(0)) && c.length > 0) return 'listed'
  if (c.length >= 3 && (c.startsWith('C16') || c.startsWith('R90'))) return 'listed'
  if (c === 'R') return 'unknown'
  return /^[A-T](\d{2})?/.test(c) ? 'not-listed' : 'unknown'
}

/** usable IP counts (工作指引 三（二）): unconfirmed ownership or grant makes a count 0…n, unanswered 0…∞ */
export interface IpRange {
  iMin: number
  iMax: number
  iiMin: number
  iiMax: number
  totalMin: number
  totalMax: number
}

export function ipRange(p: FirmProfile): IpRange {
  const { classI, classII, classIIUsedBefore: used, coOwnedExcluded, grantedBeforeApplication } = p.ip
  const exact = coOwnedExcluded === true && grantedBeforeApplication === true
  const iMax = classI ?? Infinity
  const iMin = classI !== undefined && exact ? classI : 0
  const ii = classII === undefined ? Infinity : used === undefined ? classII : Math.max(0, classII - used)
  const iiMin = classII !== undefined && used !== undefined && exact ? ii : 0
  return { iMin, iMax, iiMin, iiMax: ii, totalMin: iMin + iiMin, totalMax: iMax + ii }
}
