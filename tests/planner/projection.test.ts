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
      assumptions: { salesGrowth: 0.4, rdShare: 0.03 },
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

  it('does not read an R&D share from partly-answered R&D', () => {
    const p = base()
    delete p.years[2]!.rd!.entrustedOverseas
    expect(ownGrowth(p).rdFrom).toBeUndefined()
  })
})
