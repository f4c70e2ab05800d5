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
  const out = (x: Q) => (unit === 'yuan' ? toYuan(x) : toNumber(x))
  const base = { id, value: out(value), threshold: out(limit.value), unit, cite: limit.cite }
  return notExceeding(value, limit.value)
    ? { ...base, status: 'pass' }
    : { ...base, status: 'fail', gap: out(sub(value, limit.value)) }
}

/** resident enterprise registered in mainland China, with 查账征收 */
function resident(ctx: Context): Check {
  const { residentInMainland, taxCollection } = ctx.profile.company
  // 查账征收 is required by the 2022 指引 (国科火字〔2022〕67号) on top of 第六条第（一）项
  const c = cite(TSME_MEASURES, '第六条第（一）项')
  const fields = [
    ...(residentInMainland === undefined ? ['company.residentInMainland'] : []),
    ...(taxCollection === undefined ? ['company.taxCollection'] : []),
  ]
  if (residentInMainland === false || taxCollection === 'deemed')
    return { id: 'tsme.resident', status: 'fail', unit: 'flag', cite: c }
  if (residentInMainland === true && taxCollection === 'audit')
    return { id: 'tsme.resident', status: 'pass', unit: 'flag', cite: c }
  return unknown('tsme.resident', c, fields)
}

/** not restricted/eliminated/prohibited, and (since 2022) not on the super-deduction negative list */
function industry(ctx: Context): Check {
  const { restrictedIndustry, industry: code } = ctx.profile.company
  const listed = negativeListStatus(code)
  const c = cite(TSME_MEASURES, '第六条第（三）项')
  if (restrictedIndustry === true || listed === 'listed')
    return { id: 'tsme.industry', status: 'fail', unit: 'flag', cite: c }
  if (restrictedIndustry === false && listed === 'not-listed')
    return { id: 'tsme.industry', status: 'pass', unit: 'flag', cite: c }
  const fields = [
    ...(restrictedIndustry === undefined ? ['company.restrictedIndustry'] : []),
    ...(listed === 'unknown' ? ['company.industry'] : []),
  ]
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
  const fields = [
    ...(majorIncidentPastYear === undefined ? ['record.majorIncidentPastYear'] : []),
    ...(seriousDishonesty === undefined ? ['record.seriousDishonesty'] : []),
  ]
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
