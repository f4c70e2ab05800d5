import { describe, expect, it } from 'vitest'
import { firstWorkingYear, ownGrowth, project, projectedProfile } from '../../src/planner/projection'
import { firm } from './fixtures'

// R&D 3% of sales in 2023–2025; sales grow 40% a year
const base = () => firm([300_000, 420_000, 588_000])

describe('project', () => {
  it('rolls the three-year window with the application year', () => {
    const rows = project(base(), { salesGrowth: 0.4, rdShare: 0.06 }, 3)
    expect(rows.map((r) => [r.applicationYear, r.assessmentDate, r.fiscalYears, r.projectedYears])).toEqual([
      [2027, '2027-11-26', [2024, 2025, 2026], [2026]],
      [2028, '2028-11-26', [2025, 2026, 2027], [2026, 2027]],
      [2029, '2029-11-26', [2026, 2027, 2028], [2026, 2027, 2028]],
    ])
  })

  it('synthesises years from the last known one: sales grown exactly, R&D = share × sales', () => {
    const p = projectedProfile(base(), { salesGrowth: 0.4, rdShare: 0.06 }, 2028)
    const y = (n: number) => p.years.find((x) => x.year === n)!
    expect(y(2026).salesRevenue).toBe(27_440_000)
    expect(y(2027).salesRevenue).toBe(38_416_000)
    // 27,440,000 × 6% = 1,646,400, all in-house: the other categories are 0 by the assumption, not unanswered
    expect(y(2026).rd).toEqual({ inHouse: 1_646_400, other: 0, entrustedDomestic: 0, entrustedOverseas: 0 })
    expect(y(2027).rdTax).toEqual({ items1to5: 2_304_960, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0 })
    expect(y(2026).netAssets).toBe(27_440_000)
  })

  it('names the first year that works: 2027 falls short (4.35%), 2028 reaches 5.31%', () => {
    // 2027: (42 + 58.8 + 164.64)万 ÷ (1,400 + 1,960 + 2,744)万 = 4.35% < 5%
    // 2028: (58.8 + 164.64 + 230.496)万 ÷ (1,960 + 2,744 + 3,841.6)万 = 5.31%
    const rows = project(base(), { salesGrowth: 0.4, rdShare: 0.06 }, 3)
    expect(rows.map((r) => r.hnte.status)).toEqual(['ineligible', 'eligible', 'eligible'])
    expect(firstWorkingYear(rows, 'hnte')).toBe(2028)
    expect(firstWorkingYear(rows.slice(0, 1), 'hnte')).toBeUndefined()
  })

  it('gives each projected year its deciding reason: 2027 fails on R&D intensity, 2028 holds', () => {
    const rows = project(base(), { salesGrowth: 0.4, rdShare: 0.06 }, 2)
    expect(rows[0]!.hnte).toMatchObject({ check: 'hnte.rd-intensity', reason: { key: 'planner.reason.fail-note' } })
    // 265.44万 ÷ 6,104万 = 4.3486%, shown floored to 4.34% (a shown figure never crosses the threshold)
    expect(rows[0]!.hnte.reason.text).toContain('4.34%')
    expect(rows[1]!.hnte.reason.key).toBe('planner.reason.eligible')
    expect(rows[1]!.hnte.check).toBeUndefined()
  })

  it('grows staff and sets the S&T share when asked', () => {
    const p = projectedProfile(
      base(),
      { salesGrowth: 0, rdShare: 0.05, staffGrowth: 0.1, scienceStaffShare: 0.3 },
      2028,
    )
    expect(p.staff).toEqual({ total: 121, scienceTech: 36.3 })
  })

  it('leaves the firm’s profile untouched', () => {
    const p = base()
    const before = JSON.stringify(p)
    project(p, { salesGrowth: 0.2, rdShare: 0.1, staffGrowth: 0.1 }, 3)
    expect(JSON.stringify(p)).toBe(before)
  })
})

