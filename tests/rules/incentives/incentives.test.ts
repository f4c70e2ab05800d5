import { describe, expect, it } from 'vitest'
import { evaluateIncentives } from '../../../src/rules/incentives'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, program } from '../tech-sme/fixtures'
import { incentiveOf, type Run } from './helpers'

describe('evaluateIncentives', () => {
  it('returns the seven incentives with tax year, basis year and a citation', () => {
    const all = evaluateIncentives(ctxOf(), program('ineligible'), program('ineligible'))
    expect(all.map((i) => i.id)).toEqual([
      'rd-super-deduction',
      'hnte-reduced-rate',
      'small-low-profit',
      'tech-transfer-exemption',
      'loss-carryforward-10y',
      'equipment-one-time-deduction',
      'tech-contract-vat-exemption',
    ])
    for (const i of all) {
      expect([i.taxYear, i.basisYear]).toEqual([2026, 2025])
      expect(i.cite.doc).not.toBe('')
      expect(i.note?.params?.basisYear ?? i.note?.params?.taxYear).toBeDefined()
    }
  })
})

describe('hnte-reduced-rate', () => {
  const rate = (run: Run, change: (p: FirmProfile) => void = (p) => (p.tax.taxableIncome = 1_234_567.89)) =>
    incentiveOf('hnte-reduced-rate', change, run)
  it.each([
    ['eligible', undefined, 'applicable'],
    ['borderline', undefined, 'unknown'],
    ['incomplete', undefined, 'unknown'],
    ['ineligible', undefined, 'not-applicable'],
    ['ineligible', '2024-07-02', 'applicable'], // a valid certificate
    ['ineligible', '2023-07-01', 'not-applicable'], // expired on its anniversary
  ] as const)('HNTE %s, certificate %s → %s', (hnte, certifiedOn, status) => {
    const i = rate({ hnte }, (p) => {
      p.tax.taxableIncome = 1_234_567.89
      if (certifiedOn) p.credentials.hnteCertifiedOn = certifiedOn
    })
    expect(i.status).toBe(status)
  })

  it('saves taxable income × 10%, to the fen', () => {
    expect(rate({ hnte: 'eligible' }).figures).toEqual({ taxSaving: 123_456.79 })
  })

  it('saves nothing in a loss year (negative taxable income)', () => {
    expect(rate({ hnte: 'eligible' }, (p) => (p.tax.taxableIncome = -10_000)).figures).toEqual({ taxSaving: 0 })
  })
})

describe('tech-transfer-exemption', () => {
  const tt = (income: number | undefined, registered: boolean | undefined) =>
    incentiveOf('tech-transfer-exemption', (p) => {
      p.tax.techTransferIncome = income
      p.tax.techContractsRegistered = registered
    })
  it('exempts exactly 500万 in full', () => {
    expect(tt(5_000_000, true)).toMatchObject({
      status: 'applicable',
      figures: { exemptIncome: 5_000_000, halvedIncome: 0, taxDue: 0 },
    })
  })
  it('halves the excess above 500万 (taxed at 12.5%)', () => {
    expect(tt(5_000_001, true).figures).toEqual({ exemptIncome: 5_000_000, halvedIncome: 1, taxDue: 0.13 })
    expect(tt(6_000_000, true).figures).toEqual({ exemptIncome: 5_000_000, halvedIncome: 1_000_000, taxDue: 125_000 })
  })
  it.each([
    [0, true, 'not-applicable'],
    [100, false, 'not-applicable'],
    [undefined, false, 'not-applicable'],
    [100, undefined, 'unknown'],
    [undefined, true, 'unknown'],
  ])('income %s, registered %s → %s', (income, registered, status) => {
    expect(tt(income, registered).status).toBe(status)
  })
})

describe('loss-carryforward-10y', () => {
  const loss = (run: Run, change: (p: FirmProfile) => void = () => {}) =>
    incentiveOf('loss-carryforward-10y', change, run)
  it.each([
    [{ hnte: 'eligible', techSme: 'ineligible' }, 'applicable'],
    [{ hnte: 'ineligible', techSme: 'eligible' }, 'applicable'],
    [{ hnte: 'ineligible', techSme: 'ineligible' }, 'not-applicable'],
    [{ hnte: 'borderline', techSme: 'ineligible' }, 'unknown'],
    [{ hnte: 'ineligible', techSme: 'incomplete' }, 'unknown'],
    [{ hnte: 'borderline', techSme: 'eligible' }, 'applicable'],
    [{ hnte: 'ineligible', techSme: 'ineligible', asOf: '2017-12-31' }, 'not-in-force'],
  ] as const)('%o → %s', (run, status) => {
    expect(loss(run).status).toBe(status)
  })
  it('applies with a valid HNTE certificate alone', () => {
    expect(loss({}, (p) => (p.credentials.hnteCertifiedOn = '2025-01-01')).status).toBe('applicable')
  })
})

describe('equipment-one-time-deduction', () => {
  const eq = (amount: number | undefined, asOf?: string) =>
    incentiveOf('equipment-one-time-deduction', (p) => (p.tax.equipmentUpTo5m = amount), asOf ? { asOf } : {})
  it.each([
    [1_234.56, undefined, 'applicable', { deduction: 1_234.56 }],
    [0, undefined, 'not-applicable', {}],
    [undefined, undefined, 'unknown', {}],
    [1_000, '2023-12-31', 'not-in-force', {}],
    [1_000, '2024-01-01', 'applicable', { deduction: 1_000 }],
    [1_000, '2027-12-31', 'applicable', { deduction: 1_000 }],
    [1_000, '2028-01-01', 'not-in-force', {}],
  ])('amount %s on %s → %s', (amount, asOf, status, figures) => {
    expect(eq(amount, asOf)).toMatchObject({ status, figures })
  })
})

describe('tech-contract-vat-exemption', () => {
  const vat = (registered: boolean | undefined, asOf?: string) =>
    incentiveOf(
      'tech-contract-vat-exemption',
      (p) => (p.tax.techContractsRegistered = registered),
      asOf ? { asOf } : {},
    )
  it.each([
    [true, '2016-04-30', 'not-in-force', undefined],
    [true, '2016-05-01', 'applicable', undefined],
    [true, '2025-12-31', 'applicable', undefined],
    [true, '2026-01-01', 'applicable', true], // continued by 2026年第10号 [3P]
    [false, '2026-07-01', 'not-applicable', true],
    [undefined, '2026-07-01', 'unknown', true],
    [true, '2027-12-31', 'applicable', true],
    [true, '2028-01-01', 'not-in-force', undefined],
  ])('registered %s on %s → %s', (registered, asOf, status, unverified) => {
    const i = vat(registered, asOf)
    expect(i.status).toBe(status)
    expect(i.unverified).toBe(unverified)
  })
})
