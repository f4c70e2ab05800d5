// One coherent income-tax estimate (issue #8 §6), in the order of the annual return (A100000): the R&D extra
// deduction (line 17) gives 纳税调整后所得 (line 19), from which the technology-transfer reduction (所得减免, line 20)
// is taken, never below zero; the 小型微利 300万 test and every rate apply to what remains.
import { fen, toYuan } from '../../engine/money'
import { add, max, min, mul, sub, sum, ZERO, type Q } from '../../engine/rational'
import type { Incentive, TaxEstimate, TaxRegime } from '../../engine/types'
import type { IncentiveEnv } from './common'
import type { SlpTier } from './params'

/** an amount taken off taxable income; no amount = unknown, left out (the tax is then "at most") */
export interface Deduction {
  amount?: Q
  /** false: a lower bound (partly answered, or a per-project limit year) */
  exact: boolean
}

export interface TaxBase {
  before: Q
  /** after the R&D extra deduction and the technology-transfer reduction; may be negative (a loss) */
  after: Q
  /** the halved technology-transfer income still in `after`: taxed at 25% × 50% even for an HNTE */
  halved: Q
  bound: 'exact' | 'at-most'
}

/** the technology-transfer reduction: the exempt part plus half of the excess */
export interface TransferReduction extends Deduction {
  /** half of the excess over the exempt limit (the part that stays taxable) */
  halved?: Q
}

export function taxBase(env: IncentiveEnv, rd: Deduction, tt: TransferReduction): TaxBase | undefined {
  const taxable = env.tax.taxableIncome
  if (taxable === undefined) return undefined
  const before = fen(taxable)
  // an unknown deduction is left out (not counted as 0 of the law: `bound` below makes the tax "at most")
  const afterRd = sub(before, rd.amount ?? ZERO)
  // 所得减免 only applies to a positive 纳税调整后所得 and never takes it below zero
  const room = max(afterRd, ZERO)
  const ttTaken = min(tt.amount ?? ZERO, room)
  const after = sub(afterRd, ttTaken)
  const halved = min(tt.halved ?? ZERO, max(after, ZERO))
  const exact = rd.exact && rd.amount !== undefined && tt.exact && tt.amount !== undefined
  return { before, after, halved, bound: exact ? 'exact' : 'at-most' }
}

/** tax on a non-negative income by tiers: each part up to its `upTo` at its rate */
export function tieredTax(income: Q, tiers: readonly SlpTier[]): Q {
  let rest = max(income, ZERO)
  let floorAt = ZERO
  const parts: Q[] = []
  for (const t of tiers) {
    const width = t.upTo ? max(sub(t.upTo, floorAt), ZERO) : rest
    const part = min(rest, width)
    parts.push(mul(part, t.rate))
    rest = sub(rest, part)
    if (t.upTo) floorAt = t.upTo
  }
  return sum(parts)
}

const REGIME_ORDER: TaxRegime['id'][] = ['standard', 'small-low-profit', 'hnte']

/** a before b: less tax, then applicable before possible, then REGIME_ORDER (a loop: no rank arrays per call) */
function ranksBefore(a: TaxRegime, b: TaxRegime): boolean {
  const [x, y] = [a.taxDue ?? Infinity, b.taxDue ?? Infinity]
  if (x !== y) return x < y
  const [sa, sb] = [a.status === 'applicable' ? 0 : 1, b.status === 'applicable' ? 0 : 1]
  if (sa !== sb) return sa < sb
  return REGIME_ORDER.indexOf(a.id) < REGIME_ORDER.indexOf(b.id)
}

function regime(id: TaxRegime['id'], inc: Incentive | undefined, due: Q | undefined): TaxRegime {
  const status = id === 'standard' ? 'applicable' : (inc?.status ?? 'not-applicable')
  const out: TaxRegime = { id, status }
  if (due !== undefined && (status === 'applicable' || status === 'unknown')) out.taxDue = toYuan(due)
  return out
}

/**
 * The regimes on the base, and the best: the lowest tax among those applicable or possible ('unknown'); on a tie
 * an applicable one, then the order standard → 小型微利 → HNTE (no benefit is named when it saves nothing).
 */
export function buildEstimate(
  env: IncentiveEnv,
  base: TaxBase,
  dues: { none: Q; standard: Q; hnte?: Q; slp?: Q },
  incs: { hnte: Incentive; slp: Incentive; equipment: Incentive; deductions: Incentive[] },
): TaxEstimate {
  const regimes = [
    regime('standard', undefined, dues.standard),
    regime('hnte', incs.hnte, dues.hnte),
    regime('small-low-profit', incs.slp, dues.slp),
  ]
  // the standard regime always has a figure; the others are candidates when they have one
  let best = regimes[0]!
  for (const r of regimes) if (r.taxDue !== undefined && ranksBefore(r, best)) best = r
  // "比不享受优惠少": against the tax with none of the incentives estimated here (no deduction, no relief, 25%)
  const noneDue = toYuan(dues.none)
  const out: TaxEstimate = {
    taxYear: env.taxYear,
    taxableIncomeBefore: toYuan(base.before),
    taxableIncomeAfter: toYuan(base.after),
    bound: base.bound,
    regimes,
    best: best.id,
    saving: Math.round((noneDue - (best.taxDue ?? noneDue)) * 100) / 100,
    // a deduction the firm cannot have (e.g. 核定征收) is not named as one the base was reduced by
    deductions: incs.deductions.filter((i) => i.status === 'applicable' || i.status === 'unknown').map((i) => i.id),
  }
  const eq = incs.equipment
  if (eq.status === 'applicable' && eq.figures.deduction !== undefined) out.deferredDeduction = eq.figures.deduction
  return out
}

/** the tax with none of the incentives: 25% of the positive taxable income before any deduction or relief */
export const noIncentiveTax = (base: TaxBase, rate: Q): Q => mul(max(base.before, ZERO), rate)

/** standard tax: 25% of the positive base (the halved income is then at 12.5% of its full amount, as the law says) */
export const standardTax = (base: TaxBase, rate: Q): Q => mul(max(base.after, ZERO), rate)

/** HNTE tax: 15% on the base except the halved technology-transfer income, which stays at 25% (国税函〔2010〕157号) */
export function hnteTax(base: TaxBase, reduced: Q, standard: Q): Q {
  const positive = max(base.after, ZERO)
  return add(mul(sub(positive, base.halved), reduced), mul(base.halved, standard))
}
