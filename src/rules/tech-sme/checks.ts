// Conditions 1–4 of 国科发政〔2017〕115号 第六条 (with 国科火字〔2022〕67号: 查账征收, the negative list).
import type { Context } from '../../engine/context'
import { notExceeding } from '../../engine/compare'
import { fen, persons, toYuan } from '../../engine/money'
import { at, type Param } from '../../engine/params'
import { sub, toNumber, type Q } from '../../engine/rational'
import type { Check, Citation } from '../../engine/types'
import { cite, TSME_MEASURES } from '../citations'
import { negativeListStatus } from '../industry'
import { assetsLimit, revenueLimit, staffLimit, tsmeDate } from './params'

const unknown = (id: string, cite: Citation, fields: string[]): Check => ({ id, status: 'unknown', fields, cite })

/** of two answers, the paths of those not given, in order (one array, no spread per condition) */
export function absent(a: unknown, pathA: string, b: unknown, pathB: string): string[] {
  const out: string[] = []
  if (a === undefined) out.push(pathA)
  if (b === undefined) out.push(pathB)
  return out
}

/** a persons or fen amount for output: persons as a number, fen as yuan rounded to the fen */
const out = (x: Q, unit: 'yuan' | 'persons'): number => (unit === 'yuan' ? toYuan(x) : toNumber(x))

/** 不超过: equality passes; the gap on a fail is the excess */
function notAbove(
  ctx: Context,
  id: string,
  p: Param<Q>,
  raw: number | undefined,
  unit: 'yuan' | 'persons',
  field: string,
): Check {
  const limit = at(p, tsmeDate(ctx.asOf))
  if (raw === undefined) return unknown(id, limit.cite, [field])
  const value = unit === 'yuan' ? fen(raw) : persons(raw)
  const c: Check = {
    id,
    value: out(value, unit),
    threshold: out(limit.value, unit),
    unit,
    cite: limit.cite,
    status: 'pass',
  }
  if (notExceeding(value, limit.value)) return c
  c.status = 'fail'
  c.gap = out(sub(value, limit.value), unit)
  return c
}

/** resident enterprise registered in mainland China, with 查账征收 */
function resident(ctx: Context): Check {
  const { residentInMainland, taxCollection } = ctx.profile.company
  // 查账征收 is required by the 2022 指引 (国科火字〔2022〕67号) on top of 第六条第（一）项
  const c = cite(TSME_MEASURES, '第六条第（一）项')
  // a failure names the answer that decides it: no planned change reaches it (the planner's blockers)
  if (residentInMainland === false || taxCollection === 'deemed') {
    const fields = [
      ...(residentInMainland === false ? ['company.residentInMainland'] : []),
      ...(taxCollection === 'deemed' ? ['company.taxCollection'] : []),
    ]
    return { id: 'tsme.resident', status: 'fail', unit: 'flag', cite: c, fields }
  }
  if (residentInMainland === true && taxCollection === 'audit')
    return { id: 'tsme.resident', status: 'pass', unit: 'flag', cite: c }
  const fields = absent(residentInMainland, 'company.residentInMainland', taxCollection, 'company.taxCollection')
  return unknown('tsme.resident', c, fields)
}

/** not restricted/eliminated/prohibited, and (since 2022) not on the super-deduction negative list */
function industry(ctx: Context): Check {
  const { restrictedIndustry, industry: code } = ctx.profile.company
  const listed = negativeListStatus(code)
  const c = cite(TSME_MEASURES, '第六条第（三）项')
  if (restrictedIndustry === true || listed === 'listed') {
    const fields = [
      ...(restrictedIndustry === true ? ['company.restrictedIndustry'] : []),
      ...(listed === 'listed' ? ['company.industry'] : []),
    ]
    return { id: 'tsme.industry', status: 'fail', unit: 'flag', cite: c, fields }
  }
  if (restrictedIndustry === false && listed === 'not-listed')
    return { id: 'tsme.industry', status: 'pass', unit: 'flag', cite: c }
  const fields = absent(
    restrictedIndustry,
    'company.restrictedIndustry',
    listed === 'unknown' ? undefined : listed,
    'company.industry',
  )
  return unknown('tsme.industry', c, fields)
}

/** no major accident, serious violation or dishonesty in the previous and current year */
function cleanRecord(ctx: Context): Check {
  const { majorIncidentPastYear, seriousDishonesty } = ctx.profile.record
  const c = cite(TSME_MEASURES, '第六条第（四）项')
  if (majorIncidentPastYear === true || seriousDishonesty === true)
    return { id: 'tsme.clean-record', status: 'fail', unit: 'flag', cite: c }
  if (majorIncidentPastYear === false && seriousDishonesty === false)
    return { id: 'tsme.clean-record', status: 'pass', unit: 'flag', cite: c }
  const fields = absent(
    majorIncidentPastYear,
    'record.majorIncidentPastYear',
    seriousDishonesty,
    'record.seriousDishonesty',
  )
  return unknown('tsme.clean-record', c, fields)
}

/** the six checks of conditions 1–4, in the stable order */
export function conditionChecks(ctx: Context): Check[] {
  const last = ctx.year(ctx.lastYear)
  const { totalSme, total } = ctx.profile.staff
  return [
    resident(ctx),
    notAbove(
      ctx,
      'tsme.staff-limit',
      staffLimit,
      totalSme ?? total,
      'persons',
      totalSme === undefined ? 'staff.total' : 'staff.totalSme',
    ),
    notAbove(ctx, 'tsme.revenue-limit', revenueLimit, last?.salesRevenue, 'yuan', `years.${ctx.lastYear}.salesRevenue`),
    notAbove(ctx, 'tsme.assets-limit', assetsLimit, last?.totalAssets, 'yuan', `years.${ctx.lastYear}.totalAssets`),
    industry(ctx),
    cleanRecord(ctx),
  ]
}
