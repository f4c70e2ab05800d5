// The full reference's tech-SME part: 国科发政〔2017〕115号 第六条–第八条 with 国科火字〔2022〕67号 (查账征收, the
// negative list, R&D by the tax definition), values in force since 2017-05-10.
import type { FirmProfile, RdTax } from '../../src/profile/types'
import { addYears, bandPct, fen, minB, negativeList, yearData } from './core'
import type { Ref, RefCheck, Status } from './core'
import { programStatus, rdOfYear, type RefProgram } from './hnte'

/** the super-deduction base ×135 fen (items 1–5, 其他相关费用 ≤ 10/90 of them, 80% commissioned, overseas ≤ ⅔) */
export interface Base135 {
  base: bigint
  amortization: bigint
  answered: 'all' | 'some' | 'none'
}

const amount = (v: number | undefined): bigint => (v === undefined ? 0n : fen(v))

export function superBase(t: RdTax | undefined): Base135 | undefined {
  if (!t) return undefined
  const i = 135n * amount(t.items1to5)
  const domestic = i + minB(135n * amount(t.otherRelated), i / 9n) + 108n * amount(t.entrustedDomestic)
  const overseas = minB(108n * amount(t.entrustedOverseas), (domestic * 2n) / 3n)
  let n = 0
  for (const v of [t.items1to5, t.otherRelated, t.entrustedDomestic, t.entrustedOverseas, t.intangibleAmortization])
    if (v !== undefined) n++
  const answered = n === 5 ? 'all' : n === 0 ? 'none' : 'some'
  return { base: domestic + overseas, amortization: amount(t.intangibleAmortization), answered }
}

/** 研发投入 of the last year: the tax definition when any of its four amounts is given, else the HNTE one */
function rdOf(r: Ref): { amount: bigint; scale: bigint; partial: boolean } | undefined {
  const y = yearData(r, r.last)
  const t = y?.rdTax
  if (t) {
    const [a, b, c, d] = [t.items1to5, t.otherRelated, t.entrustedDomestic, t.entrustedOverseas]
    const partial = a === undefined || b === undefined || c === undefined || d === undefined
    if (!(a === undefined && b === undefined && c === undefined && d === undefined))
      return { amount: superBase(t)!.base, scale: 135n, partial }
  }
  const h = rdOfYear(y)
  return h && { amount: h.total, scale: 20n, partial: h.partial }
}

const SALES = [6n, 5n, 4n, 3n, 2n]
const COSTS = [30n, 25n, 20n, 15n, 10n]
const RD_POINTS = [50, 40, 30, 20, 10]
const STAFF = [30n, 25n, 20n, 15n, 10n]
const STAFF_POINTS = [20, 16, 12, 8, 4]

/** the points of R&D (×scale fen) ÷ a denominator in yuan; none without it, 0 when it is 0 */
function rdPoints(rd: bigint, scale: bigint, d: number | undefined, bounds: readonly bigint[]): number | undefined {
  if (d === undefined) return undefined
  const den = fen(d)
  return den === 0n ? 0 : bandPct(rd, den * scale, bounds, RD_POINTS)
}

function rdPart(r: Ref): [number, number] {
  const y = yearData(r, r.last)
  const rd = rdOf(r)
  if (!rd) return [0, 50]
  const s = rdPoints(rd.amount, rd.scale, y?.salesRevenue, SALES)
  const c = rdPoints(rd.amount, rd.scale, y?.costsAndExpenses, COSTS)
  const best = Math.max(0, s ?? 0, c ?? 0)
  const settled = (s !== undefined && c !== undefined && !rd.partial) || best === 50
  return [best, settled ? best : 50]
}

function staffPart(p: FirmProfile): [number, number] {
  const st = p.staff.scienceTechSme ?? p.staff.scienceTech
  const all = p.staff.totalSme ?? p.staff.total
  if (st === undefined || all === undefined) return [0, 20]
  const points = fen(all) === 0n ? 0 : bandPct(fen(st), fen(all), STAFF, STAFF_POINTS)
  return [points, points]
}

