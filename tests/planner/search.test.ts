import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { smallestAmount } from '../../src/planner/search'

const never = () => false

describe('smallestAmount', () => {
  it('finds the threshold of a monotone predicate, with or without a hint (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.option(fc.bigInt({ min: 1n, max: 10n ** 12n }), { nil: undefined }),
        fc.boolean(),
        (t, hint, probeHigh) => {
          const spec = { low: 0n, high: 10n ** 12n, firstStep: 100n, probeHigh, ...(hint ? { hint } : {}) }
          expect(smallestAmount(spec, (x) => x >= t, never)).toEqual({ amount: t, minimal: true })
        },
      ),
    )
  })

  it('settles an exact hint with two evaluations', () => {
    let calls = 0
    const ok = (x: bigint) => (calls++, x >= 266_000_00n)
    const spec = { low: 0n, high: 10n ** 12n, firstStep: 1n, probeHigh: false, hint: 266_000_00n }
    expect(smallestAmount(spec, ok, never)?.amount).toBe(266_000_00n)
    expect(calls).toBe(2)
  })

  it('reports nothing when even the bound does not work', () => {
    expect(smallestAmount({ low: 0n, high: 50n, firstStep: 1n, probeHigh: false }, () => false, never)).toBeUndefined()
  })

  it('says the amount is not proven smallest when the budget runs out', () => {
    let n = 0
    const r = smallestAmount(
      { low: 0n, high: 1n << 40n, firstStep: 1n, probeHigh: true },
      (x) => x >= 12345n,
      () => ++n > 5,
    )
    expect(r?.minimal).toBe(false)
    expect(r!.amount >= 12345n).toBe(true)
  })
})
