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
export const percent = (x: number): string => formatPercent(x, 'zh-CN')

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

function windowFields(w: RdWindow): string[] {
  return w.years.flatMap((y) => [`years.${y}.salesRevenue`, `years.${y}.rd.inHouse`])
}

export function rdIntensity(ctx: Context, w: RdWindow): Check {
  const base: CheckBase = {
    id: 'hnte.rd-intensity',
    unit: 'ratio',
    gapUnit: 'yuan',
    cite: ART,
    fields: windowFields(w),
  }
  if (w.years.length === 0) return unknownCheck(base, [], { note: msg('hnte.note.no-fiscal-years') })
  const last = ctx.year(ctx.lastYear)?.salesRevenue
  const t = last === undefined ? undefined : rdThreshold(ctx, fen(last))
  const threshold = t === undefined ? undefined : toNumber(t)
  if (w.missing.length > 0 || t === undefined) return unknownCheck(base, w.missing, { threshold })
  if (isZero(w.sales)) {
    // LEGAL-Q: no sales at all: the ratio is undefined. With no R&D either the condition plainly fails;
    // with R&D and no sales the product does not guess (unknown, manual check).
    if (isZero(w.rd)) return decidedCheck(base, false, { value: 0, threshold, note: msg('hnte.note.no-rd') })
    return unknownCheck(base, [], { threshold, note: msg('hnte.note.zero-sales') })
  }
  const ok = ratioNotLessThan(w.rd, w.sales, t)
  const value = ratioOut(w.rd, w.sales)
  const gap = shortfallYuan(w.rd, w.sales, t)
  const note = ok
    ? undefined
    : msg('hnte.check.rd-intensity.fail', { value: percent(value), threshold: percent(toNumber(t)), gap })
  return decidedCheck(base, ok, { value, threshold, gap, ...(note ? { note } : {}) })
}

export function rdDomesticShare(ctx: Context, w: RdWindow): Check {
  const base: CheckBase = {
    id: 'hnte.rd-domestic-share',
    unit: 'ratio',
    gapUnit: 'yuan',
    cite: ART,
    fields: w.years.flatMap((y) => [
      `years.${y}.rd.inHouse`,
      `years.${y}.rd.inHouseAbroad`,
      `years.${y}.rd.entrustedOverseas`,
    ]),
  }
  const t = val(ctx, minDomesticRdShare)
  const threshold = toNumber(t)
  if (w.years.length === 0) return unknownCheck(base, [], { threshold, note: msg('hnte.note.no-fiscal-years') })
  const missing = w.missing.filter((p) => p.endsWith('.rd.inHouse'))
  if (missing.length > 0) return unknownCheck(base, missing, { threshold })
  // LEGAL-Q: with no R&D at all, "domestic ≥ 60% of all R&D" holds in amounts (0 ≥ 0); a share is undefined.
  // Decision: pass, with a note; the firm fails hnte.rd-intensity anyway, so no status hides a problem.
  if (isZero(w.rd)) return decidedCheck(base, true, { threshold, note: msg('hnte.note.domestic-vacuous') })
  const ok = ratioNotLessThan(w.domestic, w.rd, t)
  const value = ratioOut(w.domestic, w.rd)
  const gap = shortfallYuan(w.domestic, w.rd, t)
  const note = ok
    ? undefined
    : msg('hnte.check.rd-domestic-share.fail', { value: percent(value), threshold: percent(threshold), gap })
  return decidedCheck(base, ok, { value, threshold, gap, ...(note ? { note } : {}) })
}
