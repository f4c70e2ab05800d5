// A firm whose HNTE status was cancelled may not apply again in the same year (工作指引; issue #8 §9).
import { describe, expect, it } from 'vitest'
import { profile, run } from './helpers'

const cancelled = (year: number | undefined) =>
  run(
    profile((p) => {
      if (year !== undefined) p.credentials.hnteCancelledYear = year
    }),
  ).checks.find((c) => c.id === 'hnte.not-cancelled-this-year')

describe('hnte.not-cancelled-this-year (assessment 2026-11-26)', () => {
  it('fails in the year of cancellation, naming the first year to apply', () => {
    expect(cancelled(2026)).toMatchObject({ status: 'fail', note: { params: { year: 2026, next: 2027 } } })
  })

  it('passes the year after', () => {
    expect(cancelled(2025)?.status).toBe('pass')
  })

  it('claims nothing when no cancellation year is given (absent: no check)', () => {
    expect(cancelled(undefined)).toBeUndefined()
  })

  it('quotes the rule', () => {
    expect(cancelled(2026)?.cite.quote).toContain('当年不得再次申请高新技术企业认定')
  })
})
