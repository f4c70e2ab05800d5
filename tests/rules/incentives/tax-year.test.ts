// Issue #8 §4, §5: the tax year is the user's choice (the assessment year, or the last fiscal year at its annual
// settlement with that year's rules), and each year gets the law of that year.
import { describe, expect, it } from 'vitest'
import { evaluateIncentives, taxEstimateOf } from '../../../src/rules/incentives'
import { assess } from '../../../src/rules/index'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, goodFirm, lastYear, program } from '../tech-sme/fixtures'

const ZERO_RD = { items1to5: 0, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0, intangibleAmortization: 0 }

function run(change: (p: FirmProfile) => void, asOf: string, tsme: 'eligible' | 'ineligible' = 'ineligible') {
  const ctx = ctxOf((p) => {
    p.company.industry = 'I65' // services: no manufacturing rate
    lastYear(p).rdTax = { ...ZERO_RD }
    p.tax = { techTransferIncome: 0 }
    change(p)
  }, asOf)
  const all = evaluateIncentives(ctx, program('ineligible'), program(tsme))
  return { ctx, inc: (id: string) => all.find((i) => i.id === id), estimate: taxEstimateOf(ctx) }
}

describe('the tax year', () => {
  it('is the assessment year when not chosen, estimated from the last fiscal year', () => {
    const r = run((p) => (p.tax.taxableIncome = 2_000_000), '2023-04-01')
    expect(r.inc('small-low-profit')).toMatchObject({ taxYear: 2023, basisYear: 2022, figures: { taxDue: 100_000 } })
  })

  it("is the last fiscal year at the annual settlement, with that year's rules", () => {
    const r = run((p) => {
      p.tax.taxableIncome = 2_000_000
      p.tax.taxYear = 2022
    }, '2023-04-01')
    // 2022: 1,000,000 × 2.5% + 1,000,000 × 5% = 75,000 (not 2023's 5% of the whole: 100,000)
    expect(r.inc('small-low-profit')).toMatchObject({ taxYear: 2022, basisYear: 2022, figures: { taxDue: 75_000 } })
    expect(r.inc('small-low-profit')?.note?.key).toBe('incentives.basis-settlement')
    expect(r.estimate?.taxYear).toBe(2022)
  })

  it('gives the 2022 settlement the 2022 super-deduction rate', () => {
    const rate = (taxYear?: number) =>
      run((p) => {
        lastYear(p).rdTax = { ...ZERO_RD, items1to5: 100_000 }
        if (taxYear) p.tax.taxYear = taxYear
      }, '2023-04-01').inc('rd-super-deduction')?.figures
    expect(rate()).toEqual({ rate: 1, extraDeduction: 100_000 }) // 2023年第7号
    expect(rate(2022)).toEqual({ rate: 0.75, extraDeduction: 75_000 }) // 2021年第6号
  })

  it('takes any other year as the assessment year, with a warning, and never throws', () => {
    const r = run((p) => {
      p.tax.taxableIncome = 1_000_000
      p.tax.taxYear = 2020
    }, '2026-07-01')
    expect(r.inc('small-low-profit')?.taxYear).toBe(2026)
    expect(r.ctx.notices.find((n) => n.id === 'incentives.tax-year-invalid')?.level).toBe('warning')
    const p = goodFirm('2026-07-01')
    p.tax.taxYear = 1999
    expect(() => assess(p)).not.toThrow()
  })

  it('does not let a status obtained later cover a closed year', () => {
    // settling 2025 in 2026 with no certificate: criteria met cannot help any more
    const never = (p: FirmProfile) => {
      p.tax.taxYear = 2025
      Object.assign(p.credentials, { hnteCertificateHeld: false, techSmeRegistered: false })
    }
    const r = run(never, '2026-03-01', 'eligible')
    expect(r.inc('loss-carryforward-10y')?.status).toBe('not-applicable')
    // not said whether either was held: the closed year may have been covered, so unknown, not 否
    const blank = run((p) => (p.tax.taxYear = 2025), '2026-03-01', 'eligible')
    expect(blank.inc('loss-carryforward-10y')?.status).toBe('unknown')
    const held = run((p) => {
      p.tax.taxYear = 2025
      p.credentials.techSmeRegistrationYear = 2025
    }, '2026-03-01')
    expect(held.inc('loss-carryforward-10y')?.status).toBe('applicable')
  })

  it('reads the latest certificate of a later year as saying nothing of the settled year', () => {
    const r = run((p) => {
      p.tax.taxYear = 2025
      p.credentials.hnteCertifiedOn = '2026-01-15'
    }, '2026-03-01')
    expect(r.inc('hnte-reduced-rate')?.status).toBe('unknown')
  })
})

describe('the 其他相关费用 limit per project before 2021 (2015年第97号)', () => {
  const withOther = (asOf: string) =>
    run((p) => {
      p.tax.taxableIncome = 2_000_000
      lastYear(p).rdTax = { ...ZERO_RD, items1to5: 900_000, otherRelated: 100_000 }
    }, asOf)

  it('makes the 2020 figure an upper bound, with a notice, and keeps the other costs out of the estimate', () => {
    const r = withOther('2020-07-01')
    // limit 900,000 × 10% ÷ 90% = 100,000 (pooled); 75% × 1,000,000 = 750,000 at most
    expect(r.inc('rd-super-deduction')).toMatchObject({
      figures: { rate: 0.75, extraDeduction: 750_000 },
      bounds: { extraDeduction: 'at-most' },
    })
    expect(r.ctx.notices.some((n) => n.id === 'rd-super-deduction.per-project-limit')).toBe(true)
    // sure deduction 75% × 900,000 = 675,000 → base at most 1,325,000
    expect(r.estimate).toMatchObject({ taxableIncomeAfter: 1_325_000, bound: 'at-most' })
  })

  it('is pooled and exact from the 2021 tax year (2021年第28号 第三条)', () => {
    const r = withOther('2021-07-01')
    expect(r.inc('rd-super-deduction')?.bounds).toBeUndefined()
    expect(r.ctx.notices.some((n) => n.id === 'rd-super-deduction.per-project-limit')).toBe(false)
    expect(r.estimate).toMatchObject({ taxableIncomeAfter: 1_250_000, bound: 'exact' })
  })
})
