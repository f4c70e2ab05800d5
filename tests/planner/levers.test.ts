import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyLevers, NO_LEVERS } from '../../src/planner/levers'
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
      hiTechIncomeShare: 0.9,
    })
    expect(JSON.stringify(input)).toBe(before)
    expect(out).not.toBe(input)
    expect(out.years[2]).not.toBe(input.years[2])
    expect(out.years[2]!.rd).not.toBe(input.years[2]!.rd)
  })

  it('adds extra R&D to the last fiscal year under both definitions, exactly in fen', () => {
    const p = firm([500_000, 650_000, 0.1])
    last(p).rdTax = { items1to5: 0.1 }
    const out = applyLevers(p, { ...NO_LEVERS, extraRdYuan: 0.2 })
    expect(last(out).rd!.inHouse).toBe(0.3)
    expect(last(out).rdTax!.items1to5).toBe(0.3)
    expect(out.years[1]!.rd!.inHouse).toBe(650_000)
  })

  it('leaves a year without R&D figures unanswered', () => {
    const p = firm()
    delete last(p).rd
    delete last(p).rdTax
    const out = applyLevers(p, { ...NO_LEVERS, extraRdYuan: 1000 })
    expect(last(out).rd).toBeUndefined()
    expect(last(out).rdTax).toBeUndefined()
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

  it('sets high-tech income to the share of total income, rounded up to the fen', () => {
    const p = firm(undefined, (x) => {
      last(x).totalIncome = 1000.01
    })
    expect(last(applyLevers(p, { ...NO_LEVERS, hiTechIncomeShare: 0.6 })).hiTechIncome).toBe(600.01)
    expect(last(applyLevers(p, { ...NO_LEVERS, hiTechIncomeShare: 1 })).hiTechIncome).toBe(1000.01)
  })

  it('adds any two amounts exactly to the fen (property)', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => c / 100)
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const out = applyLevers(firm([1, 1, a]), { ...NO_LEVERS, extraRdYuan: b })
        expect(toFen(last(out).rd!.inHouse!)).toBe(toFen(a) + toFen(b))
      }),
    )
  })
})
