import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fen, persons, ratioOut, toYuan, wan } from '../../src/engine/money'
import { cmp, mul, q } from '../../src/engine/rational'

describe('money', () => {
  it.each([
    [0.07, 7n],
    [1.15, 115n],
    [1234567.89, 123456789n],
    [0, 0n],
  ])('fen(%d) is exactly %d fen despite binary floating point', (yuan, f) => {
    expect(fen(yuan)).toEqual({ n: f, d: 1n })
  })

  it('rounds half up to the fen on output', () => {
    expect(toYuan(q(5, 2))).toBe(0.03) // 2.5 fen
    expect(toYuan(q(249, 100))).toBe(0.02) // 2.49 fen
    expect(toYuan(mul(fen(333.33), q(8, 10)))).toBe(266.66) // 26,666.4 fen
  })

  it('wan(n) is n × 10,000 yuan', () => {
    expect(cmp(wan(5000), fen(50_000_000))).toBe(0)
  })

  it('persons keeps hundredths of a person exactly', () => {
    expect(cmp(persons(10.01), q(1001, 100))).toBe(0)
  })

  it('ratioOut gives the fraction for display', () => {
    expect(ratioOut(fen(5), fen(100))).toBe(0.05)
  })

  it('round-trips every amount with at most two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000 }), (cents) => {
        const yuan = cents / 100
        expect(fen(yuan)).toEqual(q(cents))
        expect(toYuan(fen(yuan))).toBe(yuan)
      }),
    )
  })
})
