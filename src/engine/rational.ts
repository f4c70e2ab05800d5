// Exact rational arithmetic on BigInt. Every amount the engine derives (80% of commissioned R&D,
// a 10/90 cap, a 3-year ratio) stays exact until it is shown; thresholds compare by cross-multiplication.

export interface Q {
  readonly n: bigint
  /** always > 0 */
  readonly d: bigint
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a
  let y = b
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/** gcd of two safe integers, as numbers: no BigInt is allocated */
function gcdNum(a: number, b: number): number {
  let x = Math.abs(a)
  let y = b
  while (y !== 0) {
    const r = x % y
    x = y
    y = r
  }
  return x
}

export function q(n: bigint | number, d: bigint | number = 1n): Q {
  // fast path (issue #11): safe-integer numbers (fen, hundredths of a person) reduce as numbers, exactly
  if (typeof n === 'number' && Number.isSafeInteger(n)) {
    if (d === 1n || d === 1) return { n: BigInt(n), d: 1n }
    if (typeof d === 'number' && Number.isSafeInteger(d) && d > 0) {
      const g = gcdNum(n, d)
      return { n: BigInt(n / g), d: BigInt(d / g) }
    }
  }
  let nn = BigInt(n)
  let dd = BigInt(d)
  if (dd === 1n) return { n: nn, d: 1n }
  if (dd === 0n) throw new RangeError('zero denominator')
  if (dd < 0n) {
    nn = -nn
    dd = -dd
  }
  const g = gcd(nn, dd)
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd }
}

export const ZERO: Q = { n: 0n, d: 1n }

/** denominators stay unreduced (a gcd costs more than the arithmetic) until they grow past this */
const REDUCE_ABOVE = 1n << 64n

/** the result of arithmetic: d > 0 already; reduced only when it grows large */
function made(n: bigint, d: bigint): Q {
  return d > REDUCE_ABOVE ? q(n, d) : { n, d }
}

export const add = (a: Q, b: Q): Q => (a.d === b.d ? made(a.n + b.n, a.d) : made(a.n * b.d + b.n * a.d, a.d * b.d))
export const sub = (a: Q, b: Q): Q => (a.d === b.d ? made(a.n - b.n, a.d) : made(a.n * b.d - b.n * a.d, a.d * b.d))
export const mul = (a: Q, b: Q): Q => made(a.n * b.n, a.d * b.d)
export const div = (a: Q, b: Q): Q => {
  if (b.n === 0n) throw new RangeError('division by zero')
  return b.n < 0n ? made(-a.n * b.d, a.d * -b.n) : made(a.n * b.d, a.d * b.n)
}
export const sum = (xs: readonly Q[]): Q => xs.reduce(add, ZERO)

/** -1, 0 or 1, exactly */
export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0
  const l = a.n * b.d
  const r = b.n * a.d
  return l < r ? -1 : l > r ? 1 : 0
}
export const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b)
export const max = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b)
export const isZero = (a: Q): boolean => a.n === 0n
export const isNegative = (a: Q): boolean => a.n < 0n

/** smallest integer ≥ a */
export function ceil(a: Q): bigint {
  const f = a.n / a.d
  return a.n > 0n && f * a.d !== a.n ? f + 1n : f
}

/** largest integer ≤ a */
export function floor(a: Q): bigint {
  const f = a.n / a.d
  return a.n < 0n && f * a.d !== a.n ? f - 1n : f
}

/** the nearest integer to a, halves away from −∞ (half-up): 5/2 → 3, −5/2 → −2 */
export function roundHalfUp(a: Q): bigint {
  if (a.d === 1n) return a.n
  // floor(a + ½) = floor((2n + d) / 2d)
  return floor({ n: 2n * a.n + a.d, d: 2n * a.d })
}

/** For display only: never compare the result. */
export function toNumber(a: Q): number {
  return Number(a.n) / Number(a.d)
}

/** a ÷ b compared with the fraction t, exactly: a/b ≥ t ⇔ a·t.d ≥ t.n·b (b > 0) */
export function ratioCmp(a: Q, b: Q, t: Q): -1 | 0 | 1 {
  // (a.n/a.d)·t.d vs (b.n/b.d)·t.n, both sides times a.d·b.d > 0
  const l = a.n * t.d * b.d
  const r = b.n * t.n * a.d
  return l < r ? -1 : l > r ? 1 : 0
}
