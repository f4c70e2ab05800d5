import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { check, profile } from './helpers'

const staff = (scienceTech: number | undefined, total: number | undefined) =>
  check(
    profile((p) => (p.staff = { scienceTech, total })),
    'hnte.st-staff-ratio',
  )

describe('hnte.st-staff-ratio', () => {
  it.each([
    // [S&T staff, total staff, status, persons to hire]
    [10, 100, 'pass', undefined],
    [9.99, 100, 'fail', 1],
    [0, 100, 'fail', 12], // 12/112 ≥ 10% but 11/111 < 10%
    [1, 10, 'pass', undefined],
    [0.99, 10, 'fail', 1],
    [5.5, 55, 'pass', undefined],
    [5.49, 55, 'fail', 1],
    [2.25, 40.5, 'fail', 2], // (4.25)/(42.5) = 10% exactly after two hires
    [8.33, 83.3, 'pass', undefined],
  ] as const)('%d of %d → %s (hire %s)', (st, total, status, gap) => {
    const c = staff(st, total)
    expect(c).toMatchObject({ status, threshold: 0.1, unit: 'ratio' })
    expect(c.gap).toBe(gap)
    if (status === 'fail') expect(c.gapUnit).toBe('persons')
  })

  it('fails a firm with no staff, with a note', () => {
    expect(staff(0, 0)).toMatchObject({ status: 'fail', gap: 1, note: { key: 'hnte.note.zero-staff' } })
  })

  it('is unknown without both counts, naming the missing one', () => {
    expect(staff(undefined, 100)).toMatchObject({ status: 'unknown', fields: ['staff.scienceTech'] })
    expect(staff(3, undefined)).toMatchObject({ status: 'unknown', fields: ['staff.total'] })
  })

  it('hiring exactly the gap passes, one person fewer fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (totalC, f) => {
        const stC = Math.floor(totalC * f)
        const c = staff(stC / 100, totalC / 100)
        fc.pre(c.status === 'fail')
        const k = (c.gap ?? 0) * 100
        expect(staff((stC + k) / 100, (totalC + k) / 100).status).toBe('pass')
        expect(staff((stC + k - 100) / 100, (totalC + k - 100) / 100).status).toBe('fail')
      }),
    )
  })
})

const income = (hiTechIncome: number | undefined, totalIncome: number | undefined) =>
  check(
    profile(
      (p) =>
        (p.years = [
          { year: 2024, hiTechIncome: 0, totalIncome: 1 },
          { year: 2025, hiTechIncome, totalIncome },
        ]),
    ),
    'hnte.hitech-income-share',
  )

describe('hnte.hitech-income-share', () => {
  it.each([
    // [high-tech income, total income, status, gap in yuan]
    [60, 100, 'pass', undefined],
    [59.99, 100, 'fail', 0.01],
    [60, 100.01, 'fail', 0.01], // 60.006 needed: rounded up to the fen
    [0, 1e8, 'fail', 6e7],
    [6e7, 1e8, 'pass', undefined],
    [100, 100, 'pass', undefined],
  ] as const)('%d of %d → %s', (hi, total, status, gap) => {
    const c = income(hi, total)
    expect(c).toMatchObject({ status, threshold: 0.6 })
    expect(c.gap).toBe(gap)
  })

  it('uses the last fiscal year only', () => {
    expect(income(60, 100).fields).toEqual(['years.2025.hiTechIncome', 'years.2025.totalIncome'])
  })

  it('is unknown when an amount is missing', () => {
    expect(income(undefined, 100)).toMatchObject({ status: 'unknown', fields: ['years.2025.hiTechIncome'] })
  })

  it('is unknown with a note when total income is 0', () => {
    expect(income(0, 0)).toMatchObject({ status: 'unknown', note: { key: 'hnte.note.zero-total-income' } })
  })

  it('reclassifying exactly the gap passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.double({ min: 0, max: 1, noNaN: true }), (totalF, f) => {
        const hiF = Math.floor(totalF * f)
        const c = income(hiF / 100, totalF / 100)
        fc.pre(c.status === 'fail')
        const g = Math.round((c.gap ?? 0) * 100)
        expect(income((hiF + g) / 100, totalF / 100).status).toBe('pass')
        expect(income((hiF + g - 1) / 100, totalF / 100).status).toBe('fail')
      }),
    )
  })
})
