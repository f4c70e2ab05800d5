// 认定办法 第十一条第（五）项: R&D intensity over the fiscal years, and the share spent in China.
import { cite, HNTE_MEASURES } from '../citations'
import { notExceeding, ratioNotLessThan } from '../../engine/compare'
import { fen, ratioOut, toYuan } from '../../engine/money'
import { msg } from '../../engine/messages'
import { percent as formatPercent } from '../../format'
import { ceil, isZero, mul, q, sub, toNumber, type Q } from '../../engine/rational'
import type { Check } from '../../engine/types'
import type { Context } from '../../engine/context'
import {
  minDomesticRdShare,
  rdMediumSalesLimit,
  rdRatioLarge,
  rdRatioMedium,
  rdRatioSmall,
  rdSmallSalesLimit,
} from './params'
import { decidedCheck, unknownCheck, val, type CheckBase } from './check'
import type { RdWindow } from './rd'

const ART = cite(HNTE_MEASURES, '第十一条第（五）项')

/** a fraction as a percentage for notes, floored (0.04999 → '4.99%'): a failed ratio never reads as its threshold */
export const percentText = (x: number): string => formatPercent(x, 'zh-CN')

/** the ratio the last year's sales call for: ≤5,000万 (含) 5%; ≤2亿 (含) 4%; above 3% */
export function rdThreshold(ctx: Context, lastSales: Q): Q {
  if (notExceeding(lastSales, val(ctx, rdSmallSalesLimit))) return val(ctx, rdRatioSmall)
  if (notExceeding(lastSales, val(ctx, rdMediumSalesLimit))) return val(ctx, rdRatioMedium)
  return val(ctx, rdRatioLarge)
}

/** the smallest whole-fen amount X with (part + X) ÷ whole ≥ t, in yuan */
export function shortfallYuan(part: Q, whole: Q, t: Q): number {
  return toYuan(q(ceil(sub(mul(t, whole), part))))
}

const INTENSITY_PATHS = ['salesRevenue', 'rd.inHouse']
const DOMESTIC_PATHS = ['rd.inHouse', 'rd.inHouseAbroad', 'rd.entrustedOverseas']
const pathsMade = new Map<readonly string[], Map<number, string[]>>()

/**
 * `years.<y>.<path>` for each window year and path, built once per window and shared (frozen: no check may change
 * it), since every assessment of the same dates lists the same paths (issue #11).
 */
function windowPaths(years: readonly number[], paths: readonly string[]): string[] {
  let byWindow = pathsMade.get(paths)
  if (!byWindow) pathsMade.set(paths, (byWindow = new Map()))
  const key = years.length === 0 ? 0 : years[0]! * 10 + years.length
  let out = byWindow.get(key)
  if (!out)
    byWindow.set(key, (out = Object.freeze(years.flatMap((y) => paths.map((p) => `years.${y}.${p}`))) as string[]))
  return out
}

/** the R&D paths still open: whole years not given, and sub-amounts not answered in the years given */
const rdOpen = (w: RdWindow): string[] => [...w.missing.filter((p) => p.endsWith('.rd.inHouse')), ...w.partial]

/**
 * Σ R&D ÷ Σ sales ≥ the band's ratio. More R&D can only help: when the answered amounts already pass, the check
 * passes (the value says "at least"); when they do not, it fails only once every amount is answered (issue #8 §3).
 */