describe('ownGrowth', () => {
  it('starts from the firm’s own last two years: sales 1,400万 → 1,960万 = 40%, R&D 58.8万 ÷ 1,960万 = 3%', () => {
    expect(ownGrowth(base())).toEqual({
      assumptions: { salesGrowth: 0.4, rdShare: 0.03, rdUnanswered: [] },
      salesFrom: [2024, 2025],
      rdFrom: 2025,
    })
  })

  it('assumes nothing it cannot read: no sales for 2024 → growth 0 without a source', () => {
    const p = base()
    delete p.years[1]!.salesRevenue
    const g = ownGrowth(p)
    expect(g.assumptions.salesGrowth).toBe(0)
    expect(g.salesFrom).toBeUndefined()
  })

  it('reads an R&D share from partly answered R&D as a lower bound, floored: 76.4万 ÷ 1,960万 ≥ 3.89%', () => {
    // issue #8 §3: 2025 其他费用 blank; the answered 76.4万 ÷ 1,960万 = 3.8979…% → at least 3.89% (never rounded up)
    const p = firm([500_000, 650_000, 764_000], (f) => delete f.years[2]!.rd!.other)
    expect(ownGrowth(p)).toEqual({
      assumptions: { salesGrowth: 0.4, rdShare: 0.0389, rdUnanswered: ['other'] },
      salesFrom: [2024, 2025],
      rdFrom: 2025,
      rdAtLeast: ['other'],
    })
  })

  it('reads no R&D share when last year’s R&D is not answered: projected R&D stays unanswered', () => {
    const p = firm(undefined, (f) => delete f.years[2]!.rd)
    const g = ownGrowth(p)
    expect(g.rdFrom).toBeUndefined()
    expect(g.assumptions.rdUnanswered).toEqual(['inHouse', 'other', 'entrustedDomestic', 'entrustedOverseas'])
  })
})

// issue #8 §3/§8: an unanswered R&D sub-amount is never 0 in the projection. The constructed firm (fixtures.ts) with
// 2025 其他费用 blank: own share at least 3.89%, sales +40% a year (2026 2,744万, 2027 3,841.6万, 2028 5,378.24万).
describe('project from partly answered R&D', () => {
  const partial = () => firm([500_000, 650_000, 764_000], (f) => delete f.years[2]!.rd!.other)

  it('leaves the unanswered sub-amount unanswered in the projected years, under both definitions', () => {
    const p = projectedProfile(partial(), ownGrowth(partial()).assumptions, 2027)
    const y2026 = p.years.find((x) => x.year === 2026)!
    // 27,440,000 × 3.89% = 1,067,416 in-house; 其他费用 / 其他相关费用 not answered (not 0)
    expect(y2026.rd).toEqual({ inHouse: 1_067_416, entrustedDomestic: 0, entrustedOverseas: 0 })
    expect(y2026.rdTax).toEqual({ items1to5: 1_067_416, entrustedDomestic: 0, entrustedOverseas: 0 })
  })

  it('gives 待确认 with "at least", never ✗ from a 0, when the answered part falls short', () => {
    const rows = project(partial(), ownGrowth(partial()).assumptions, 3)
    // 2027: (65 + 76.4 + 106.7416)万 ÷ (1,400 + 1,960 + 2,744)万 = 248.1416 ÷ 6,104 = 4.0652…% → at least 4.06% < 5%
    // 2029: all three years 3.89% of sales: at least 3.89% < 4% (2028 sales 5,378.24万 > 5,000万)
    expect(rows.map((r) => r.hnte.status)).toEqual(['incomplete', 'incomplete', 'incomplete'])
    expect(rows.map((r) => r.hnte.check)).toEqual(['hnte.rd-intensity', 'hnte.rd-intensity', 'hnte.rd-intensity'])
    expect(rows[0]!.hnte.reason.key).toBe('planner.reason.unknown-note')
    expect(rows[0]!.hnte.reason.text).toContain('至少 4.06%')
    expect(rows[2]!.hnte.reason.text).toContain('至少 3.89%')
    expect(rows[2]!.hnte.reason.params?.noteEn).toContain('at least 3.89%')
    expect(firstWorkingYear(rows, 'hnte')).toBeUndefined()
  })

  it('still decides when the answered part is enough: more R&D can only help', () => {
    // 2025 in-house 120万 of 1,960万 = 6.1224…% → at least 6.12%; 2027: 65 + 120 + 2,744万 × 6.12% = 352.9328万
    // of 6,104万 = 5.78% ≥ 5%: the R&D intensity holds whatever 其他费用 turns out to be
    const p = firm([500_000, 650_000, 1_200_000], (f) => delete f.years[2]!.rd!.other)
    const rows = project(p, ownGrowth(p).assumptions, 1)
    expect(rows[0]!.hnte).toMatchObject({ status: 'eligible', reason: { key: 'planner.reason.eligible' } })
  })

  it('with no R&D answered and no share typed, the projected years are incomplete, not ineligible', () => {
    const p = firm(undefined, (f) => delete f.years[2]!.rd)
    const rows = project(p, ownGrowth(p).assumptions, 3)
    expect(rows.map((r) => r.hnte.status)).toEqual(['incomplete', 'incomplete', 'incomplete'])
    expect(projectedProfile(p, ownGrowth(p).assumptions, 2029).years.find((y) => y.year === 2027)!.rd).toBeUndefined()
  })
})
