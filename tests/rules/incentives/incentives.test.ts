import { describe, expect, it } from 'vitest'
import { evaluateIncentives } from '../../../src/rules/incentives'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, lastYear, program } from '../tech-sme/fixtures'
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

/** no R&D and no technology-transfer income: the estimate's base is the taxable income itself, exactly */
const plainBase = (p: FirmProfile) => {
  lastYear(p).rdTax = {
    items1to5: 0,
    otherRelated: 0,
    entrustedDomestic: 0,
    entrustedOverseas: 0,
    intangibleAmortization: 0,
  }
  p.tax.techTransferIncome = 0
}

describe('hnte-reduced-rate', () => {
  const rate = (run: Run, change: (p: FirmProfile) => void = () => {}) =>
    incentiveOf(
      'hnte-reduced-rate',
      (p) => {
        plainBase(p)
        p.tax.taxableIncome = 1_234_567.89
        change(p)
      },
      run,
    )
  // assessed 2026-07-01 for tax year 2026; a certificate is valid [issue date, +3 years) (国科发火〔2016〕32号 第九条)
  // 'no': the firm answered it was never issued one; 'blank': it did not say (unknown, never 否)
  it.each([
    ['eligible', 'no', 'unknown'], // criteria met, no certificate: apply for recognition first
    ['borderline', 'no', 'unknown'],
    ['incomplete', 'no', 'unknown'],
    ['ineligible', 'no', 'not-applicable'],
    ['ineligible', 'blank', 'unknown'], // may hold a certificate whatever the criteria say now
    ['eligible', 'blank', 'unknown'],
    ['ineligible', '2024-07-02', 'applicable'], // valid to 2027-07-01: covers all of 2026
    ['ineligible', '2023-01-02', 'unknown'], // valid to 2026-01-01: 2026 is the expiry year (2017年第24号)
    ['ineligible', '2023-07-01', 'unknown'], // valid to 2026-06-30: expiry year
    ['ineligible', '2023-01-01', 'not-applicable'], // valid to 2025-12-31: nothing of 2026
    ['eligible', '2023-01-01', 'unknown'], // expired, criteria met: may be recognised again in 2026
  ] as const)('HNTE %s, certificate %s → %s', (hnte, certifiedOn, status) => {
    const i = rate({ hnte }, (p) => {
      if (certifiedOn === 'no') p.credentials.hnteCertificateHeld = false
      else if (certifiedOn !== 'blank') p.credentials.hnteCertifiedOn = certifiedOn
    })
    expect(i.status).toBe(status)
  })

  it('says the certificate question is unanswered, and lists it, when left blank', () => {
    const held = rate({ hnte: 'ineligible' }).conditions?.find((c) => c.id === 'hnte-reduced-rate.hnte-held')
    expect(held).toMatchObject({ status: 'unknown', ask: true, fields: ['credentials.hnteCertificateHeld'] })
    expect(held?.note?.key).toBe('incentives.condition.not-answered')
    expect(held?.note?.text).toContain('待确认')
  })

  it('a valid certificate with the cancellation year left blank applies, and says it reads the blank as never', () => {
    // certificate issued 2024-07-02, valid to 2027-07-01: covers tax year 2026 (国科发火〔2016〕32号 第九条)
    const held = (cancelled?: number) =>
      rate({ hnte: 'ineligible' }, (p) => {
        p.credentials.hnteCertifiedOn = '2024-07-02'
        if (cancelled !== undefined) p.credentials.hnteCancelledYear = cancelled
      }).conditions?.find((c) => c.id === 'hnte-reduced-rate.hnte-held')
    expect(held()).toMatchObject({ status: 'pass', note: { key: 'incentives.condition.certificate-not-cancelled' } })
    expect(held()?.note?.text).toContain('按从未被取消计算')
    // cancelled 2020, before this certificate was issued: it stands, and nothing is assumed
    expect(held(2020)).toMatchObject({ status: 'pass', note: { key: 'incentives.condition.certificate' } })
  })

  it('asks for the date when 是 is answered without it', () => {
    const i = rate({ hnte: 'ineligible' }, (p) => (p.credentials.hnteCertificateHeld = true))
    const held = i.conditions?.find((c) => c.id === 'hnte-reduced-rate.hnte-held')
    expect([i.status, held?.note?.key, held?.fields]).toEqual([
      'unknown',
      'incentives.condition.date-missing',
      ['credentials.hnteCertifiedOn'],
    ])
  })

  it('reads 是 with a date as before: 2024-07-02 covers 2026; 否 has no ask', () => {
    const yes = rate({ hnte: 'ineligible' }, (p) => {
      p.credentials.hnteCertificateHeld = true
      p.credentials.hnteCertifiedOn = '2024-07-02'
    })
    expect(yes.status).toBe('applicable')
    const no = rate({ hnte: 'ineligible' }, (p) => (p.credentials.hnteCertificateHeld = false))
    const held = no.conditions?.find((c) => c.id === 'hnte-reduced-rate.hnte-held')
    expect([held?.status, held?.ask, held?.note?.key]).toEqual([
      'fail',
      undefined,
      'incentives.condition.criteria-not-met',
    ])
  })

  it('names the expiry-year rule in the expiry year', () => {
    const i = rate({}, (p) => (p.credentials.hnteCertifiedOn = '2023-07-01'))
    expect(i.note?.key).toBe('incentives.condition.expiry-year')
    expect(i.conditions?.find((c) => c.id === 'hnte-reduced-rate.hnte-held')?.status).toBe('unknown')
  })

  it('saves taxable income × (25% − 15%), to the fen', () => {
    // 1,234,567.89 × 10% = 123,456.789 → 123,456.79
    const i = rate({}, (p) => (p.credentials.hnteCertifiedOn = '2025-01-01'))
    expect(i.figures).toEqual({ taxSaving: 123_456.79 })
    expect(i.bounds).toBeUndefined()
  })

  it('saves nothing in a loss year (negative taxable income)', () => {
    const i = rate({}, (p) => {
      p.credentials.hnteCertifiedOn = '2025-01-01'
      p.tax.taxableIncome = -10_000
    })
    expect(i.figures).toEqual({ taxSaving: 0 })
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
  /** the firm's answers: no certificate ever (否), and the latest number's year, or none (否) */
  const registered =
    (year?: number) =>
    (p: FirmProfile): void => {
      p.credentials.hnteCertificateHeld = false
      if (year === undefined) p.credentials.techSmeRegistered = false
      else p.credentials.techSmeRegistrationYear = year
    }
  const none = registered()
  const hnteNo = (p: FirmProfile): void => void (p.credentials.hnteCertificateHeld = false)
  const tsmeNo = (p: FirmProfile): void => void (p.credentials.techSmeRegistered = false)
  // 财税〔2018〕76号: the status held in the tax year (2026 here), not the criteria met
  it.each([
    [{ hnte: 'eligible', techSme: 'ineligible' }, none, 'unknown'], // criteria met, no certificate
    [{ hnte: 'ineligible', techSme: 'eligible' }, none, 'unknown'], // criteria met, no 2026 number
    [{ hnte: 'ineligible', techSme: 'eligible' }, registered(2026), 'applicable'],
    [{ hnte: 'ineligible', techSme: 'ineligible' }, registered(2026), 'applicable'],
    [{ hnte: 'ineligible', techSme: 'eligible' }, registered(2025), 'unknown'], // last year's number only
    [{ hnte: 'ineligible', techSme: 'ineligible' }, registered(2025), 'not-applicable'],
    [{ hnte: 'ineligible', techSme: 'ineligible' }, none, 'not-applicable'],
    [{ hnte: 'borderline', techSme: 'ineligible' }, none, 'unknown'],
    [{ hnte: 'ineligible', techSme: 'incomplete' }, none, 'unknown'],
    [{ hnte: 'ineligible', techSme: 'ineligible', asOf: '2017-12-31' }, none, 'not-in-force'],
    // not said whether either status was ever held: unknown, never 否
    [{ hnte: 'ineligible', techSme: 'ineligible' }, () => {}, 'unknown'],
    [{ hnte: 'ineligible', techSme: 'ineligible' }, hnteNo, 'unknown'],
    [{ hnte: 'ineligible', techSme: 'ineligible' }, tsmeNo, 'unknown'],
  ] as const)('%o → %s', (run, change, status) => {
    expect(loss(run, change).status).toBe(status)
  })
  it('applies with a valid HNTE certificate alone', () => {
    expect(loss({}, (p) => (p.credentials.hnteCertifiedOn = '2025-01-01')).status).toBe('applicable')
  })
  it('lists the unanswered status questions, and only those, under 待确认', () => {
    const held = (change: (p: FirmProfile) => void) =>
      loss({}, change).conditions?.find((c) => c.id === 'loss-carryforward-10y.hnte-or-tsme-held')
    expect(held(() => {})).toMatchObject({
      status: 'unknown',
      ask: true,
      fields: ['credentials.hnteCertificateHeld', 'credentials.techSmeRegistered'],
      note: { key: 'incentives.condition.not-answered' },
    })
    const tsmeOpen = held(hnteNo)
    expect([tsmeOpen?.fields, tsmeOpen?.note?.key]).toEqual([
      ['credentials.techSmeRegistered'],
      'incentives.condition.not-answered',
    ])
    expect(held(none)).toMatchObject({ status: 'fail', note: { key: 'incentives.condition.criteria-not-met' } })
    expect(held(none)?.ask).toBeUndefined()
  })
})

describe('equipment-one-time-deduction', () => {
  const eq = (amount: number | undefined, asOf?: string) =>
    incentiveOf('equipment-one-time-deduction', (p) => (p.tax.equipmentUpTo5m = amount), asOf ? { asOf } : {})
  it.each([
    [1_234.56, undefined, 'applicable', { deduction: 1_234.56 }],
    [0, undefined, 'not-applicable', {}],
    [undefined, undefined, 'unknown', {}],
    [1_000, '2017-12-31', 'unknown', {}], // not covered: narrower one-off deductions existed before 2018
    [1_000, '2018-01-01', 'applicable', { deduction: 1_000 }], // 财税〔2018〕54号
    [1_000, '2023-12-31', 'applicable', { deduction: 1_000 }], // extended by 2021年第6号
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
    [true, '2016-04-30', 'unknown', undefined], // before 营改增: not covered by this rules version
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