export function rdIntensity(ctx: Context, w: RdWindow): Check {
  const base: CheckBase = {
    id: 'hnte.rd-intensity',
    unit: 'ratio',
    gapUnit: 'yuan',
    cite: ART,
    fields: windowPaths(w.years, INTENSITY_PATHS),
  }
  if (w.years.length === 0) return unknownCheck(base, [], { note: msg('hnte.note.no-fiscal-years') })
  const last = ctx.year(ctx.lastYear)?.salesRevenue
  const t = last === undefined ? undefined : rdThreshold(ctx, fen(last))
  const threshold = t === undefined ? undefined : toNumber(t)
  const open = rdOpen(w)
  const salesMissing = w.missing.filter((p) => p.endsWith('.salesRevenue'))
  if (salesMissing.length > 0 || t === undefined) return unknownCheck(base, [...w.missing, ...w.partial], { threshold })
  if (isZero(w.sales)) {
    // LEGAL-Q: no sales at all: the ratio is undefined. With no R&D either the condition plainly fails;
    // with R&D and no sales the product does not guess (unknown, manual check).
    if (!isZero(w.rd)) return unknownCheck(base, [], { threshold, note: msg('hnte.note.zero-sales') })
    if (open.length > 0) return unknownCheck(base, open, { threshold })
    return decidedCheck(base, false, { value: 0, threshold, note: msg('hnte.note.no-rd') })
  }
  const ok = ratioNotLessThan(w.rd, w.sales, t)
  const value = ratioOut(w.rd, w.sales)
  const bound = open.length > 0 ? ('at-least' as const) : undefined
  if (ok) return decidedCheck(base, true, { value, threshold, bound })
  const params = { value: percentText(value), threshold: percentText(toNumber(t)) }
  if (bound)
    return unknownCheck(base, open, { value, threshold, bound, note: msg('hnte.check.rd-intensity.open', params) })
  const gap = shortfallYuan(w.rd, w.sales, t)
  return decidedCheck(base, false, {
    value,
    threshold,
    gap,
    note: msg('hnte.check.rd-intensity.fail', { ...params, gap }),
  })
}

/** sub-amounts whose answer can lower the domestic share: overseas commissioned R&D, and in-house R&D */
const canLowerShare = (p: string): boolean => p.endsWith('.rd.entrustedOverseas') || p.endsWith('.rd.inHouse')

/**
 * Domestic R&D ≥ 60% of all R&D. An unanswered overseas amount (or in-house amount) can lower the share: unknown
 * until answered. Unanswered 其他费用 or domestic commissioned R&D add to both sums and can only raise it, unless
 * in-house spending abroad is capped at the answered own spending: then the share passes "at least".
 */
export function rdDomesticShare(ctx: Context, w: RdWindow): Check {
  const base: CheckBase = {
    id: 'hnte.rd-domestic-share',
    unit: 'ratio',
    gapUnit: 'yuan',
    cite: ART,
    fields: windowPaths(w.years, DOMESTIC_PATHS),
  }
  const t = val(ctx, minDomesticRdShare)
  const threshold = toNumber(t)
  if (w.years.length === 0) return unknownCheck(base, [], { threshold, note: msg('hnte.note.no-fiscal-years') })
  const missing = w.missing.filter((p) => p.endsWith('.rd.inHouse'))
  if (missing.length > 0) return unknownCheck(base, [...missing, ...w.partial], { threshold })
  if (w.partial.some(canLowerShare)) return unknownCheck(base, w.partial, { threshold })
  const helpers = w.partial
  // LEGAL-Q: with no R&D at all, "domestic ≥ 60% of all R&D" holds in amounts (0 ≥ 0); a share is undefined.
  // Decision: pass, with a note; the firm fails hnte.rd-intensity anyway, so no status hides a problem.
  if (isZero(w.rd)) {
    if (helpers.length > 0) return unknownCheck(base, helpers, { threshold })
    return decidedCheck(base, true, { threshold, note: msg('hnte.note.domestic-vacuous') })
  }
  const ok = ratioNotLessThan(w.domestic, w.rd, t)
  const value = ratioOut(w.domestic, w.rd)
  if (helpers.length > 0) {
    if (ok && !w.abroadCapped) return decidedCheck(base, true, { value, threshold, bound: 'at-least' })
    return unknownCheck(base, helpers, { threshold })
  }
  const gap = shortfallYuan(w.domestic, w.rd, t)
  const note = ok
    ? abroadBlankNote(ctx, w)
    : msg('hnte.check.rd-domestic-share.fail', { value: percentText(value), threshold: percentText(threshold), gap })
  return decidedCheck(base, ok, { value, threshold, gap, note })
}

/**
 * A pass that counts a blank 其中在境外发生的自行研发和其他费用 as 0 (the field's documented default: the batch
 * template has no such column) says so, naming the years, so the ✓ states what it rests on.
 */
function abroadBlankNote(ctx: Context, w: RdWindow) {
  const years = w.years.filter((y) => {
    const rd = ctx.year(y)?.rd
    return (
      rd !== undefined && rd.inHouseAbroad === undefined && [rd.inHouse, rd.other].some((v) => v !== undefined && v > 0)
    )
  })
  return years.length ? msg('hnte.note.domestic-abroad-blank', { years: years.join('、') }) : undefined
}
