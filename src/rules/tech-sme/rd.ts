// 研发投入 for the tech-SME score: the last year's super-deduction base (国科火字〔2022〕67号 collects R&D by the
// tax definition, rules.md §3); when the firm gave no tax-definition figures, its HNTE R&D (src/rules/hnte/rd.ts)
// with a notice.
import type { Context } from '../../engine/context'
import type { Q } from '../../engine/rational'
import { hnteRdOfYear } from '../hnte/rd'
import { superDeductionBase } from '../rd-super-deduction/base'
import { tsmeDate } from './params'

export interface TsmeRd {
  amount: Q
  source: 'rdTax' | 'hnte'
}

/** the R&D of fiscal year `year`, or undefined when neither definition was answered */
export function tsmeRd(ctx: Context, year: number): TsmeRd | undefined {
  const data = ctx.year(year)
  const date = `${year}-12-31`
  const base = superDeductionBase(data?.rdTax, date)
  if (base) return { amount: base.base, source: 'rdTax' }
  const hnte = data ? hnteRdOfYear(data, tsmeDate(date)) : undefined
  return hnte ? { amount: hnte.total, source: 'hnte' } : undefined
}
