// The full reference's HNTE part: 国科发火〔2016〕32号 第十一条 (一)–(八) with the 工作指引 (〔2016〕195号)
// definitions, and the innovation score 三（七） as a range of points; values in force since 2016-01-01.
import type { FiscalYearData } from '../../src/profile/types'
import { ceilDiv, daysBetween, fen, ipRange, minB, yearData } from './core'
import { score } from './hnte-score'
import type { IpRange, Ref, RefCheck, Status } from './core'

/** HNTE R&D of a year ×20 fen (80% of commissioned R&D; 其他费用 ≤ 20% of the total, i.e. ≤ ¼ of the rest) */
export interface Rd20 {
  total: bigint
  domestic: bigint
  /** sub-amounts unanswered: any, and one that can lower the domestic share (in-house, overseas commissioned) */
  partial: boolean
  lowers: boolean
  abroadCapped: boolean
}

const amount = (v: number | undefined): bigint => (v === undefined ? 0n : fen(v))

export function rdOfYear(y: FiscalYearData | undefined): Rd20 | undefined {
  const r = y?.rd
  if (!r) return undefined
  const { inHouse, other, entrustedDomestic: ed, entrustedOverseas: eo, inHouseAbroad: ab } = r
  const none = inHouse === undefined && other === undefined && ed === undefined && eo === undefined
  if (none && ab === undefined) return undefined
  const i20 = 20n * amount(inHouse)
  const entrusted = 16n * (amount(ed) + amount(eo))
  const own = i20 + minB(20n * amount(other), (i20 + entrusted) / 4n)
  const abroad20 = 20n * amount(ab)
  const total = own + entrusted
  return {
    total,
    domestic: total - minB(abroad20, own) - 16n * amount(eo),
    partial: inHouse === undefined || other === undefined || ed === undefined || eo === undefined,
    lowers: inHouse === undefined || eo === undefined,
    abroadCapped: abroad20 > own,
  }
}

interface Window {
  n: number
  sales: bigint
  rd: bigint
  domestic: bigint
  salesMissing: boolean
  rdMissing: boolean
  partial: boolean
  lowers?: boolean
  abroadCapped?: boolean
}

function window(r: Ref): Window {
  const w: Window = { n: 0, sales: 0n, rd: 0n, domestic: 0n, salesMissing: false, rdMissing: false, partial: false }
  w.lowers = w.abroadCapped = false
  for (let fy = r.first; fy <= r.last; fy++, w.n++) {
    const y = yearData(r, fy)
    if (y?.salesRevenue === undefined) w.salesMissing = true
    else w.sales += fen(y.salesRevenue)
    const rd = rdOfYear(y)
    if (!rd) {
      w.rdMissing = true
      continue
    }
    w.rd += rd.total
    w.domestic += rd.domestic
    w.partial ||= rd.partial
    w.lowers ||= rd.lowers
    w.abroadCapped ||= rd.abroadCapped
  }
  return w
}

const check = (id: string, status: Status, gap?: number): RefCheck =>
  status === 'fail' && gap !== undefined ? { id, status, gap } : { id, status }
const flag = (v: boolean | undefined): Status => (v === undefined ? 'unknown' : v ? 'pass' : 'fail')

/** (五) Σ R&D ÷ Σ sales ≥ 5% / 4% / 3% by the last year's sales (≤ 5,000万, ≤ 2亿, above) */
function intensity(r: Ref, w: Window): RefCheck {
  const id = 'hnte.rd-intensity'
  const last = yearData(r, r.last)?.salesRevenue
  if (w.n === 0 || w.salesMissing || last === undefined) return check(id, 'unknown')
  const ls = fen(last)
  const t = ls <= 5_000_000_000n ? 5n : ls <= 20_000_000_000n ? 4n : 3n
  const open = w.rdMissing || w.partial
  if (w.sales === 0n) return check(id, w.rd !== 0n || open ? 'unknown' : 'fail')
  if (w.rd * 100n >= 20n * t * w.sales) return check(id, 'pass')
  if (open) return check(id, 'unknown')
  return check(id, 'fail', Number(ceilDiv(t * w.sales - 5n * w.rd, 100n)) / 100)
}

