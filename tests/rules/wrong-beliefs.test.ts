// docs/rules.md §5: beliefs that circulate (often from the 2008 rules) and that the product must not hold.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { assess } from '../../src/rules/index'
import type { FirmProfile } from '../../src/profile/types'

const strong = (): FirmProfile => JSON.parse(readFileSync('examples/strong-hnte.json', 'utf8')) as FirmProfile
const check = (p: FirmProfile, id: string) => {
  const a = assess(p)
  const c = [...a.hnte.checks, ...a.techSme.checks].find((x) => x.id === id)
  if (!c) throw new Error(id)
  return c
}
const incentive = (p: FirmProfile, id: string) => assess(p).incentives.find((i) => i.id === id)!

/** a firm whose innovation score is fully determined by the answers below (growth 40% a year: 9–10 each) */
function scored(rdManagement: FirmProfile['rdManagement'], salesFlat = false): FirmProfile {
  const p = strong()
  p.ip = {
    coOwnedExcluded: true,
    grantedBeforeApplication: true,
    classI: 1,
    classII: 0,
    classIIUsedBefore: 0,
    ownDevelopment: true,
    coreToMainProducts: true,
    advancement: 'A',
    coreSupport: 'A',
    standards: true,
  }
  p.transformations = 15 // 5 a year: band A, 25–30
  p.rdManagement = rdManagement
  p.years.forEach((y, i) => {
    y.netAssets = [10_000_000, 14_000_000, 19_600_000][i]
    y.salesRevenue = salesFlat ? 100_000_000 : [50_000_000, 70_000_000, 98_000_000][i]
    // total income includes sales: a total below the sales would be a contradiction that decides nothing
    y.totalIncome = Math.max(y.totalIncome ?? 0, y.salesRevenue!)
  })
  return p
}

describe('common wrong beliefs (docs/rules.md §5)', () => {
  it('"an HNTE must be 3 years old": one year (365 days) is enough', () => {
    const p = strong()
    p.company.registeredOn = '2025-11-26' // exactly 365 days before 2026-11-26
    p.years = p.years.filter((y) => y.year === 2025)
    expect(check(p, 'hnte.registered-one-year').status).toBe('pass')
    expect(assess(p).fiscalYears).toEqual([2025])
    p.company.registeredOn = '2025-11-27'
    expect(check(p, 'hnte.registered-one-year')).toMatchObject({ status: 'fail', gap: 1 })
  })

  it('"R&D must be 6% of sales": a firm with sales up to 5,000万 passes at exactly 5%', () => {
    const p = strong()
    p.years.forEach((y) => {
      y.salesRevenue = 40_000_000
      y.rd = { inHouse: 2_000_000, other: 0, entrustedDomestic: 0, entrustedOverseas: 0 }
    })
    expect(check(p, 'hnte.rd-intensity')).toMatchObject({ status: 'pass', threshold: 0.05 })
    p.years[0]!.rd = { inHouse: 1_999_999.99, other: 0, entrustedDomestic: 0, entrustedOverseas: 0 }
    expect(check(p, 'hnte.rd-intensity')).toMatchObject({ status: 'fail', gap: 0.01 })
  })

  it('"each indicator has a pass line": growth scoring 0 does not fail a firm whose total is above 70', () => {
    const p = scored({ system: 'yes', institution: 'yes', transformationIncentives: 'yes', talent: 'yes' }, true)
    const a = assess(p)
    expect(a.hnte.score.parts.find((x) => x.id === 'hnte.score.growth-sales')).toMatchObject({ min: 0, max: 0 })
    expect(check(p, 'hnte.innovation-score').status).toBe('pass')
  })

  it('"5 utility models = pass": IP is a condition of ownership and core support; the count only scores', () => {
    const p = strong()
    p.ip = { ...p.ip, classI: 0, classII: 5, classIIUsedBefore: 0, coreToMainProducts: false }
    expect(check(p, 'hnte.core-ip').status).toBe('fail')
    expect(assess(p).hnte.status).toBe('ineligible')
  })

  it('"a score of 70 passes": the pass mark is 71 (> 70); a range topping out at 70 fails', () => {
    // IP 23–30, transformation 25–30, management 0, growth 9–10 and 0: at most exactly 70
    const atMost70 = scored({ system: 'no', institution: 'no', transformationIncentives: 'no', talent: 'no' }, true)
    expect(assess(atMost70).hnte.score.max).toBe(70)
    expect(check(atMost70, 'hnte.innovation-score')).toMatchObject({ status: 'fail', gap: 1 })
    // management 5–9 with growth 9–10 twice: at least exactly 71
    const atLeast71 = scored({ system: 'yes', institution: 'partly', transformationIncentives: 'no', talent: 'no' })
    expect(assess(atLeast71).hnte.score.min).toBe(71)
    expect(check(atLeast71, 'hnte.innovation-score').status).toBe('pass')
  })

  it('"a tech-SME still gets a higher super deduction": from 2023 every eligible firm gets 100%', () => {
    const p = strong()
    expect(assess(p).techSme.status).toBe('eligible')
    expect(incentive(p, 'rd-super-deduction').figures.rate).toBe(1)
    p.staff = { total: 600, scienceTech: 120 } // no longer a tech-SME (over 500 staff)
    expect(assess(p).techSme.status).toBe('ineligible')
    expect(incentive(p, 'rd-super-deduction').figures.rate).toBe(1)
  })

  it('"a small low-profit firm loses the benefit only above 300万": one fen over loses it on the whole income', () => {
    const p = strong()
    p.staff = { total: 80, scienceTech: 20 }
    // no R&D extra deduction and no technology-transfer income: the 300万 test is on the taxable income itself
    p.years = p.years.map((y) => ({
      ...y,
      rdTax: { items1to5: 0, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0, intangibleAmortization: 0 },
    }))
    p.tax = { taxableIncome: 3_000_000, avgTotalAssets: 40_000_000, techTransferIncome: 0 }
    expect(incentive(p, 'small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 150_000 } })
    p.tax.taxableIncome = 3_000_000.01
    expect(incentive(p, 'small-low-profit').status).toBe('not-applicable')
  })
})
