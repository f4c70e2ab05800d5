import { describe, expect, it } from 'vitest'
import type { FirmProfile } from '../../../src/profile/types'
import { evaluateIncentives } from '../../../src/rules/incentives'
import { ctxOf, lastYear, program } from '../tech-sme/fixtures'
import { incentiveOf, type Run } from './helpers'

/**
 * a small firm: taxable 1,000,000, 100 staff, assets 10,000,000, not restricted; no R&D and no technology-transfer
 * income, so the estimate's base is the taxable income itself, exactly
 */
const small =
  (change: (p: FirmProfile) => void = () => {}) =>
  (p: FirmProfile) => {
    p.tax = { taxableIncome: 1_000_000, techTransferIncome: 0 }
    lastYear(p).rdTax = {
      items1to5: 0,
      otherRelated: 0,
      entrustedDomestic: 0,
      entrustedOverseas: 0,
      intangibleAmortization: 0,
    }
    change(p)
  }
const slp = (change: (p: FirmProfile) => void, run: Run = {}) => incentiveOf('small-low-profit', small(change), run)

describe('small-low-profit', () => {
  it.each([
    ['taxable 3,000,000', (p: FirmProfile) => (p.tax.taxableIncome = 3_000_000), 'applicable'],
    ['taxable 3,000,000.01', (p: FirmProfile) => (p.tax.taxableIncome = 3_000_000.01), 'not-applicable'],
    ['300 employees', (p: FirmProfile) => (p.tax.avgEmployees = 300), 'applicable'],
    ['300.01 employees', (p: FirmProfile) => (p.tax.avgEmployees = 300.01), 'not-applicable'],
    ['301 staff (default from staff.total)', (p: FirmProfile) => (p.staff.total = 301), 'not-applicable'],
    ['assets 50,000,000', (p: FirmProfile) => (p.tax.avgTotalAssets = 50_000_000), 'applicable'],
    ['assets 50,000,000.01', (p: FirmProfile) => (p.tax.avgTotalAssets = 50_000_000.01), 'not-applicable'],
    ['last-year assets by default', (p: FirmProfile) => (lastYear(p).totalAssets = 50_000_000.01), 'not-applicable'],
    ['restricted industry', (p: FirmProfile) => (p.company.restrictedIndustry = true), 'not-applicable'],
    ['industry restriction unanswered', (p: FirmProfile) => delete p.company.restrictedIndustry, 'unknown'],
    ['taxable income unanswered', (p: FirmProfile) => delete p.tax.taxableIncome, 'unknown'],
  ])('%s → %s', (_name, change, status) => {
    expect(slp(change).status).toBe(status)
  })

  it('owes nothing in a loss year (negative taxable income), never a negative tax', () => {
    const loss = slp((p) => (p.tax.taxableIncome = -250_000))
    expect(loss.status).toBe('applicable')
    expect(loss.figures.taxDue).toBe(0)
  })

  it('taxes the whole income at 5%', () => {
    expect(slp((p) => (p.tax.taxableIncome = 3_000_000)).figures).toEqual({ taxDue: 150_000 })
  })

  it('has no marginal relief: one fen over 300万 loses the benefit on the whole income (a common wrong belief)', () => {
    const over = slp((p) => (p.tax.taxableIncome = 3_000_000.01))
    expect(over.status).toBe('not-applicable')
    expect(over.figures.taxDue).toBeUndefined()
    expect(over.note?.key).toBe('incentives.small-low-profit.cliff')
  })

  it.each([
    ['2018-12-31', 'unknown'], // the law had a relief; this rules version does not cover it
    ['2019-01-01', 'applicable'],
    ['2022-12-31', 'applicable'],
    ['2023-01-01', 'applicable'],
    ['2027-12-31', 'applicable'],
    ['2028-01-01', 'not-in-force'],
  ])('on %s → %s', (asOf, status) => {
    expect(slp(() => {}, { asOf }).status).toBe(status)
  })

  it('says which is better when the HNTE rate also applies (they do not stack)', () => {
    const i = slp((p) => (p.credentials.hnteCertifiedOn = '2025-01-01'))
    expect(i.figures).toEqual({ taxDue: 50_000, taxDueAtHnteRate: 150_000 })
    expect(i.note?.key).toBe('incentives.small-low-profit.better-slp')
  })

  it('adds no comparison when the HNTE rate is not applicable', () => {
    expect(slp(() => {}, { hnte: 'borderline' }).figures).toEqual({ taxDue: 50_000 })
  })

  it('raises a notice naming the better choice', () => {
    const ctx = ctxOf(small((p) => (p.credentials.hnteCertifiedOn = '2025-01-01')))
    evaluateIncentives(ctx, program('ineligible'), program('ineligible'))
    const n = ctx.notices.find((x) => x.id === 'incentives.rate-choice')
    expect(n?.message.text).toContain('小型微利企业优惠更省')
  })
})
