// Amounts in words for the checklist: 万元 with two decimals, percentage points, whole persons.
import { fen } from '../../engine/money'
import { ceil, floor, mul, q, add, type Q } from '../../engine/rational'

/** 1 万元 = 10,000 yuan = 1,000,000 fen; 0.01 万元 = 10,000 fen */
const HUNDREDTH_WAN_IN_FEN = q(10_000)

function twoDecimals(units: bigint): string {
  const neg = units < 0n
  const a = neg ? -units : units
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`
}

const inHundredthsOfWan = (yuan: number): Q => mul(fen(yuan), q(1n, HUNDREDTH_WAN_IN_FEN.n))

/** a shortfall in 万元, rounded up to 0.01 万元 so that closing the stated gap is always enough */
export const wanUp = (yuan: number): string => twoDecimals(ceil(inHundredthsOfWan(yuan)))

/** an estimate in 万元, rounded half-up to 0.01 万元 */
export const wanHalf = (yuan: number): string => twoDecimals(floor(add(inHundredthsOfWan(yuan), q(1n, 2n))))

/** a ratio gap (fraction) in percentage points, rounded up to 0.01 point */
export const pointsUp = (fraction: number): string =>
  twoDecimals(BigInt(Math.ceil(Number((fraction * 10_000).toFixed(6)))))
