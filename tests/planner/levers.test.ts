import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyLevers, baselineFor, leverFields, NO_LEVERS, scenarioYear } from '../../src/planner/levers'
import { toFen } from '../../src/planner/exact'
import { deepFreeze, firm } from './fixtures'

const last = (p: ReturnType<typeof firm>) => p.years.find((y) => y.year === 2025)!

describe('applyLevers', () => {
  it('never mutates its (deep-frozen) input and returns a new profile', () => {
    const input = deepFreeze(firm())
    const before = JSON.stringify(input)
    const out = applyLevers(input, {
      extraRdYuan: 1234.56,
      hireScienceStaff: 3,
      newClassI: 1,
      newClassII: 2,
      extraTransformations: 4,
      extraHiTechIncomeYuan: 5000.01,
    })
    expect(JSON.stringify(input)).toBe(before)
    expect(out).not.toBe(input)
    expect(out.years[2]).not.toBe(input.years[2])
    expect(out.years[2]!.rd).not.toBe(input.years[2]!.rd)
  })

  // issue #8 §8: 2025 is closed on 2026-11-26; extra R&D is spent in 2026 and counts for a 2027 application.
  // The fixture's own growth: sales 1,400万 → 1,960万 = +40%, R&D 76.4万 ÷ 1,960万 = 3.898% → 3.90% (0.01 point):
  // 2026 sales 1,960万 × 1.4 = 2,744万, R&D 2,744万 × 3.9% = 107.016万.
  const y = (p: ReturnType<typeof firm>, n: number) => p.years.find((x) => x.year === n)
  it('puts extra R&D into 2026 (the assessment year) of the 2027 application, never into the closed 2025', () => {
    const out = applyLevers(firm(), { ...NO_LEVERS, extraRdYuan: 0.2 })
    expect(out.assessmentDate).toBe('2027-11-26')
    expect(y(out, 2025)!.rd!.inHouse).toBe(764_000)
    expect(y(out, 2026)!.salesRevenue).toBe(27_440_000)
    expect(y(out, 2026)!.rd!.inHouse).toBe(1_070_160.2)
    expect(y(out, 2026)!.rdTax!.items1to5).toBe(1_070_160.2)
    expect(scenarioYear(firm(), { ...NO_LEVERS, extraRdYuan: 0.2 })).toBe(2027)
    expect(scenarioYear(firm(), { ...NO_LEVERS, newClassI: 1 })).toBe(2026)
  })

  it('compares with the firm’s own projection for the same year, and apply never writes the R&D', () => {
    const own = baselineFor(firm(), { ...NO_LEVERS, extraRdYuan: 1 })
    expect(own.assessmentDate).toBe('2027-11-26')
    expect(y(own, 2026)!.rd!.inHouse).toBe(1_070_160)
    expect(baselineFor(firm(), NO_LEVERS)).toEqual(firm())
    expect([...leverFields()].filter((f) => f.startsWith('years.'))).toEqual([])
  })

  it('adds hires to every staff count the firm gave, and to none it did not', () => {
    const p = firm(undefined, (x) => {
      x.staff = { total: 100.25, scienceTech: 8.5, totalSme: 90 }
      x.tax.avgEmployees = 99
    })
    const out = applyLevers(p, { ...NO_LEVERS, hireScienceStaff: 3 })
    expect(out.staff).toEqual({ total: 103.25, scienceTech: 11.5, totalSme: 93 })
    expect(out.tax.avgEmployees).toBe(102)
  })

  it('adds IP and transformations; an unanswered count becomes the new items', () => {
    const p = firm(undefined, (x) => {
      x.ip.classI = 1
      delete x.ip.classII
      delete x.transformations
    })
    const out = applyLevers(p, { ...NO_LEVERS, newClassI: 2, newClassII: 3, extraTransformations: 1 })
    expect([out.ip.classI, out.ip.classII, out.transformations]).toEqual([3, 3, 1])
    expect(applyLevers(p, NO_LEVERS).ip.classII).toBeUndefined()
  })

  // 2026 projected from the firm's own +40%: total income 1,960万 × 1.4 = 2,744万, high-tech 1,568万 × 1.4 = 2,195.2万
  it('adds extra high-tech income to 2026 high-tech, total income and sales, never to the closed 2025', () => {
    const out = applyLevers(firm(), { ...NO_LEVERS, extraHiTechIncomeYuan: 0.01 })
    expect(out.assessmentDate).toBe('2027-11-26')
    expect(scenarioYear(firm(), { ...NO_LEVERS, extraHiTechIncomeYuan: 0.01 })).toBe(2027)
    expect(last(out)).toEqual(last(firm()))
    expect(y(out, 2026)!.hiTechIncome).toBe(21_952_000.01)
    expect(y(out, 2026)!.totalIncome).toBe(27_440_000.01)
    expect(y(out, 2026)!.salesRevenue).toBe(27_440_000.01)
  })

  it('leaves an unanswered 2026 income unanswered (the share cannot be built on it)', () => {
    const p = firm(undefined, (x) => delete last(x).hiTechIncome)
    const out = applyLevers(p, { ...NO_LEVERS, extraHiTechIncomeYuan: 100 })
    expect(y(out, 2026)!.hiTechIncome).toBeUndefined()
    expect(y(out, 2026)!.totalIncome).toBe(27_440_000)
  })

  it('adds any two amounts exactly to the fen, to 2026 only (property)', () => {
    const cents = fc.integer({ min: 1, max: 10_000_000_000 }).map((c) => c / 100)
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const p = firm([1, 1, a])
        const out = applyLevers(p, { ...NO_LEVERS, extraRdYuan: b })
        const own = baselineFor(p, { ...NO_LEVERS, extraRdYuan: b })
        expect(toFen(y(out, 2026)!.rd!.inHouse!) - toFen(y(own, 2026)!.rd!.inHouse!)).toBe(toFen(b))
        expect(y(out, 2025)!.rd!.inHouse).toBe(a)
      }),
    )
  })
})
