import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { check, profile, years, ZERO_RD } from './helpers'
import { hnteRdOfYear } from '../../../src/rules/hnte/rule'
import { q, type Q } from '../../../src/engine/rational'
import type { RdHnte } from '../../../src/profile/types'

const yuan = (n: number): Q => q(BigInt(Math.round(n * 100)))
/** the sub-amounts a case leaves out are answered 0; an empty object stays unanswered */
const filled = (rd: RdHnte): RdHnte => (Object.keys(rd).length > 0 ? { ...ZERO_RD, ...rd } : rd)
const rdOf = (rd: RdHnte | undefined) => hnteRdOfYear({ year: 2025, ...(rd ? { rd: filled(rd) } : {}) }, '2026-11-26')

describe('hnteRdOfYear', () => {
  it.each([
    // [rd, total yuan, domestic yuan]
    [{ inHouse: 100 }, 100, 100],
    [{ entrustedDomestic: 100 }, 80, 80], // 80% of commissioned R&D
    [{ inHouse: 100, entrustedDomestic: 100, entrustedOverseas: 50 }, 220, 180],
    [{ inHouse: 80, other: 20 }, 100, 100], // other exactly 20% of the total: all counted
    [{ inHouse: 80, other: 20.01 }, 100, 100], // one fen over: capped at 25% of the rest
    [{ inHouse: 60, entrustedDomestic: 25, other: 20 }, 100, 100], // the cap base includes 80% of commissioned R&D
    [{ inHouse: 100, inHouseAbroad: 30 }, 100, 70],
    [{ inHouse: 100, inHouseAbroad: 200 }, 100, 0], // spending abroad capped: domestic never negative
    [{ inHouse: 80, other: 30, inHouseAbroad: 110 }, 100, 0], // abroad counted against inHouse + allowed other
    [{ inHouse: 0 }, 0, 0],
  ])('%o → total %d, domestic %d', (rd, total, domestic) => {
    expect(rdOf(rd)).toMatchObject({ total: yuan(total), domestic: yuan(domestic), missing: [] })
  })

  it('keeps 80% of a fen exact', () => {
    expect(rdOf({ entrustedDomestic: 0.01 })?.total).toEqual(q(4n, 5n))
  })

  it('is undefined when the year has no R&D number', () => {
    expect([rdOf(undefined), rdOf({})]).toEqual([undefined, undefined])
  })
})

describe('the 2016 rules, not the stale 2008 ones', () => {
  it('does not cap other costs at 10%: other at 20% of the total counts in full', () => {
    expect(rdOf({ inHouse: 80, other: 20 })?.total).toEqual(yuan(100))
  })

  it('does not ask small firms for 6%: exactly 5% of sales passes', () => {
    const p = profile(
      (p) => (p.years = years(...[1, 2, 3].map(() => ({ salesRevenue: 1_000_000, rd: { inHouse: 50_000 } })))),
    )
    expect(check(p, 'hnte.rd-intensity')).toMatchObject({ status: 'pass', threshold: 0.05, value: 0.05 })
  })
})

/** three years of sales with all R&D in the last year */
function intensity(sales: [number, number, number], rdLast: number, rdEarlier = 0) {
  return check(
    profile((p) => {
      p.years = years(
        { salesRevenue: sales[0], rd: { inHouse: rdEarlier } },
        { salesRevenue: sales[1], rd: { inHouse: 0 } },
        { salesRevenue: sales[2], rd: { inHouse: rdLast } },
      )
    }),
    'hnte.rd-intensity',
  )
}