function ipPart(p: FirmProfile): [number, number] {
  const { classI, classII } = p.ip
  const i2 = classII === undefined ? undefined : Math.floor(classII)
  const p2 = i2 === undefined ? undefined : i2 >= 4 ? 24 : i2 >= 3 ? 18 : i2 >= 2 ? 12 : i2 >= 1 ? 6 : 0
  if (classI !== undefined && classI >= 1) return [30, 30]
  if (classI === undefined) return [p2 ?? 0, 30]
  return p2 === undefined ? [0, 24] : [p2, p2]
}

const opt = (v: number | undefined) => (v === undefined ? undefined : fen(v))
const no = (v: boolean | undefined) => (v === undefined ? undefined : !v)

/** all true → pass, any false → fail, else unknown */
function all(...xs: (boolean | undefined)[]): Status {
  return xs.includes(false) ? 'fail' : xs.includes(undefined) ? 'unknown' : 'pass'
}
const within = (id: string, v: bigint | undefined, limit: bigint, unit: number): RefCheck =>
  v === undefined
    ? { id, status: 'unknown' }
    : v <= limit
      ? { id, status: 'pass' }
      : { id, status: 'fail', gap: Number(v - limit) / unit }

function conditions(r: Ref): RefCheck[] {
  const { company: c, staff, record } = r.p
  const y = yearData(r, r.last)
  const staffN = staff.totalSme ?? staff.total
  const listed = negativeList(c.industry)
  const notListed = listed === 'unknown' ? undefined : listed === 'not-listed'
  const tax = c.taxCollection === undefined ? undefined : c.taxCollection === 'audit'
  return [
    { id: 'tsme.resident', status: all(c.residentInMainland, tax) },
    within('tsme.staff-limit', opt(staffN), 50_000n, 100),
    within('tsme.revenue-limit', opt(y?.salesRevenue), 20_000_000_000n, 100),
    within('tsme.assets-limit', opt(y?.totalAssets), 20_000_000_000n, 100),
    { id: 'tsme.industry', status: all(no(c.restrictedIndustry), notListed) },
    { id: 'tsme.clean-record', status: all(no(record.majorIncidentPastYear), no(record.seriousDishonesty)) },
  ]
}

/** 第八条: a valid HNTE certificate [issued, issued + 3 years), a top-3 national award, a provincial R&D body, a led standard */
function route(r: Ref): boolean {
  const on = r.p.credentials.hnteCertifiedOn
  const c = r.p.credentials
  if (on && on <= r.asOf && r.asOf < addYears(on, 3)) return true
  return c.nationalAwardTop3 === true || c.provincialRdInstitution === true || c.ledStandard === true
}

export function techSme(r: Ref): RefProgram & { directPassStatus: Status } {
  const cond = conditions(r)
  const staff = staffPart(r.p)
  const rd = rdPart(r)
  const ip = ipPart(r.p)
  const min = staff[0] + rd[0] + ip[0]
  const max = staff[1] + rd[1] + ip[1]
  const c = r.p.credentials
  const hasRoute = route(r)
  let direct: Status = 'unknown'
  // the certificate route is answered when the firm said 否, or gave a date (not valid here: hasRoute is false)
  const certAnswered = c.hnteCertificateHeld === false || Boolean(c.hnteCertifiedOn)
  const others = [c.nationalAwardTop3, c.provincialRdInstitution, c.ledStandard]
  if (cond.some((x) => x.status === 'fail')) direct = 'fail'
  else if (!hasRoute && certAnswered && others.every((x) => x === false)) direct = 'fail'
  else if (hasRoute && cond.every((x) => x.status === 'pass')) direct = 'pass'
  let score: RefCheck
  if (direct === 'pass' || (min >= 60 && staff[0] > 0)) score = { id: 'tsme.score', status: 'pass' }
  else if (max >= 60 && staff[1] > 0) score = { id: 'tsme.score', status: 'unknown' }
  else {
    const shortfall = Math.max(60 - max, 0)
    score = { id: 'tsme.score', status: 'fail', gap: staff[1] === 0 ? Math.max(shortfall, 4) : shortfall }
  }
  const checks = [...cond, score]
  let status = direct === 'pass' ? 'eligible' : programStatus(checks, 'tsme.score', min, max, 60)
  // failing on the score alone with a 第八条 route still open is 待确认
  if (status === 'ineligible' && direct === 'unknown' && cond.every((x) => x.status !== 'fail')) status = 'incomplete'
  return { status, checks, min, max, directPassStatus: direct }
}
