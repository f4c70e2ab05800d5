// The tax answers remember the tax year they were given for (closing note of session 9, "left alone"): a taxable
// income typed for one tax year is not another year's. For another tax year they are unanswered: the incentives
// say unknown, no estimate is made, and a warning names both years.
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/rules/index'
import type { FirmProfile } from '../../../src/profile/types'
import { goodFirm, lastYear } from '../tech-sme/fixtures'

const ZERO_RD = { items1to5: 0, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0, intangibleAmortization: 0 }

function firm(asOf: string, change: (p: FirmProfile) => void): FirmProfile {
  const p = goodFirm(asOf)
  p.company.industry = 'I65' // services: no manufacturing rate
  lastYear(p).rdTax = { ...ZERO_RD } // no R&D deduction: the base is the taxable income typed
  p.tax = { taxableIncome: 2_000_000, avgEmployees: 50, avgTotalAssets: 10_000_000, techTransferIncome: 0 }
  change(p)
  return p
}
const slp = (p: FirmProfile) => assess(p).incentives.find((i) => i.id === 'small-low-profit')
const warned = (p: FirmProfile) => assess(p).notices.find((n) => n.id === 'incentives.tax-answers-other-year')

describe('tax answers and the tax year they were given for', () => {
  it('count for the year they were given for', () => {
    const p = firm('2026-07-01', (q) => (q.taxAnswersYear = 2026))
    // 200万 ≤ 300万, 50 ≤ 300 persons, 1,000万 ≤ 5,000万: 200万 × 25% × 20% = 10万 (财政部 税务总局公告2023年第12号 第三条)
    expect(slp(p)).toMatchObject({ status: 'applicable', taxYear: 2026, figures: { taxDue: 100_000 } })
    expect(assess(p).taxEstimate?.taxYear).toBe(2026)
    expect(warned(p)).toBeUndefined()
  })

  it('are unanswered, not reused, when the assessment date moves to another tax year', () => {
    const p = firm('2027-06-30', (q) => (q.taxAnswersYear = 2026))
    expect(slp(p)?.status).toBe('unknown')
    expect(slp(p)?.figures.taxDue).toBeUndefined()
    expect(assess(p).taxEstimate).toBeUndefined()
    expect(warned(p)).toMatchObject({ level: 'warning', message: { params: { given: 2026, taxYear: 2027 } } })
  })

  it("are unanswered for last year's settlement when they were given for this year's estimate", () => {
    const p = firm('2026-04-01', (q) => {
      q.taxAnswersYear = 2026
      q.tax.taxYear = 2025
    })
    expect(slp(p)?.taxYear).toBe(2025)
    expect(slp(p)?.status).toBe('unknown')
    expect(warned(p)).toBeDefined()
  })

  it('are read as given when the file does not say their year (profiles saved before it was kept)', () => {
    const p = firm('2027-06-30', () => {})
    expect(slp(p)).toMatchObject({ status: 'applicable', figures: { taxDue: 100_000 } })
    expect(warned(p)).toBeUndefined()
  })

  it('a year with no tax answers says nothing (only the choice of year is there)', () => {
    const p = firm('2027-06-30', (q) => {
      q.tax = { taxYear: 2027 }
      q.taxAnswersYear = 2026
    })
    expect(warned(p)).toBeUndefined()
  })
})
