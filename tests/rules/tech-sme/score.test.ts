import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { makeContext } from '../../../src/engine/context'
import { evaluateTechSme } from '../../../src/rules/tech-sme/rule'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, goodFirm, lastYear, ZERO_TAX, ZERO_RD } from './fixtures'

const partOf = (id: string, change: (p: FirmProfile) => void) => {
  const part = evaluateTechSme(ctxOf(change)).score.parts.find((x) => x.id === id)
  if (!part) throw new Error(`no part ${id}`)
  return [part.min, part.max]
}

describe('tsme.score.st-staff', () => {
  // 职工总数 100: the share in persons is the percentage; 0.01 person below each band drops a band
  it.each([
    [30, 20],
    [29.99, 16],
    [25, 16],
    [24.99, 12],
    [20, 12],
    [19.99, 8],
    [15, 8],
    [14.99, 4],
    [10, 4],
    [9.99, 0],
    [0, 0],
  ])('%d of 100 staff → %d points', (st, points) => {
    expect(partOf('tsme.score.st-staff', (p) => (p.staff = { total: 100, scienceTech: st }))).toEqual([points, points])
  })

  it('uses the tech-SME counts when given', () => {
    expect(
      partOf(
        'tsme.score.st-staff',
        (p) => (p.staff = { total: 100, scienceTech: 5, totalSme: 50, scienceTechSme: 15 }),
      ),
    ).toEqual([20, 20])
  })

  it('gives 0–20 when a count is missing', () => {
    expect(partOf('tsme.score.st-staff', (p) => (p.staff = { total: 100 }))).toEqual([0, 20])
  })
})

