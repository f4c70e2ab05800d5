// 认定办法 第十一条 (四) S&T staff share and (六) high-tech income share, both for the last fiscal year.
import { cite, HNTE_MEASURES } from '../citations'
import { ratioNotLessThan } from '../../engine/compare'
import { daysBetween, yearOf } from '../../engine/dates'
import { fen, persons, ratioOut } from '../../engine/money'
import { msg } from '../../engine/messages'
import { ceil, div, isZero, mul, q, sub, toNumber, type Q } from '../../engine/rational'
import type { Check } from '../../engine/types'
import type { Context } from '../../engine/context'
import { minHiTechIncomeShare, minStaffRatio } from './params'
import { decidedCheck, missingOf, unknownCheck, val, type CheckBase } from './check'
import { percentText, shortfallYuan } from './rd-checks'

/**
 * Whole persons to hire when each hire is an S&T staff member and so raises both counts:
 * the smallest k ≥ 0 (≥ 1 with no staff) with (st + k) ÷ (total + k) ≥ r ⇔ k ≥ (r·total − st) ÷ (1 − r).
 */
export function staffToHire(st: Q, total: Q, r: Q): number {
  const k = ceil(div(sub(mul(r, total), st), sub(q(1n), r)))
  // with no staff at all the share only exists after the first hire
  const least = isZero(total) ? 1n : 0n
  return Number(k > least ? k : least)
}

/** 工作指引: 科技人员 are staff whose 累计实际工作时间在183天以上 in the year */
export const ST_STAFF_MIN_DAYS = 183

/**
 * The first year whose full-year monthly average of S&T staff a hire made on `asOf` can still raise (the
 * share is read from the year before the application): the assessment year while at least 183 of its days
 * remain, `asOf` included (up to 2 July in any year), else the next one. A later hire works fewer than 183
 * days in that year and is not a 科技人员 of it (工作指引).
 */
export function firstStaffYear(asOf: string): number {
  const y = yearOf(asOf)
  return daysBetween(asOf, `${y}-12-31`) + 1 >= ST_STAFF_MIN_DAYS ? y : y + 1
}

/** 科技人员 ÷ 职工总数 ≥ 10%, both full-year monthly averages, exact to 0.01 person */
export function stStaffRatio(ctx: Context): Check {
  const base: CheckBase = {
    id: 'hnte.st-staff-ratio',
    unit: 'ratio',
    gapUnit: 'persons',
    cite: cite(HNTE_MEASURES, '第十一条第（四）项'),
    fields: ['staff.total', 'staff.scienceTech'],
  }
  const { total, scienceTech } = ctx.profile.staff
  const r = val(ctx, minStaffRatio)
  const threshold = toNumber(r)
  if (total === undefined || scienceTech === undefined) {
    return unknownCheck(
      base,
      missingOf([
        ['staff.total', total],
        ['staff.scienceTech', scienceTech],
      ]),
      { threshold },
    )
  }
  const st = persons(scienceTech)
  const all = persons(total)
  const gap = staffToHire(st, all, r)
  // LEGAL-Q: a firm with no staff at all has no S&T staff to show: fail (the share is undefined), gap as above.
  if (isZero(all)) return decidedCheck(base, false, { threshold, gap, note: msg('hnte.note.zero-staff') })
  const ok = ratioNotLessThan(st, all, r)
  const value = ratioOut(st, all)
  const note = ok
    ? undefined
    : msg('hnte.check.st-staff-ratio.fail', { value: percentText(value), threshold: percentText(threshold), gap })
  return decidedCheck(base, ok, { value, threshold, gap, note })
}

const hiTechPaths = new Map<number, string[]>()
/** the two paths of a year, made once per year and shared (frozen) */
function hiTechFields(y: number): string[] {
  let out = hiTechPaths.get(y)
  if (!out) hiTechPaths.set(y, (out = Object.freeze([`years.${y}.hiTechIncome`, `years.${y}.totalIncome`]) as string[]))
  return out
}

/**
 * 高新技术产品（服务）收入 ÷ 总收入 ≥ 60% in the last year. Gap: the income (yuan) that would have to be
 * high-tech rather than other income, total unchanged: ceil(60% × total − hiTech) to the fen.
 */
export function hiTechIncomeShare(ctx: Context): Check {
  const y = ctx.lastYear
  const base: CheckBase = {
    id: 'hnte.hitech-income-share',
    unit: 'ratio',
    gapUnit: 'yuan',
    cite: cite(HNTE_MEASURES, '第十一条第（六）项'),
    fields: hiTechFields(y),
  }
  const t = val(ctx, minHiTechIncomeShare)
  const threshold = toNumber(t)
  const { hiTechIncome, totalIncome } = ctx.year(y) ?? {}
  if (hiTechIncome === undefined || totalIncome === undefined) {
    const missing = missingOf([
      [`years.${y}.hiTechIncome`, hiTechIncome],
      [`years.${y}.totalIncome`, totalIncome],
    ])
    return unknownCheck(base, missing, { threshold })
  }
  const hi = fen(hiTechIncome)
  const all = fen(totalIncome)
  // LEGAL-Q: no income at all leaves the share undefined; as for R&D intensity the product does not guess.
  if (isZero(all)) return unknownCheck(base, [], { threshold, note: msg('hnte.note.zero-total-income') })
  const ok = ratioNotLessThan(hi, all, t)
  const value = ratioOut(hi, all)
  const gap = shortfallYuan(hi, all, t)
  const note = ok
    ? undefined
    : msg('hnte.check.hitech-income-share.fail', { value: percentText(value), threshold: percentText(threshold), gap })
  return decidedCheck(base, ok, { value, threshold, gap, note })
}
