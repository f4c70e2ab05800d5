// 研发投入 for the tech-SME score: the last year's super-deduction base (国科火字〔2022〕67号 collects R&D by the
// tax definition, docs/rules.md §3); when the firm gave no tax-definition figures, its HNTE R&D (src/rules/hnte/rd.ts)
// with a notice.
import type { Context } from '../../engine/context'
import type { Q } from '../../engine/rational'
import type { RdTax } from '../../profile/types'
import { hnteRdOfYear } from '../hnte/rd'
import { superDeductionBase } from '../rd-super-deduction/base'
import { tsmeDate } from './params'

export interface TsmeRd {
  /** with `missing` sub-amounts, what the answered ones give: every sub-amount only adds, so a lower bound */
  amount: Q
  source: 'rdTax' | 'hnte'
  /** profile paths of the sub-amounts not answered (issue #8 §3: an absent amount is not 0) */
  missing: string[]
}

/** the sub-amounts of the super-deduction base; the amortisation of intangibles is not part of it */
const BASE_ITEMS = ['items1to5', 'otherRelated', 'entrustedDomestic', 'entrustedOverseas'] as const

const hasNumber = (o: RdTax | undefined): o is RdTax =>
  o !== undefined && BASE_ITEMS.some((k) => typeof o[k] === 'number')

/** the R&D of fiscal year `year`, or undefined when neither definition was answered */
export function tsmeRd(ctx: Context, year: number): TsmeRd | undefined {
  const data = ctx.year(year)
  const date = `${year}-12-31`
  const rdTax = data?.rdTax
  const base = hasNumber(rdTax) ? superDeductionBase(rdTax, date) : undefined
  if (base && rdTax) {
    const missing = BASE_ITEMS.filter((k) => rdTax[k] === undefined).map((k) => `years.${year}.rdTax.${k}`)
    return { amount: base.base, source: 'rdTax', missing }
  }
  const hnte = data ? hnteRdOfYear(data, tsmeDate(date)) : undefined
  return hnte ? { amount: hnte.total, source: 'hnte', missing: hnte.missing } : undefined
}