describe('tsme.score.rd', () => {
  // sales 10,000,000.00, costs unanswered: R&D exactly at each band, then one fen below
  const bySales = (rd: number) =>
    partOf('tsme.score.rd', (p) => {
      const y = lastYear(p)
      y.rdTax = { ...ZERO_TAX, items1to5: rd }
      y.costsAndExpenses = 1e12 // costs ratio far below every band: the sales ratio decides
    })
  it.each([
    [600_000, 50],
    [599_999.99, 40],
    [500_000, 40],
    [499_999.99, 30],
    [400_000, 30],
    [399_999.99, 20],
    [300_000, 20],
    [299_999.99, 10],
    [200_000, 10],
    [199_999.99, 0],
  ])('R&D %d on sales 10,000,000 → %d points', (rd, points) => {
    expect(bySales(rd)).toEqual([points, points])
  })

  // costs 1,000,000.00: R&D ÷ costs bands
  const byCosts = (rd: number) =>
    partOf('tsme.score.rd', (p) => {
      const y = lastYear(p)
      y.rdTax = { ...ZERO_TAX, items1to5: rd }
      y.salesRevenue = 1e12
      y.costsAndExpenses = 1_000_000
    })
  it.each([
    [300_000, 50],
    [299_999.99, 40],
    [250_000, 40],
    [249_999.99, 30],
    [200_000, 30],
    [199_999.99, 20],
    [150_000, 20],
    [149_999.99, 10],
    [100_000, 10],
    [99_999.99, 0],
  ])('R&D %d on costs 1,000,000 → %d points', (rd, points) => {
    expect(byCosts(rd)).toEqual([points, points])
  })

  it('takes the better of the two ratios', () => {
    // 3% of sales → 20; 25% of costs → 40
    expect(
      partOf('tsme.score.rd', (p) => {
        const y = lastYear(p)
        y.rdTax = { ...ZERO_TAX, items1to5: 300_000 }
        y.costsAndExpenses = 1_200_000
      }),
    ).toEqual([40, 40])
  })

  it('gives [points, 50] when only one ratio is computable, and 50 when that one is already 50', () => {
    const one = (rd: number) =>
      partOf('tsme.score.rd', (p) => {
        const y = lastYear(p)
        y.rdTax = { ...ZERO_TAX, items1to5: rd }
        delete y.costsAndExpenses
      })
    expect(one(300_000)).toEqual([20, 50])
    expect(one(600_000)).toEqual([50, 50])
  })

  it('gives 0–50 without any R&D figure', () => {
    expect(partOf('tsme.score.rd', (p) => delete lastYear(p).rdTax)).toEqual([0, 50])
  })

  it('uses the super-deduction base after its caps (other costs above 10/90 do not count)', () => {
    // items 540,000 + other 60,000 = 600,000 = 6% → 50; with other 60,000.01 still 6% (capped), never more
    expect(
      partOf('tsme.score.rd', (p) => (lastYear(p).rdTax = { ...ZERO_TAX, items1to5: 540_000, otherRelated: 100_000 })),
    ).toEqual([50, 50])
    expect(
      partOf('tsme.score.rd', (p) => (lastYear(p).rdTax = { ...ZERO_TAX, items1to5: 530_000, otherRelated: 100_000 })),
    ).toEqual([40, 40])
  })

  it('falls back to HNTE R&D with a notice when rdTax is absent', () => {
    const ctx = ctxOf((p) => {
      const y = lastYear(p)
      delete y.rdTax
      // 500,000 + 80% × 100,000 = 580,000; other 20,000 ≤ 25% of it → 600,000 = 6% of sales
      y.rd = { ...ZERO_RD, inHouse: 500_000, entrustedDomestic: 100_000, other: 20_000 }
    })
    const result = evaluateTechSme(ctx)
    expect(result.score.parts.find((x) => x.id === 'tsme.score.rd')).toMatchObject({ min: 50, max: 50 })
    expect(ctx.notices.map((n) => n.id)).toContain('tsme.rd-from-hnte')
  })

  it('caps HNTE other costs at 25% of the rest in the fallback', () => {
    // rest 480,000 → other cap 120,000: 600,000 = 6%; one fen less of rest → below 6%
    const rd = (inHouse: number) =>
      partOf('tsme.score.rd', (p) => {
        const y = lastYear(p)
        delete y.rdTax
        y.rd = { ...ZERO_RD, inHouse, other: 500_000 }
      })
    expect(rd(480_000)).toEqual([50, 50])
    expect(rd(479_999.99)).toEqual([40, 40])
  })

  it('scores 0 on a zero denominator and lets the other ratio decide', () => {
    expect(
      partOf('tsme.score.rd', (p) => {
        const y = lastYear(p)
        y.salesRevenue = 0
        y.costsAndExpenses = 2_000_000 // 600,000 ÷ 2,000,000 = 30% → 50
      }),
    ).toEqual([50, 50])
  })

  it('is exact at every sales band for random amounts (fast-check)', () => {
    const bands: [number, number, number][] = [
      [6, 50, 40],
      [5, 40, 30],
      [4, 30, 20],
      [3, 20, 10],
      [2, 10, 0],
    ]
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...bands), (k, [pct, at, below]) => {
        // sales = 100k fen, R&D = pct × k fen: exactly pct% of sales
        const score = (rdFen: number) => {
          const p = goodFirm()
          const y = lastYear(p)
          y.salesRevenue = k
          y.costsAndExpenses = 1e13
          y.rdTax = { ...ZERO_TAX, items1to5: rdFen / 100 }
          return evaluateTechSme(makeContext(p)).score.parts.find((x) => x.id === 'tsme.score.rd')?.min
        }
        expect(score(pct * k)).toBe(at)
        expect(score(pct * k - 1)).toBe(below)
      }),
    )
  })
})

describe('tsme.score.ip', () => {
  it.each([
    [1, 0, 30],
    [2, 7, 30],
    [0, 5, 24],
    [0, 4, 24],
    [0, 3, 18],
    [0, 2, 12],
    [0, 1, 6],
    [0, 0, 0],
  ])('%d Class I and %d Class II → %d points', (classI, classII, points) => {
    expect(partOf('tsme.score.ip', (p) => (p.ip = { classI, classII }))).toEqual([points, points])
  })

  it('counts Class II already used for HNTE (nothing is consumed here)', () => {
    expect(partOf('tsme.score.ip', (p) => (p.ip = { classI: 0, classII: 4, classIIUsedBefore: 4 }))).toEqual([24, 24])
  })

  it.each([
    [{ classI: 0 }, [0, 24]],
    [{ classII: 2 }, [12, 30]],
    [{}, [0, 30]],
  ])('gives a range when IP is partly answered: %o', (ip, range) => {
    expect(partOf('tsme.score.ip', (p) => (p.ip = ip))).toEqual(range)
  })
})