describe('hnte.rd-intensity', () => {
  it.each([
    // [sales per year, R&D in the last year, status, threshold, gap]
    [[1e7, 1e7, 1e7], 1_500_000, 'pass', 0.05, undefined],
    [[1e7, 1e7, 1e7], 1_499_999.99, 'fail', 0.05, 0.01],
    [[1e7, 1e7, 1e7], 1_000_000, 'fail', 0.05, 500_000],
    [[0, 0, 5e7], 2_500_000, 'pass', 0.05, undefined], // exactly 5,000万 → 5%
    [[0, 0, 5e7], 2_499_999.99, 'fail', 0.05, 0.01],
    [[0, 0, 50_000_000.01], 2_000_000.01, 'pass', 0.04, undefined], // 5,000万 + 0.01 → 4%
    [[0, 0, 50_000_000.01], 2_000_000, 'fail', 0.04, 0.01],
    [[0, 0, 2e8], 8_000_000, 'pass', 0.04, undefined], // exactly 2亿 → 4%
    [[0, 0, 2e8], 7_999_999.99, 'fail', 0.04, 0.01],
    [[0, 0, 200_000_000.01], 6_000_000.01, 'pass', 0.03, undefined], // above 2亿 → 3%
    [[0, 0, 200_000_000.01], 6_000_000, 'fail', 0.03, 0.01],
    [[3e8, 3e8, 1e7], 30_500_000, 'pass', 0.05, undefined], // the band follows the last year only; the ratio the 3-year sums
  ] as const)('sales %o, R&D %d → %s at %d', (sales, rd, status, threshold, gap) => {
    const c = intensity([...sales], rd)
    expect(c).toMatchObject({ status, threshold, unit: 'ratio' })
    expect(c.gap).toBe(gap)
    if (status === 'fail') expect(c.gapUnit).toBe('yuan')
  })

  it('sums R&D over the years, not just the last', () => {
    expect(intensity([1e7, 1e7, 1e7], 1_000_000, 500_000).status).toBe('pass')
  })

  it('counts commissioned R&D at 80%, so the gap is exact to the fen', () => {
    const c = check(
      profile((p) => {
        p.years = years(
          { salesRevenue: 0, rd: { inHouse: 0 } },
          { salesRevenue: 0, rd: { inHouse: 0 } },
          { salesRevenue: 100, rd: { entrustedDomestic: 6.24 } },
        )
      }),
      'hnte.rd-intensity',
    )
    // 80% × 6.24 = 4.992 < 5: 0.008 short, rounded up to one fen
    expect(c).toMatchObject({ status: 'fail', gap: 0.01 })
  })

  it('is unknown when a year lacks sales or R&D, naming each missing path', () => {
    const c = check(
      profile((p) => (p.years = years({ salesRevenue: 1 }, { rd: { inHouse: 1 } }, { salesRevenue: 1, rd: {} }))),
      'hnte.rd-intensity',
    )
    expect(c.status).toBe('unknown')
    expect(c.fields).toEqual(['years.2023.rd.inHouse', 'years.2024.salesRevenue', 'years.2025.rd.inHouse'])
  })

  it('is unknown when a year of the window is absent from the profile', () => {
    const p = profile((p) => (p.years = [{ year: 2025, salesRevenue: 100, rd: { ...ZERO_RD, inHouse: 10 } }]))
    expect(check(p, 'hnte.rd-intensity').fields).toEqual([
      'years.2023.salesRevenue',
      'years.2023.rd.inHouse',
      'years.2024.salesRevenue',
      'years.2024.rd.inHouse',
    ])
  })

  it('uses the actual operating period of a young firm', () => {
    const p = profile((p) => {
      p.company.registeredOn = '2024-06-01'
      p.years = [
        { year: 2023, salesRevenue: 1e9 }, // before registration: not in the window
        { year: 2024, salesRevenue: 100, rd: { inHouse: 5 } },
        { year: 2025, salesRevenue: 100, rd: { inHouse: 5 } },
      ]
    })
    expect(check(p, 'hnte.rd-intensity')).toMatchObject({ status: 'pass', value: 0.05 })
  })

  it('is unknown with a note when no fiscal year precedes the application', () => {
    const c = check(
      profile((p) => (p.company.registeredOn = '2026-02-01')),
      'hnte.rd-intensity',
    )
    expect(c).toMatchObject({ status: 'unknown', note: { key: 'hnte.note.no-fiscal-years' } })
  })

  it('is unknown with a note when sales total 0 but R&D does not', () => {
    expect(intensity([0, 0, 0], 10)).toMatchObject({ status: 'unknown', note: { key: 'hnte.note.zero-sales' } })
  })

  it('fails when sales and R&D are both 0', () => {
    expect(intensity([0, 0, 0], 0)).toMatchObject({ status: 'fail', note: { key: 'hnte.note.no-rd' } })
  })

  it('states value and threshold as fractions and explains a fail in words', () => {
    const c = intensity([1e7, 1e7, 1e7], 1_200_000)
    expect(c.value).toBeCloseTo(0.04, 12)
    expect(c.note).toMatchObject({ key: 'hnte.check.rd-intensity.fail', params: { gap: 300_000 } })
    expect(c.note?.text).toContain('30.00 万元')
  })
})

