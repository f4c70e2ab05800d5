// A certificate covers the tax years from its issue year (国家税务总局公告2017年第24号 第一条) while valid for the
// whole year; the year its validity ends mid-year is the expiry year (第二条: prepay at 15%, pay back unless
// recognised again by 31 December). Valid [issue date, +3 years) (国科发火〔2016〕32号 第九条).
import { describe, expect, it } from 'vitest'
import { makeContext } from '../../../src/engine/context'
import { emptyProfile } from '../../../src/profile/types'
import { hnteCertificateInYear } from '../../../src/rules/certificate'

const inYear = (on: string, taxYear: number, asOf = '2026-11-30', cancelled?: number) => {
  const p = emptyProfile(asOf)
  p.credentials.hnteCertifiedOn = on
  if (cancelled !== undefined) p.credentials.hnteCancelledYear = cancelled
  return hnteCertificateInYear(makeContext(p), taxYear)
}

describe('hnteCertificateInYear', () => {
  it.each([
    ['2023-12-01', 2023, 'covers'], // the issue year counts in full
    ['2023-12-01', 2025, 'covers'],
    ['2023-12-01', 2026, 'expiry-year'], // valid to 2026-11-30
    ['2023-12-01', 2027, 'none'],
    ['2023-01-01', 2025, 'covers'], // valid to 2025-12-31: the whole of 2025
    ['2023-01-01', 2026, 'none'], // nothing of 2026
    ['2023-01-02', 2026, 'expiry-year'], // valid to 2026-01-01: one day of 2026
    ['2025-06-01', 2024, 'earlier-unknown'], // the latest certificate says nothing of an earlier year
    ['2026-12-01', 2026, 'none'], // dated after the assessment: not held
  ] as const)('certificate of %s, tax year %d → %s', (on, taxYear, expected) => {
    expect(inYear(on, taxYear)).toBe(expected)
  })

  it('is none from the year the status was cancelled', () => {
    expect(inYear('2024-03-01', 2025, '2026-11-30', 2025)).toBe('none')
    expect(inYear('2024-03-01', 2024, '2026-11-30', 2025)).toBe('covers')
  })
})
