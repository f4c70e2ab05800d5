// 工作指引 三（七）4 企业成长性: net asset growth and sales growth, each ≤10 points, from the fiscal years' figures.
import { band } from '../../engine/bands'
import { fen } from '../../engine/money'
import { msg } from '../../engine/messages'
import { add, div, isNegative, isZero, mul, q, sub, type Q } from '../../engine/rational'
import type { ScorePart } from '../../engine/types'
import type { Context } from '../../engine/context'
import { growthBands, growthCap } from './params'
import { citeOf, val } from './check'

export type GrowthResult =
  | { kind: 'rate'; rate: Q; y1Zero: boolean }
  /** Y2 = 0: 0 points under the 指引 */
  | { kind: 'y2-zero' }
  /** too few usable figures to compute a rate */
  | { kind: 'none' }

const ONE = q(1n)
const HALF = q(1n, 2n)

/** n ÷ d as a rational with a positive denominator, unreduced: only compared (against the bands), never shown */
const fraction = (n: bigint, d: bigint): Q => (d < 0n ? { n: -n, d: -d } : { n, d })

/**
 * Three years: rate = ½ × (Y2/Y1 + Y3/Y2) − 1; Y2 = 0 → 0 points; Y1 = 0 → Y3/Y2 − 1 (指引 special cases).
 * Two years: Y2/Y1 − 1, what can be computed (docs/rules.md §2.3 [?]: the 指引 gives no formula).
 * Whole-fen figures (the profile's) take one fraction: ½(y2/y1 + y3/y2) − 1 = (y2² + y1·y3 − 2·y1·y2) ÷ (2·y1·y2),
 * the same number without the reductions that chained operations on ~10¹⁰-fen figures need (issue #11).
 */
export function growthRate(values: readonly Q[]): GrowthResult {
  const [y1, y2, y3] = values
  if (values.length >= 3 && y1 && y2 && y3) {
    if (isZero(y2)) return { kind: 'y2-zero' }
    const whole = y1.d === 1n && y2.d === 1n && y3.d === 1n
    if (isZero(y1)) {
      const rate = whole ? fraction(y3.n - y2.n, y2.n) : sub(div(y3, y2), ONE)
      return { kind: 'rate', rate, y1Zero: true }
    }
    const [a, b, c] = [y1.n, y2.n, y3.n]
    const rate = whole
      ? fraction(b * b + a * c - 2n * a * b, 2n * a * b)
      : sub(mul(HALF, add(div(y2, y1), div(y3, y2))), ONE)
    return { kind: 'rate', rate, y1Zero: false }
  }
  if (values.length === 2 && y1 && y2 && !isZero(y1))
    return { kind: 'rate', rate: sub(div(y2, y1), ONE), y1Zero: false }
  return { kind: 'none' }
}

type GrowthId = 'growth-net-assets' | 'growth-sales'
const GROWTH_IDS = { 'growth-net-assets': 'hnte.score.growth-net-assets', 'growth-sales': 'hnte.score.growth-sales' }

/**
 * LEGAL-Q: fewer than 3 fiscal years, or negative net assets in any year: the 指引 gives no formula.
 * Decision (docs/rules.md §2.3): compute what can be computed, score 0 to that band's maximum, flag manual review.
 */
export function growthPart(ctx: Context, part: GrowthId, key: 'netAssets' | 'salesRevenue'): ScorePart {
  const id = GROWTH_IDS[part]
  const cap = val(ctx, growthCap)
  const cite = citeOf(ctx, growthCap)
  // one pass over the fiscal years: the paths not answered, else the exact figures
  const missing: string[] = []
  const values: Q[] = []
  for (const y of ctx.fiscalYears) {
    const v = ctx.year(y)?.[key]
    if (v === undefined) missing.push(`years.${y}.${key}`)
    else values.push(fen(v))
  }
  if (missing.length > 0) return { id, cap, cite, min: 0, max: cap, fields: missing }
  const result = growthRate(values)
  const points = result.kind === 'rate' ? band(val(ctx, growthBands), result.rate) : { min: 0, max: 0 }
  if (values.length < 3 || values.some(isNegative)) {
    const note = msg(`${id}.manual-review`)
    ctx.notice(`${id}.manual-review`, 'warning', note, cite)
    return { id, cap, cite, min: 0, max: points.max, fields: [], note }
  }
  const noteKey =
    result.kind === 'y2-zero' ? 'y2-zero' : result.kind === 'rate' && result.y1Zero ? 'y1-zero' : undefined
  const scored: ScorePart = { id, cap, cite, min: points.min, max: points.max, fields: [] }
  if (noteKey) scored.note = msg(`${id}.${noteKey}`)
  return scored
}