/** the test's own reading of the band table, in fen */
const bandPct = (lastFen: bigint): bigint => (lastFen <= 5_000_000_000n ? 5n : lastFen <= 20_000_000_000n ? 4n : 3n)
const salesFen = fc.oneof(
  fc.bigInt({ min: 1n, max: 60_000_000_000n }),
  fc.constantFrom(5_000_000_000n, 5_000_000_001n, 20_000_000_000n, 20_000_000_001n),
)

describe('hnte.rd-intensity (properties)', () => {
  it('passes at ceil(t × Σ sales) to the fen and fails one fen below, with a one-fen gap', () => {
    fc.assert(
      fc.property(fc.tuple(salesFen, salesFen, salesFen), ([a, b, c]) => {
        const needed = (bandPct(c) * (a + b + c) + 99n) / 100n
        const sales = [a, b, c].map((x) => Number(x) / 100) as [number, number, number]
        expect(intensity(sales, Number(needed) / 100).status).toBe('pass')
        const short = intensity(sales, Number(needed - 1n) / 100)
        expect(short).toMatchObject({ status: 'fail', gap: 0.01 })
      }),
    )
  })

  it('adding exactly the gap makes it pass, one fen less still fails', () => {
    fc.assert(
      fc.property(
        fc.tuple(salesFen, salesFen, salesFen),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        ([a, b, c], f) => {
          const sales = [a, b, c].map((x) => Number(x) / 100) as [number, number, number]
          const needed = (bandPct(c) * (a + b + c) + 99n) / 100n
          const rd = BigInt(Math.floor(Number(needed) * f))
          const first = intensity(sales, Number(rd) / 100)
          fc.pre(first.status === 'fail')
          const gapFen = BigInt(Math.round((first.gap ?? 0) * 100))
          expect(intensity(sales, Number(rd + gapFen) / 100).status).toBe('pass')
          expect(intensity(sales, Number(rd + gapFen - 1n) / 100).status).toBe('fail')
        },
      ),
    )
  })
})

/** one year of R&D split between China and abroad */
function domestic(rd: RdHnte, otherYears: RdHnte = { inHouse: 0 }) {
  return check(
    profile((p) => (p.years = years({ rd: otherYears }, { rd: otherYears }, { rd }))),
    'hnte.rd-domestic-share',
  )
}

