// HNTE R&D expense of a fiscal year (工作指引, 研究开发费用归集) — not the tax definition: no 2/3 overseas cap.
import { at, type Param } from '../../engine/params'
import { fen } from '../../engine/money'
import { add, div, min, mul, q, sub, ZERO, type Q } from '../../engine/rational'
import type { FiscalYearData } from '../../profile/types'
import type { Context } from '../../engine/context'
import { exceeding } from '../../engine/compare'
import { entrustedCountedShare, otherCostMaxShare } from './params'

export interface HnteRd {
  /** counted R&D in fen; with `missing` sub-amounts, what the answered ones give (the amount can only grow) */
  total: Q
  /** the part spent in China, in fen */
  domestic: Q
  /** profile paths of the sub-amounts not answered (rd.inHouseAbroad has a documented default of 0) */
  missing: string[]
  /** the in-house spending abroad exceeds the answered own spending (capped): more own spending raises it too */
  abroadCapped: boolean
}

/** the sub-amounts an answer must give; inHouseAbroad is left out: absent means 0 (its documented default) */
const SUB_AMOUNTS = ['inHouse', 'other', 'entrustedDomestic', 'entrustedOverseas'] as const

/** the value in force on `asOf`, or the latest value when no date is given */
function pick<T>(p: Param<T>, asOf: string | undefined): T {
  return asOf === undefined ? (p.history[p.history.length - 1] as { value: T }).value : at(p, asOf).value
}

/** a year's R&D is known when its `rd` object holds at least one number */
export function hasRd(y: FiscalYearData | undefined): boolean {
  const rd = y?.rd
  if (rd === undefined) return false
  // a loop over the keys: no array of values per year
  for (const k in rd) if (typeof rd[k as keyof typeof rd] === 'number') return true
  return false
}

/**
 * R&D = inHouse + allowed other + 80% × (entrusted domestic + overseas). 其他费用 ≤ r of total R&D:
 * x ≤ r(b + x) ⇔ x ≤ r/(1−r)·b, with b = inHouse + 80% entrusted (25% of b for r = 20%).
 * Domestic = total − in-house spending abroad (capped at inHouse + allowed other) − 80% overseas entrusted.
 * An absent sub-amount is not answered (issue #8 §3): it is listed in `missing`, and the totals are what the
 * answered amounts give. Every sub-amount only adds to the total, so the total is a lower bound.
 */
const amount = (v: number | undefined): Q => (v === undefined ? ZERO : fen(v))

/** r ÷ (1 − r) for each cap r in force, computed once (the parameter's value is one object per period) */
const factors = new Map<Q, Q>()
function otherFactor(r: Q): Q {
  let f = factors.get(r)
  if (!f) factors.set(r, (f = div(r, sub(q(1n), r))))
  return f
}

export function hnteRdOfYear(y: FiscalYearData, asOf?: string): HnteRd | undefined {
  if (!hasRd(y) || !y.rd) return undefined
  const share = pick(entrustedCountedShare, asOf)
  const r = pick(otherCostMaxShare, asOf)
  const inHouse = amount(y.rd.inHouse)
  const overseas = mul(share, amount(y.rd.entrustedOverseas))
  const entrusted = add(mul(share, amount(y.rd.entrustedDomestic)), overseas)
  const otherLimit = mul(otherFactor(r), add(inHouse, entrusted))
  const ownSpend = add(inHouse, min(amount(y.rd.other), otherLimit))
  const abroad = min(amount(y.rd.inHouseAbroad), ownSpend)
  const total = add(ownSpend, entrusted)
  const rd = y.rd
  const missing: string[] = []
  for (const k of SUB_AMOUNTS) if (rd[k] === undefined) missing.push(`years.${y.year}.rd.${k}`)
  const abroadCapped = exceeding(amount(rd.inHouseAbroad), ownSpend)
  return { total, domestic: sub(sub(total, abroad), overseas), missing, abroadCapped }
}

export interface RdWindow {
  years: number[]
  sales: Q
  rd: Q
  domestic: Q
  /** profile paths lacking for some window year (a whole year's sales or R&D) */
  missing: string[]
  /** sub-amounts not answered inside a year whose R&D was given: the sums above are lower bounds */
  partial: string[]
  /** some year's in-house spending abroad is capped at its answered own spending */
  abroadCapped: boolean
}

/** Σ sales, Σ R&D and Σ domestic R&D over the fiscal years (近三个会计年度, or the actual operating period) */
export function rdWindow(ctx: Context): RdWindow {
  const w: RdWindow = {
    years: ctx.fiscalYears,
    sales: ZERO,
    rd: ZERO,
    domestic: ZERO,
    missing: [],
    partial: [],
    abroadCapped: false,
  }
  // the sums in the years' order, as a sum over lists would add them (no list per sum)
  for (const fy of ctx.fiscalYears) {
    const y = ctx.year(fy)
    if (y?.salesRevenue === undefined) w.missing.push(`years.${fy}.salesRevenue`)
    else w.sales = add(w.sales, fen(y.salesRevenue))
    const rd = y ? hnteRdOfYear(y, ctx.asOf) : undefined
    if (rd === undefined) w.missing.push(`years.${fy}.rd.inHouse`)
    else {
      w.rd = add(w.rd, rd.total)
      w.domestic = add(w.domestic, rd.domestic)
      for (const p of rd.missing) w.partial.push(p)
      w.abroadCapped ||= rd.abroadCapped
    }
  }
  return w
}
