// The high-tech income lever settled from closed forms, each verified by the engine (issue #11 target 4). New
// income x of the assessment year raises that year's 高新技术产品（服务）收入 H, 总收入 T and 销售收入 S alike:
// - the share (国科发火〔2016〕32号 第十一条（六）) holds from x ≥ (r·T − H) ÷ (1 − r) on, and more x only helps it;
// - the R&D intensity (第十一条（五）) only worsens as x grows within a band of last-year sales, and its threshold
//   drops once S passes a band's limit (5,000万, 2亿, both inclusive): a band's first amount is its best chance.
// So the smallest amount is the share bound or a band's first amount above it. A candidate failing on anything
// but the R&D intensity (the growth score, which more sales also help) is not settled here: the caller searches.
import { entryAt } from '../engine/params'
import { fen } from '../engine/money'
import { ceil, div, mul, q, sub } from '../engine/rational'
import type { Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { minHiTechIncomeShare, rdMediumSalesLimit, rdSmallSalesLimit } from '../rules/hnte/params'
import { leverYear, projectionFor } from './levers'
import type { SearchResult } from './search'

const checkOf = (p: Program, id: string) => p.checks.find((c) => c.id === id)

/**
 * The amounts (fen) to try, ascending: the share bound (0 when the share already holds), then the first amount
 * of each higher sales band. Undefined when a figure they need is not answered.
 */
export function hiTechCandidates(profile: FirmProfile, start: Program): bigint[] | undefined {
  const year = leverYear(profile, 'extraHiTechIncomeYuan')
  const projected = projectionFor(profile, year)
  const y = projected.years.find((v) => v.year === year - 1)
  const date = projected.assessmentDate
  const r = entryAt(minHiTechIncomeShare, date)?.value
  const share = checkOf(start, 'hnte.hitech-income-share')?.status
  if (!y || !r || y.salesRevenue === undefined || (share !== 'pass' && share !== 'fail')) return undefined
  let lower = 0n
  if (share === 'fail') {
    if (y.hiTechIncome === undefined || y.totalIncome === undefined) return undefined
    lower = ceil(div(sub(mul(r, fen(y.totalIncome)), fen(y.hiTechIncome)), sub(q(1n), r)))
  }
  const sales = fen(y.salesRevenue)
  const firsts = [rdSmallSalesLimit, rdMediumSalesLimit]
    .map((p) => entryAt(p, date)?.value)
    .filter((limit) => limit !== undefined)
    .map((limit) => ceil(sub(limit, sales)) + 1n)
  return [lower, ...firsts.filter((b) => b > lower)]
}

/**
 * The smallest amount among the candidates: the first the engine finds reached is the smallest (below it the
 * share fails, or every earlier band already failed the R&D intensity at its best point). 'search' when a
 * candidate fails on something the closed forms do not cover; undefined when every band fails the R&D intensity.
 */
export function closedSearch(
  candidates: readonly bigint[],
  bounds: { low: bigint; high: bigint },
  start: Program,
  at: (x: bigint) => Program,
  reached: (p: Program) => boolean,
): SearchResult | 'search' | undefined {
  for (const c of candidates) {
    if (c > bounds.high) return undefined
    const p = c <= bounds.low ? start : at(c)
    if (c > bounds.low && reached(p)) return { amount: c, minimal: true }
    if (checkOf(p, 'hnte.rd-intensity')?.status !== 'fail') return 'search'
  }
  return undefined
}
