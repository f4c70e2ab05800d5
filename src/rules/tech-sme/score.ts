// The tech-SME score (国科发政〔2017〕115号 第七条), last fiscal year, exact points; an unanswered input gives
// the whole range its part allows.
import { band, type BandTable } from '../../engine/bands'
import type { Context } from '../../engine/context'
import { fen, persons } from '../../engine/money'
import { msg } from '../../engine/messages'
import { at } from '../../engine/params'
import { div, isZero, q, type Q } from '../../engine/rational'
import type { ScorePart } from '../../engine/types'
import { cite, TSME_MEASURES } from '../citations'
import { ipClassIIBands, ipClassIPoints, rdToCostsBands, rdToSalesBands, stStaffBands, tsmeDate } from './params'
import { tsmeRd } from './rd'
import { absent } from './checks'

const top = (t: BandTable): number => t.bands[0]?.max ?? t.otherwise.max
const part = (id: string, min: number, max: number, cap: number, article: string, fields: string[]): ScorePart =>
  fields.length > 0 && min !== max
    ? { id, min, max, cap, cite: cite(TSME_MEASURES, article), fields }
    : { id, min, max, cap, cite: cite(TSME_MEASURES, article) }

/** 科技人员数 ÷ 职工总数, tech-SME counts defaulting to the HNTE ones */
export function stStaffPart(ctx: Context): ScorePart {
  const table = at(stStaffBands, tsmeDate(ctx.asOf)).value
  const { scienceTechSme, scienceTech, totalSme, total } = ctx.profile.staff
  const st = scienceTechSme ?? scienceTech
  const all = totalSme ?? total
  if (st === undefined || all === undefined) {
    const missing = absent(st, 'staff.scienceTech', all, 'staff.total')
    return part('tsme.score.st-staff', 0, top(table), top(table), '第七条第1项', missing)
  }
  // LEGAL-Q: no staff at all gives no ratio; scored 0 (the firm cannot have S&T staff either).
  const points = isZero(persons(all)) ? table.otherwise.min : band(table, div(persons(st), persons(all))).min
  return part('tsme.score.st-staff', points, points, top(table), '第七条第1项', [])
}

/** points of R&D ÷ a denominator; LEGAL-Q: a zero denominator gives no ratio and scores 0 */
function ratioPoints(table: BandTable, rd: Q, denominator: number | undefined): number | undefined {
  if (denominator === undefined) return undefined
  const d = fen(denominator)
  return isZero(d) ? table.otherwise.min : band(table, div(rd, d)).min
}

/** the better of R&D ÷ 销售收入 and R&D ÷ 成本费用支出总额 */
export function rdPart(ctx: Context): ScorePart {
  const y = ctx.lastYear
  const sales = at(rdToSalesBands, tsmeDate(ctx.asOf)).value
  const costs = at(rdToCostsBands, tsmeDate(ctx.asOf)).value
  const cap = Math.max(top(sales), top(costs))
  const data = ctx.year(y)
  const rd = tsmeRd(ctx, y)
  if (rd?.source === 'hnte') ctx.notice('tsme.rd-from-hnte', 'warning', msg('tsme.notice.rd-from-hnte', { year: y }))
  if (rd && data?.costsAndExpenses !== undefined)
    ctx.notice('tsme.costs-definition', 'info', msg('tsme.notice.costs-definition'))
  const bySales = rd ? ratioPoints(sales, rd.amount, data?.salesRevenue) : undefined
  const byCosts = rd ? ratioPoints(costs, rd.amount, data?.costsAndExpenses) : undefined
  const best = Math.max(0, bySales ?? 0, byCosts ?? 0)
  // more R&D can only raise the points: unanswered R&D amounts leave the part open above the answered ones
  const settled = (bySales !== undefined && byCosts !== undefined && rd?.missing.length === 0) || best === cap
  if (settled) return part('tsme.score.rd', best, best, cap, '第七条第2项', [])
  const fields = rd ? rd.missing.slice() : [`years.${y}.rdTax.items1to5`]
  if (data?.salesRevenue === undefined) fields.push(`years.${y}.salesRevenue`)
  if (data?.costsAndExpenses === undefined) fields.push(`years.${y}.costsAndExpenses`)
  return part('tsme.score.rd', best, cap, cap, '第七条第2项', fields)
}

/** ≥ 1 Class I → full marks; else the Class II bands (all Class II: nothing is consumed here) */
export function ipPart(ctx: Context): ScorePart {
  const full = at(ipClassIPoints, tsmeDate(ctx.asOf)).value
  const table = at(ipClassIIBands, tsmeDate(ctx.asOf)).value
  const { classI, classII } = ctx.profile.ip
  const p2 = classII === undefined ? undefined : band(table, q(Math.floor(classII))).min
  const fields = absent(classI, 'ip.classI', classII, 'ip.classII')
  let [min, max] = [full, full]
  if (classI === undefined) min = p2 ?? 0
  else if (classI < 1) [min, max] = p2 === undefined ? [0, top(table)] : [p2, p2]
  return part('tsme.score.ip', min, max, full, '第七条第3项', fields)
}
