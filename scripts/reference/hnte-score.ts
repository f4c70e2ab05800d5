// The full reference's HNTE innovation score (工作指引 三（七）) as [min, max] integer points: an unanswered item
// gives the whole range its part allows.
import type { Rating } from '../../src/profile/types'
import { bandPct, fen, yearData, type IpRange, type Ref } from './core'

const RATING: Record<Rating, [number, number]> = { A: [7, 8], B: [5, 6], C: [3, 4], D: [1, 2], E: [0, 0] }
const rating = (x: Rating | undefined): [number, number] => (x === undefined ? [0, 8] : RATING[x])
const classII = (n: number): [number, number] => (n >= 5 ? [5, 6] : n >= 3 ? [3, 4] : n >= 1 ? [1, 2] : [0, 0])
const quantity = (c1: number, c2: number): [number, number] => (c1 >= 1 ? [7, 8] : classII(c2))

/** 三（七）1 IP (≤ 30): ratings, quantity, how acquired, standards */
function ipScore(r: Ref, ip: IpRange): [number, number] {
  const x = r.p.ip
  const a = rating(x.advancement)
  const c = rating(x.coreSupport)
  const own: [number, number] = x.ownDevelopment === false ? [1, 3] : [1, 6]
  const acq = ip.totalMax === 0 ? [0, 0] : [ip.totalMin > 0 ? own[0] : 0, own[1]]
  const std = x.standards === undefined ? [0, 2] : x.standards ? [1, 2] : [0, 0]
  const min = a[0] + c[0] + quantity(ip.iMin, ip.iiMin)[0] + acq[0]! + std[0]!
  const max = a[1] + c[1] + quantity(ip.iMax, ip.iiMax)[1] + acq[1]! + std[1]!
  return [Math.min(min, 30), Math.min(max, 30)]
}

/** 三（七）2 yearly average transformations (≤ 30): ≥5 A, ≥4 B, ≥3 C, ≥2 D, above 0 E */
function transformations(count: number | undefined, years: number): [number, number] {
  if (count === undefined) return [0, 30]
  const c = BigInt(Math.round(count * 100))
  const d = BigInt(Math.max(years, 1) * 100)
  const B: [bigint, number, number][] = [
    [5n, 25, 30],
    [4n, 19, 24],
    [3n, 13, 18],
    [2n, 7, 12],
  ]
  for (const [k, lo, hi] of B) if (c >= k * d) return [lo, hi]
  return c > 0n ? [1, 6] : [0, 0]
}

/** item, cap, yes min, partly [min, max] */
const MGMT = [
  ['system', 6, 4, 1, 3],
  ['institution', 6, 4, 1, 3],
  ['transformationIncentives', 4, 3, 1, 2],
  ['talent', 4, 3, 1, 2],
] as const

/** 三（七）3 R&D management (≤ 20): yes → upper half, partly → lower half of each item */
function management(r: Ref): [number, number] {
  let min = 0
  let max = 0
  for (const [k, cap, yesMin, partlyMin, partlyMax] of MGMT) {
    const a = r.p.rdManagement[k]
    if (a === undefined) max += cap
    else if (a === 'yes') [min, max] = [min + yesMin, max + cap]
    else if (a === 'partly') [min, max] = [min + partlyMin, max + partlyMax]
  }
  return [min, max]
}

/** 三（七）4 growth rate n ÷ d (d > 0) in bands ≥35% A, ≥25% B, ≥15% C, ≥5% D, above 0 E */
function growthBand(n: bigint, d: bigint): [number, number] {
  const lo = bandPct(n, d, [35n, 25n, 15n, 5n], [9, 7, 5, 3])
  return lo > 0 ? [lo, lo + 1] : n > 0n ? [1, 2] : [0, 0]
}

function growth(r: Ref, key: 'netAssets' | 'salesRevenue'): [number, number] {
  const v: bigint[] = []
  for (let fy = r.first; fy <= r.last; fy++) {
    const x = yearData(r, fy)?.[key]
    if (x === undefined) return [0, 10]
    v.push(fen(x))
  }
  const [y1, y2, y3] = v
  let n: bigint | undefined
  let d = 1n
  if (v.length >= 3 && y1 !== undefined && y2 !== undefined && y3 !== undefined) {
    if (y2 === 0n) n = undefined
    else if (y1 === 0n) [n, d] = [y3 - y2, y2]
    // ½ (y2/y1 + y3/y2) − 1 = (y2² + y1·y3 − 2·y1·y2) ÷ (2·y1·y2)
    else [n, d] = [y2 * y2 + y1 * y3 - 2n * y1 * y2, 2n * y1 * y2]
  } else if (v.length === 2 && y1 !== undefined && y2 !== undefined && y1 !== 0n) [n, d] = [y2 - y1, y1]
  if (d < 0n) [n, d] = [-n!, -d]
  const points = n === undefined ? ([0, 0] as [number, number]) : growthBand(n, d)
  if (v.length < 3 || v.some((x) => x < 0n)) return [0, points[1]]
  return points
}

export function score(r: Ref, ip: IpRange, years: number): [number, number] {
  const parts = [
    ipScore(r, ip),
    transformations(r.p.transformations, years),
    management(r),
    growth(r, 'netAssets'),
    growth(r, 'salesRevenue'),
  ]
  return [parts.reduce((s, p) => s + p[0], 0), parts.reduce((s, p) => s + p[1], 0)]
}