/** (五) domestic R&D ≥ 60% of all R&D */
function domesticShare(w: Window): RefCheck {
  const id = 'hnte.rd-domestic-share'
  if (w.n === 0 || w.rdMissing || w.lowers) return check(id, 'unknown')
  if (w.rd === 0n) return check(id, w.partial ? 'unknown' : 'pass')
  const ok = 100n * w.domestic >= 60n * w.rd
  if (w.partial) return check(id, ok && !w.abroadCapped ? 'pass' : 'unknown')
  return check(id, ok ? 'pass' : 'fail', Number(ceilDiv(3n * w.rd - 5n * w.domestic, 100n)) / 100)
}

/** (四) S&T staff ≥ 10% of all staff; the gap: hires k with (st + k) ÷ (all + k) ≥ 10% */
function staffShare(r: Ref): RefCheck {
  const id = 'hnte.st-staff-ratio'
  const { total, scienceTech } = r.p.staff
  if (total === undefined || scienceTech === undefined) return check(id, 'unknown')
  const all = fen(total)
  const st = fen(scienceTech)
  const k = ceilDiv(all - 10n * st, 900n)
  const gap = Number(k > (all === 0n ? 1n : 0n) ? k : all === 0n ? 1n : 0n)
  return check(id, all !== 0n && 10n * st >= all ? 'pass' : 'fail', gap)
}

/** (六) high-tech income ≥ 60% of total income in the last year */
function hiTechShare(r: Ref): RefCheck {
  const id = 'hnte.hitech-income-share'
  const y = yearData(r, r.last)
  if (y?.hiTechIncome === undefined || y.totalIncome === undefined) return check(id, 'unknown')
  const hi = fen(y.hiTechIncome)
  const all = fen(y.totalIncome)
  if (all === 0n) return check(id, 'unknown')
  return check(id, 100n * hi >= 60n * all ? 'pass' : 'fail', Number(ceilDiv(60n * all - 100n * hi, 100n)) / 100)
}

const SECOND_LEVEL = [0, 8, 7, 2, 6, 8, 4, 8, 9]

function techField(code: string | undefined): Status {
  const c = code?.trim()
  if (!c) return 'unknown'
  if (c === 'none') return 'fail'
  const m = /^([1-8])(?:\.([1-9]\d?)(?:\.([1-9]\d?))?)?$/.exec(c)
  return m && (m[2] === undefined || +m[2] <= SECOND_LEVEL[+m[1]!]!) ? 'pass' : 'unknown'
}

function coreIp(r: Ref, ip: IpRange): Status {
  const core = r.p.ip.coreToMainProducts
  if (ip.totalMax === 0 || core === false) return 'fail'
  return ip.totalMin > 0 && core === true ? 'pass' : 'unknown'
}

export interface RefProgram {
  status: 'eligible' | 'borderline' | 'ineligible' | 'incomplete'
  checks: RefCheck[]
  min: number
  max: number
}

export function programStatus(checks: RefCheck[], scoreId: string, min: number, max: number, mark: number) {
  if (checks.some((c) => c.status === 'fail')) return 'ineligible' as const
  if (checks.some((c) => c.id !== scoreId && c.status === 'unknown')) return 'incomplete' as const
  return min < mark && max >= mark ? ('borderline' as const) : ('eligible' as const)
}

export function hnte(r: Ref): RefProgram {
  const ip = ipRange(r.p)
  const w = window(r)
  const [min, max] = score(r, ip, w.n)
  const on = r.p.company.registeredOn
  const days = on === undefined ? undefined : daysBetween(on, r.asOf)
  const incident = r.p.record.majorIncidentPastYear
  const checks = [
    check('hnte.registered-one-year', days === undefined ? 'unknown' : days >= 365 ? 'pass' : 'fail', 365 - days!),
    check('hnte.core-ip', coreIp(r, ip)),
    check('hnte.tech-field', techField(r.p.company.techField)),
    staffShare(r),
    intensity(r, w),
    domesticShare(w),
    hiTechShare(r),
    check('hnte.innovation-score', min >= 71 ? 'pass' : max < 71 ? 'fail' : 'unknown', 71 - max),
    check('hnte.no-major-incident', flag(incident === undefined ? undefined : !incident)),
  ]
  const cancelled = r.p.credentials.hnteCancelledYear
  if (cancelled !== undefined) checks.push(check('hnte.not-cancelled-this-year', flag(cancelled !== r.year)))
  return { status: programStatus(checks, 'hnte.innovation-score', min, max, 71), checks, min, max }
}
