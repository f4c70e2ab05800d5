// Data for the two "cliff" charts (the UI draws them): plain {x, y} series plus text equivalents (messages in
// both languages, src/i18n/messages/<locale>/engine/planner.ts) for screen readers and print. Every threshold comes from the rules'
// parameters in force on the assessment date.
import { percent } from '../format'
import { entryAt, type Param } from '../engine/params'
import { mul, q, type Q, roundHalfUp } from '../engine/rational'
import type { FirmProfile } from '../profile/types'
import { yearOf } from '../engine/dates'
import { rdMediumSalesLimit, rdRatioLarge, rdRatioMedium, rdRatioSmall, rdSmallSalesLimit } from '../rules/hnte/params'
import { citStandardRate, hnteRate, slpEffectiveRate, slpMaxTaxableIncome } from '../rules/incentives/params'
import { evaluateProgram } from './evaluate'
import { fromFen, toFen } from './exact'
import { msg } from '../engine/messages'
import type { Message } from '../engine/types'

export interface Point {
  x: number
  y: number
}

const valueOf = <T>(p: Param<T>, asOf: string): T | undefined => entryAt(p, asOf)?.value
/** a Q amount in fen → yuan, half-up */
const yuan = (fenQ: Q): number => fromFen(roundHalfUp(fenQ))
const pct = (r: Q): string => `${Number(((Number(r.n) / Number(r.d)) * 100).toFixed(2))}%`

export interface RdCliff {
  /** x: last-year sales (yuan); y: the R&D ratio required (fraction); a vertical step at each limit, which
   *  itself belongs to the lower band (≤ 5,000万 含, ≤ 2亿 含) */
  requirement: Point[]
  limits: number[]
  firm?: { lastSales: number; intensity?: number; threshold?: number }
  text: Message[]
}

export function rdIntensityCliff(profile: FirmProfile): RdCliff | undefined {
  const asOf = profile.assessmentDate
  const [l1, l2] = [valueOf(rdSmallSalesLimit, asOf), valueOf(rdMediumSalesLimit, asOf)]
  const [r1, r2, r3] = [rdRatioSmall, rdRatioMedium, rdRatioLarge].map((p) => valueOf(p, asOf))
  if (!l1 || !l2 || !r1 || !r2 || !r3) return undefined
  const [x1, x2] = [yuan(l1), yuan(l2)]
  const last = profile.years.find((y) => y.year === yearOf(asOf) - 1)?.salesRevenue
  const xMax = Math.max(x2 * 1.5, (last ?? 0) * 1.2)
  const y = (r: Q) => Number(r.n) / Number(r.d)
  const requirement = [
    { x: 0, y: y(r1) },
    { x: x1, y: y(r1) },
    { x: x1, y: y(r2) },
    { x: x2, y: y(r2) },
    { x: x2, y: y(r3) },
    { x: xMax, y: y(r3) },
  ]
  const text = [
    msg('planner.cliff.rd.band1', { limit: x1, ratio: pct(r1) }),
    msg('planner.cliff.rd.band2', { low: x1, high: x2, ratio: pct(r2) }),
    msg('planner.cliff.rd.band3', { high: x2, ratio: pct(r3) }),
  ]
  if (last === undefined) return { requirement, limits: [x1, x2], text }
  const check = evaluateProgram(profile, 'hnte').checks.find((c) => c.id === 'hnte.rd-intensity')
  const firm = { lastSales: last, intensity: check?.value, threshold: check?.threshold }
  text.push(
    firm.intensity === undefined || firm.threshold === undefined
      ? msg('planner.cliff.rd.firm-open', { sales: last })
      : msg('planner.cliff.rd.firm', {
          sales: last,
          share: percent(firm.intensity, 'zh-CN', { against: firm.threshold }),
          need: percent(firm.threshold, 'zh-CN', { beside: firm.intensity }),
        }),
  )
  return { requirement, limits: [x1, x2], firm, text }
}

export interface TaxSeries {
  id: 'standard' | 'hnte' | 'small-low-profit'
  label: Message
  points: Point[]
}

export interface TaxCliff {
  taxYear: number
  /** the 小型微利 taxable-income limit (yuan), absent when that incentive is not in force */
  limit?: number
  series: TaxSeries[]
  firm?: { taxableIncome: number; taxDue: Record<TaxSeries['id'], number> }
  text: Message[]
}

/**
 * Tax due against taxable income: 25%, 15% (HNTE), and 小型微利 — 5% up to the limit (含), then the WHOLE income at
 * the normal rate (15% when `hnte`): one fen over the limit and the tax jumps.
 */
export function smallLowProfitCliff(profile: FirmProfile, hnte = false): TaxCliff {
  const asOf = profile.assessmentDate
  const std = valueOf(citStandardRate, asOf)
  const hr = valueOf(hnteRate, asOf)
  if (!std || !hr)
    return { taxYear: yearOf(asOf), series: [], text: [msg('planner.cliff.tax.none', { year: yearOf(asOf) })] }
  const limitQ = valueOf(slpMaxTaxableIncome, asOf)
  const slp = valueOf(slpEffectiveRate, asOf)
  const taxable = profile.tax.taxableIncome
  const limit = limitQ ? yuan(limitQ) : undefined
  const xMax = Math.max((limit ?? 3_000_000) * 2, (taxable ?? 0) * 1.25)
  const tax = (x: number, r: Q) => yuan(mul(q(toFen(x)), r))
  const line = (r: Q): Point[] => [0, xMax].map((x) => ({ x, y: tax(x, r) }))
  const after = hnte ? hr : std
  const series: TaxSeries[] = [
    { id: 'standard', label: msg('planner.cliff.series.standard', { rate: pct(std) }), points: line(std) },
    { id: 'hnte', label: msg('planner.cliff.series.hnte', { rate: pct(hr) }), points: line(hr) },
  ]
  const text = [msg('planner.cliff.tax.rates', { std: pct(std), hnte: pct(hr) })]
  if (limit !== undefined && slp) {
    const over = fromFen(toFen(limit) + 1n)
    const points = [0, limit, over, xMax].map((x) => ({ x, y: tax(x, x <= limit ? slp : after) }))
    series.push({ id: 'small-low-profit', label: msg('planner.cliff.series.slp', { rate: pct(slp) }), points })
    text.push(
      msg('planner.cliff.tax.slp', { limit, rate: pct(slp), tax: tax(limit, slp) }),
      msg('planner.cliff.tax.over', { limit, rate: pct(after), over, tax: tax(over, after) }),
    )
  } else text.push(msg('planner.cliff.tax.slp-off', { year: yearOf(asOf) }))
  if (taxable === undefined) return { taxYear: yearOf(asOf), ...(limit ? { limit } : {}), series, text }
  const slpDue = limit !== undefined && slp ? tax(taxable, taxable <= limit ? slp : after) : tax(taxable, after)
  const taxDue = { standard: tax(taxable, std), hnte: tax(taxable, hr), 'small-low-profit': slpDue }
  text.push(msg('planner.cliff.tax.firm', { taxable, std: taxDue.standard, slp: slpDue }))
  return { taxYear: yearOf(asOf), ...(limit ? { limit } : {}), series, firm: { taxableIncome: taxable, taxDue }, text }
}
