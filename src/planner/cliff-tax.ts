// The 小型微利 300万 cliff in tax terms, for the tax year of the estimate and on its base (Assessment.taxEstimate):
// tax due against taxable income at the standard rate, the HNTE rate, and as a small low-profit firm with that
// year's tiers (财税〔2019〕13号, 2021年第12号, 2022年第13号, 2023年第12号), which jumps to the whole income at the
// normal rate one fen over the limit.
import { yearOf } from '../engine/dates'
import { msg } from '../engine/messages'
import { max, mul, q, sub, ZERO, type Q } from '../engine/rational'
import type { Message, TaxEstimate } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { assess } from '../rules'
import { tieredTax } from '../rules/incentives/estimate'
import { citStandardRate, hnteRate, slpMaxTaxableIncome, slpTiers, type SlpTier } from '../rules/incentives/params'
import { pct, valueOf, yuan, type Point } from './cliff-math'
import { fromFen, toFen } from './exact'

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
  /** the firm on the estimate's base (after the R&D extra deduction and the technology-transfer reduction) */
  firm?: { taxableIncome: number; taxDue: Record<TaxSeries['id'], number> }
  text: Message[]
}

const fenQ = (yuanAmount: number): Q => q(toFen(yuanAmount))
/** tax at one rate on a non-negative income (a loss pays none), yuan */
const flat = (x: number, r: Q): number => yuan(mul(max(fenQ(x), ZERO), r))

/** the tiers' lines: one per part of the taxable income, or the single effective rate */
function tierText(tiers: readonly SlpTier[], limit: number): Message[] {
  if (tiers.length === 1) return []
  let from = 0
  return tiers.map((t) => {
    const upTo = t.upTo ? yuan(t.upTo) : limit
    const m = msg(from === 0 ? 'planner.cliff.tax.tier-first' : 'planner.cliff.tax.tier', {
      from,
      upTo,
      rate: pct(t.rate),
    })
    from = upTo
    return m
  })
}

/** the small low-profit series: the tiers up to the limit (含), then the whole income at `after` */
function slpSeries(tiers: readonly SlpTier[], limit: number, after: Q, xMax: number): Point[] {
  const bends = tiers.flatMap((t) => (t.upTo ? [yuan(t.upTo)] : [])).filter((x) => x < limit)
  const over = fromFen(toFen(limit) + 1n)
  const tiered = (x: number) => yuan(tieredTax(fenQ(x), tiers))
  return [
    ...[0, ...bends, limit].map((x) => ({ x, y: tiered(x) })),
    ...[over, xMax].map((x) => ({ x, y: flat(x, after) })),
  ]
}

/**
 * The chart's data. `estimate` is the assessment's (the same answers the results show); without one the profile is
 * assessed here. With an HNTE (`hnte`), the rate above the limit is 15%.
 */
export function smallLowProfitCliff(
  profile: FirmProfile,
  hnte = false,
  estimate: TaxEstimate | undefined = assess(profile).taxEstimate,
): TaxCliff {
  const taxYear = estimate?.taxYear ?? yearOf(profile.assessmentDate)
  // the rules of the tax year: the assessment date for the current year, 31 December for a settled one
  const date = taxYear === yearOf(profile.assessmentDate) ? profile.assessmentDate : `${taxYear}-12-31`
  const std = valueOf(citStandardRate, date)
  const hr = valueOf(hnteRate, date)
  if (!std || !hr) return { taxYear, series: [], text: [msg('planner.cliff.tax.none', { year: taxYear })] }
  const limitQ = valueOf(slpMaxTaxableIncome, date)
  const tiers = valueOf(slpTiers, date)
  const taxable = estimate?.taxableIncomeAfter
  const limit = limitQ && tiers ? yuan(limitQ) : undefined
  const xMax = Math.max((limit ?? 3_000_000) * 2, (taxable ?? 0) * 1.25)
  const line = (r: Q): Point[] => [0, xMax].map((x) => ({ x, y: flat(x, r) }))
  const after = hnte ? hr : std
  const series: TaxSeries[] = [
    { id: 'standard', label: msg('planner.cliff.series.standard', { rate: pct(std) }), points: line(std) },
    { id: 'hnte', label: msg('planner.cliff.series.hnte', { rate: pct(hr) }), points: line(hr) },
  ]
  const text = [msg('planner.cliff.tax.rates', { std: pct(std), hnte: pct(hr) })]
  const slpDue = (x: number) =>
    limit !== undefined && tiers && x <= limit ? yuan(tieredTax(fenQ(x), tiers)) : flat(x, after)
  if (limit !== undefined && tiers) {
    const rate = tiers.map((t) => pct(t.rate)).join(' / ')
    const over = fromFen(toFen(limit) + 1n)
    const points = slpSeries(tiers, limit, after, xMax)
    series.push({ id: 'small-low-profit', label: msg('planner.cliff.series.slp', { rate, year: taxYear }), points })
    text.push(
      msg('planner.cliff.tax.slp', { limit, rate, tax: slpDue(limit), year: taxYear }),
      ...tierText(tiers, limit),
      msg('planner.cliff.tax.over', { limit, rate: pct(after), over, tax: flat(over, after) }),
    )
  } else text.push(msg('planner.cliff.tax.slp-off', { year: taxYear }))
  const head = { taxYear, ...(limit ? { limit } : {}), series }
  if (taxable === undefined || !estimate) return { ...head, text }
  const taxDue = { standard: flat(taxable, std), hnte: flat(taxable, hr), 'small-low-profit': slpDue(taxable) }
  text.push(firmText(estimate, taxDue.standard, taxDue['small-low-profit']))
  return { ...head, firm: { taxableIncome: taxable, taxDue }, text }
}

/** the firm's line: on the estimate's base, saying when that base is after deductions or only an upper bound */
function firmText(e: TaxEstimate, std: number, slp: number): Message {
  const params = { year: e.taxYear, before: e.taxableIncomeBefore, taxable: e.taxableIncomeAfter, std, slp }
  const deducted = sub(fenQ(e.taxableIncomeBefore), fenQ(e.taxableIncomeAfter)).n !== 0n
  const key = e.bound === 'at-most' ? 'firm-at-most' : deducted ? 'firm-base' : 'firm'
  return msg(`planner.cliff.tax.${key}`, params)
}
