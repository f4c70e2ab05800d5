import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  exceeding,
  lessThan,
  notExceeding,
  notLessThan,
  ratioExceeding,
  ratioNotLessThan,
} from '../../src/engine/compare'
import { fen } from '../../src/engine/money'
import { add, q } from '../../src/engine/rational'

describe('comparisons named after the law', () => {
  const limit = fen(3_000_000)
  const oneFen = q(1)
  it.each([
    ['不低于 / 以上 includes the number', notLessThan, [true, true, false]],
    ['不超过 / 以下 includes the number', notExceeding, [true, false, true]],
    ['超过 excludes the number', exceeding, [false, true, false]],
    ['不满 / 低于 excludes the number', lessThan, [false, false, true]],
  ] as const)('%s', (_, f, [at, above, below]) => {
    expect(f(limit, limit)).toBe(at)
    expect(f(add(limit, oneFen), limit)).toBe(above)
    expect(f(add(limit, q(-1)), limit)).toBe(below)
  })

  it('a ratio exactly at the threshold is 不低于 but not 超过; one fen short is neither', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (salesYuan) => {
        const sales = fen(salesYuan)
        const rd = fen(salesYuan * 0.05) // salesYuan × 5 fen is an integer number of fen
        expect(ratioNotLessThan(rd, sales, q(5, 100))).toBe(true)
        expect(ratioExceeding(rd, sales, q(5, 100))).toBe(false)
        expect(ratioNotLessThan(add(rd, q(-1)), sales, q(5, 100))).toBe(false)
      }),
    )
  })
})
