import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { superDeductionBase } from '../../../src/rules/rd-super-deduction/base'
import { fen } from '../../../src/engine/money'
import { cmp, mul, q, type Q } from '../../../src/engine/rational'

const yuan = (x: Q): number => Number(x.n) / Number(x.d) / 100
const base = (rdTax: Parameters<typeof superDeductionBase>[0], date = '2025-12-31') => {
  const b = superDeductionBase(rdTax, date)
  if (!b) throw new Error('expected a base')
  return b
}

describe('superDeductionBase', () => {
  it('is undefined without rdTax', () => {
    expect(superDeductionBase(undefined, '2025-12-31')).toBeUndefined()
  })

  it('counts absent sub-amounts as 0', () => {
    expect(yuan(base({}).base)).toBe(0)
    expect(yuan(base({ items1to5: 100 }).base)).toBe(100)
  })

  it.each([
    // items1to5, otherRelated, allowed other (limit = items × 10% ÷ 90%)
    [900_000, 100_000, 100_000],
    [900_000, 100_000.01, 100_000],
    [900_000, 99_999.99, 99_999.99],
    [0, 5_000, 0],
  ])('allows other costs up to items × 10/90: items %d, other %d → %d', (items1to5, otherRelated, allowed) => {
    const b = base({ items1to5, otherRelated })
    expect(yuan(b.allowedOther)).toBe(allowed)
    expect(yuan(b.base)).toBe(items1to5 + allowed)
  })

  it('keeps a non-round other-cost limit exact (items 100 → limit 100/9 yuan)', () => {
    const b = base({ items1to5: 100, otherRelated: 50 })
    expect(cmp(b.otherLimit, q(10_000n, 9n))).toBe(0)
  })

  it('counts domestic commissioned R&D at 80%', () => {
    expect(yuan(base({ entrustedDomestic: 1_000 }).domesticQualifying)).toBe(800)
  })

  it.each([
    // domestic qualifying 900,000 → cap 600,000; 80% of 750,000 = 600,000 (amounts in fen)
    [750_000, q(60_000_000n)],
    [750_000.01, q(60_000_000n)],
    [749_999.99, q(74_999_999n * 4n, 5n)],
  ])('caps overseas commissioned R&D at 2/3 of domestic qualifying: overseas %d', (entrustedOverseas, countedFen) => {
    const b = base({ items1to5: 900_000, entrustedOverseas })
    expect(cmp(b.overseasCounted, countedFen)).toBe(0)
  })

  it('computes the cap on domestic qualifying R&D including allowed other and 80% domestic commissioned', () => {
    // D = 900,000 + 100,000 + 80% × 500,000 = 1,400,000; cap 2/3 D = 933,333.33…
    const b = base({
      items1to5: 900_000,
      otherRelated: 200_000,
      entrustedDomestic: 500_000,
      entrustedOverseas: 2_000_000,
    })
    expect(yuan(b.domesticQualifying)).toBe(1_400_000)
    expect(cmp(b.overseasCounted, q(fen(1_400_000).n * 2n, 3n))).toBe(0)
  })

  it('counts no overseas commissioned R&D before 财税〔2018〕64号 (2017)', () => {
    expect(yuan(base({ items1to5: 900_000, entrustedOverseas: 100_000 }, '2017-12-31').overseasCounted)).toBe(0)
    expect(yuan(base({ items1to5: 900_000, entrustedOverseas: 100_000 }, '2018-01-01').overseasCounted)).toBe(80_000)
  })

  it('is undefined before 财税〔2015〕119号 took effect', () => {
    expect(superDeductionBase({ items1to5: 1 }, '2015-12-31')).toBeUndefined()
  })

  it('keeps both caps exact for random amounts', () => {
    const money = fc.integer({ min: 0, max: 10_000_000_000 }).map((f) => f / 100)
    fc.assert(
      fc.property(money, money, money, money, (items1to5, otherRelated, entrustedDomestic, entrustedOverseas) => {
        const b = base({ items1to5, otherRelated, entrustedDomestic, entrustedOverseas })
        // other ≤ items/9 and overseas ≤ 2/3 domestic, each reached exactly when the actual amount exceeds it
        expect(cmp(mul(b.allowedOther, q(9)), fen(items1to5))).toBeLessThanOrEqual(0)
        expect(cmp(mul(b.overseasCounted, q(3)), mul(b.domesticQualifying, q(2)))).toBeLessThanOrEqual(0)
        const otherCapped = cmp(mul(fen(otherRelated), q(9)), fen(items1to5)) > 0
        expect(cmp(b.allowedOther, otherCapped ? b.otherLimit : fen(otherRelated))).toBe(0)
      }),
    )
  })
})
