import { describe, expect, it } from 'vitest'
import { addDays, addYears, daysBetween, isIsoDate, yearOf } from '../../src/engine/dates'

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-4-01', false],
    ['2025-04-01T00:00', false],
    [20250401, false],
  ])('isIsoDate(%j) is %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok)
  })

  it('counts calendar days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-11-26', '2026-11-26')).toBe(365)
    expect(daysBetween('2026-11-26', '2025-11-26')).toBe(-365)
  })

  it('adds days and years, 29 February → 28 February', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-11-26', 12)).toBe('2026-12-08')
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addYears('2023-12-20', 3)).toBe('2026-12-20')
    expect(yearOf('2026-11-26')).toBe(2026)
  })

  it('addYears agrees with "the same date if it exists, else 28 February" on every day of 1999–2033', () => {
    const wrong: string[] = []
    for (let d = '1999-01-01'; d <= '2033-12-31'; d = addDays(d, 1)) {
      for (const n of [1, 3, 4, 100, 101]) {
        const candidate = `${yearOf(d) + n}-${d.slice(5)}`
        const expected = isIsoDate(candidate) ? candidate : `${yearOf(d) + n}-02-28`
        if (addYears(d, n) !== expected) wrong.push(`${d} + ${n}`)
      }
    }
    expect(wrong).toEqual([])
  })
})