describe('hnte.rd-domestic-share', () => {
  it.each([
    // [rd, status, gap]
    [{ inHouse: 100, inHouseAbroad: 40 }, 'pass', undefined],
    [{ inHouse: 100, inHouseAbroad: 40.01 }, 'fail', 0.01],
    [{ inHouse: 100, inHouseAbroad: 100 }, 'fail', 60],
    [{ inHouse: 60, entrustedOverseas: 50 }, 'pass', undefined], // 80% of 50 = 40 abroad of 100
    [{ inHouse: 59.99, entrustedOverseas: 50 }, 'fail', 0.01], // 59.99 of 99.99: 0.006 short → one fen
    [{ inHouse: 50, entrustedDomestic: 12.5, entrustedOverseas: 50 }, 'pass', undefined],
  ] as const)('%o → %s', (rd, status, gap) => {
    const c = domestic(rd)
    expect(c).toMatchObject({ status, threshold: 0.6 })
    expect(c.gap).toBe(gap)
  })

  it('sums over the years', () => {
    expect(domestic({ inHouse: 100, inHouseAbroad: 100 }, { inHouse: 100 }).status).toBe('pass')
  })

  it('passes vacuously, with a note, when there is no R&D at all', () => {
    expect(domestic({ inHouse: 0 })).toMatchObject({ status: 'pass', note: { key: 'hnte.note.domestic-vacuous' } })
  })

  it('does not need sales', () => {
    expect(domestic({ inHouse: 1 }).status).toBe('pass')
  })

  it('a pass that counts a blank in-house-abroad amount as 0 says so, naming the years', () => {
    // 2023 and 2024: 100 in-house, abroad answered 0; 2025: 100 in-house, abroad blank → 300 of 300 in China ≥ 60%
    const c = domestic({ inHouse: 100 }, { inHouse: 100, inHouseAbroad: 0 })
    expect(c.status).toBe('pass')
    expect(c.note).toMatchObject({ key: 'hnte.note.domestic-abroad-blank', params: { years: '2025' } })
    // every year answered: nothing assumed, no note
    expect(domestic({ inHouse: 100, inHouseAbroad: 0 }, { inHouse: 100, inHouseAbroad: 0 }).note).toBeUndefined()
    // a blank year with no own spending has nothing that could be abroad (the default others: in-house 0)
    expect(domestic({ inHouse: 100, inHouseAbroad: 0 }).note).toBeUndefined()
  })

  it('is unknown when a year has no R&D answer', () => {
    const c = check(
      profile((p) => (p.years = years({ rd: { inHouse: 1 } }, {}, { rd: { inHouse: 1 } }))),
      'hnte.rd-domestic-share',
    )
    expect(c).toMatchObject({ status: 'unknown', fields: ['years.2024.rd.inHouse'] })
  })

  it('moving exactly the gap into China makes it pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e10 }), fc.double({ min: 0, max: 1, noNaN: true }), (inFen, f) => {
        const abroadFen = Math.floor(inFen * f) // spending abroad is part of in-house spending
        const c = domestic({ inHouse: inFen / 100, inHouseAbroad: abroadFen / 100 })
        fc.pre(c.status === 'fail')
        const moved = Math.round((c.gap ?? 0) * 100)
        expect(domestic({ inHouse: inFen / 100, inHouseAbroad: (abroadFen - moved) / 100 }).status).toBe('pass')
        expect(domestic({ inHouse: inFen / 100, inHouseAbroad: (abroadFen - moved + 1) / 100 }).status).toBe('fail')
      }),
    )
  })
})

// issue #8 §3: an absent amount is "not answered", never 0. A blank 2023 委托境外研发 used to give "境内 100% ✓".
describe('a blank overseas amount (issue #8 §3)', () => {
  // sales 1,000万 each year; in-house R&D 60万 each year, every other category answered 0 except 2023 overseas
  const firm = (overseas2023: number | undefined) =>
    profile((p) => {
      p.years = years(...[0, 1, 2].map(() => ({ salesRevenue: 10_000_000, rd: { inHouse: 600_000 } })))
      const rd = p.years[0]!.rd!
      if (overseas2023 === undefined) delete rd.entrustedOverseas
      else rd.entrustedOverseas = overseas2023
    })

  it('leaves the domestic share unknown, naming the question, instead of 100% ✓', () => {
    const c = check(firm(undefined), 'hnte.rd-domestic-share')
    expect(c.status).toBe('unknown')
    expect(c.fields).toEqual(['years.2023.rd.entrustedOverseas'])
    expect(c.value).toBeUndefined()
  })

  it('fails once the real amount is entered: 180万 ÷ (180万 + 80% × 200万) = 52.94% < 60%', () => {
    // total = 3 × 60万 + 0.8 × 200万 = 340万; domestic = 180万; 60% × 340万 = 204万 → 24万 short
    expect(check(firm(2_000_000), 'hnte.rd-domestic-share')).toMatchObject({ status: 'fail', gap: 240_000 })
  })

  it('still decides R&D intensity, which more R&D can only help: ≥ 180万 ÷ 3,000万 = 6% ≥ 5%, "at least"', () => {
    expect(check(firm(undefined), 'hnte.rd-intensity')).toMatchObject({
      status: 'pass',
      value: 0.06,
      bound: 'at-least',
    })
  })

  it('does not pass intensity on a partial sum that falls short: unknown, naming the blank amount', () => {
    // in-house 40万 a year: answered 120万 ÷ 3,000万 = 4% < 5%; the blank overseas amount could close the gap
    const p = firm(undefined)
    for (const y of p.years) y.rd!.inHouse = 400_000
    const c = check(p, 'hnte.rd-intensity')
    expect(c).toMatchObject({ status: 'unknown', value: 0.04, bound: 'at-least' })
    expect(c.fields).toEqual(['years.2023.rd.entrustedOverseas'])
  })
})
