import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  add,
  ceil,
  cmp,
  div,
  floor,
  mul,
  q,
  ratioCmp,
  roundHalfUp,
  sub,
  sum,
  toNumber,
} from '../../src/engine/rational'

const rat = fc
  .tuple(fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }), fc.bigInt({ min: 1n, max: 1_000_000n }))
  .map(([n, d]) => q(n, d))

describe('rational Q', () => {
  it('normalises sign and common factors', () => {
    expect(q(6, -4)).toEqual({ n: -3n, d: 2n })
    expect(q(0, 5)).toEqual({ n: 0n, d: 1n })
    expect(() => q(1, 0)).toThrow(RangeError)
  })

  it('compares as numbers in tests whatever the unreduced form (tests/setup.ts)', () => {
    expect(mul(q(2), q(4, 10))).toEqual(q(4, 5))
    expect(mul(q(2), q(4, 10))).not.toEqual(q(3, 4))
  })

  it('reduces a denominator once it grows past 2^64, keeping the value', () => {
    let x = q(1, 3)
    let largest = 0n
    for (let i = 0; i < 60; i++) {
      x = mul(mul(x, q(3, 2)), q(2, 3)) // ×1, written so that the denominator grows unreduced
      if (x.d > largest) largest = x.d
    }
    expect(largest > 1n << 32n).toBe(true)
    expect(largest <= (1n << 64n) * 6n).toBe(true)
    expect(cmp(x, q(1, 3))).toBe(0)
  })

  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(cmp(add(q(1, 10), q(2, 10)), q(3, 10))).toBe(0)
  })

  it.each([
    [q(7, 2), 4n, 3n],
    [q(-7, 2), -3n, -4n],
    [q(4), 4n, 4n],
    [q(-4), -4n, -4n],
  ])('ceil and floor of %o', (a, c, f) => {
    expect(ceil(a)).toBe(c)
    expect(floor(a)).toBe(f)
  })

  it('ratioCmp compares a ratio with a fraction exactly at the boundary', () => {
    // 5,000,000 fen of R&D on 100,000,000 fen of sales is exactly 5%
    expect(ratioCmp(q(5_000_000), q(100_000_000), q(5, 100))).toBe(0)
    expect(ratioCmp(q(4_999_999), q(100_000_000), q(5, 100))).toBe(-1)
  })

  it('obeys the field laws for random values', () => {
    fc.assert(
      fc.property(rat, rat, rat, (a, b, c) => {
        expect(cmp(add(a, b), add(b, a))).toBe(0)
        expect(cmp(sub(add(a, b), b), a)).toBe(0)
        expect(cmp(mul(a, add(b, c)), add(mul(a, b), mul(a, c)))).toBe(0)
        if (b.n !== 0n) expect(cmp(mul(div(a, b), b), a)).toBe(0)
        expect(cmp(sum([a, b, c]), add(add(a, b), c))).toBe(0)
        expect(floor(a) <= ceil(a)).toBe(true)
        expect(Math.sign(toNumber(sub(a, b)))).toBe(cmp(a, b) === 0 ? 0 : cmp(a, b))
      }),
    )
  })
})

describe('the fast paths (issue #11) give what the general definitions give', () => {
  const int = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })
  const den = fc.integer({ min: 1, max: 10_000_000 })

  it('q() of safe-integer numbers reduces like q() of BigInts', () => {
    fc.assert(
      fc.property(int, den, (n, d) => {
        expect(q(n, d)).toStrictEqual(q(BigInt(n), BigInt(d)))
      }),
    )
    expect(q(-6, 4)).toStrictEqual({ n: -3n, d: 2n })
    expect(q(0, 7)).toStrictEqual({ n: 0n, d: 1n })
    expect(q(12)).toStrictEqual({ n: 12n, d: 1n })
  })

  it('ratioCmp(a, b, t) is cmp(a ÷ b, t), and roundHalfUp(a) is floor(a + ½)', () => {
    fc.assert(
      fc.property(rat, rat, rat, (a, b, t) => {
        if (b.n > 0n) expect(ratioCmp(a, b, t)).toBe(cmp(div(a, b), t))
        expect(roundHalfUp(a)).toBe(floor(add(a, q(1, 2))))
        expect(cmp(sub(a, b), add(a, mul(q(-1), b)))).toBe(0)
      }),
    )
    expect([q(5, 2), q(-5, 2), q(7), q(-1, 3)].map(roundHalfUp)).toEqual([3n, -2n, 7n, 0n])
  })

  it('compares equal denominators without cross-multiplying, exactly at the boundary', () => {
    expect(cmp(q(4_999_999n), q(5_000_000n))).toBe(-1)
    expect(cmp(q(5_000_000n), q(5_000_000n))).toBe(0)
    expect(cmp({ n: 3n, d: 6n }, { n: 1n, d: 2n })).toBe(0)
  })
})
