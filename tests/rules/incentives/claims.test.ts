// Issue #8 §2 on the checklist: a status not held is a step to take, not a claim; an amount not estimated is never 0.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { assess } from '../../../src/rules/index'
import type { FirmProfile } from '../../../src/profile/types'

const strongHnte = (): FirmProfile =>
  JSON.parse(readFileSync(new URL('../../../examples/strong-hnte.json', import.meta.url), 'utf8')) as FirmProfile

describe('incentive checklist lines', () => {
  it('asks an HNTE-ready firm without a certificate to apply, instead of claiming the 15% rate', () => {
    const a = assess(strongHnte())
    const ids = a.checklist.map((i) => i.id)
    expect(ids).not.toContain('claim.hnte-reduced-rate')
    expect(ids).not.toContain('claim.loss-carryforward-10y')
    expect(a.checklist.find((i) => i.id === 'status.hnte-reduced-rate')?.group).toBe('apply')
    expect(a.checklist.find((i) => i.id === 'status.loss-carryforward-10y')?.group).toBe('apply')
  })

  it('claims both once the certificate covers the tax year', () => {
    const p = strongHnte()
    p.credentials.hnteCertifiedOn = '2025-03-01'
    const ids = assess(p).checklist.map((i) => i.id)
    expect(ids).toContain('claim.hnte-reduced-rate')
    expect(ids).toContain('claim.loss-carryforward-10y')
  })

  it("says when to recognise again in the certificate's expiry year", () => {
    const p = strongHnte()
    p.credentials.hnteCertifiedOn = '2023-12-01' // valid to 2026-11-30: 2026 is the expiry year
    const item = assess(p).checklist.find((i) => i.id === 'status.hnte-reduced-rate')
    expect(item?.title.key).toBe('checklist.status.expiry-year.title')
  })

  it('never writes an amount that was not estimated as 0', () => {
    const p = strongHnte()
    p.credentials.hnteCertifiedOn = '2025-03-01'
    delete p.tax.taxableIncome
    const item = assess(p).checklist.find((i) => i.id === 'claim.hnte-reduced-rate')
    expect(item?.detail?.key).toBe('checklist.claim.no-amount')
    expect(item?.detail?.text).not.toContain('0.00')
  })
})
