// Issue #8 §6: one coherent estimate. Expected values worked by hand from the law in the comments.
import { describe, expect, it } from 'vitest'
import { evaluateIncentives, taxEstimateOf } from '../../../src/rules/incentives'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, lastYear, program } from '../tech-sme/fixtures'

const ZERO_RD = { items1to5: 0, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0, intangibleAmortization: 0 }

/** goodFirm (100 staff, assets 10,000,000, C34) with every R&D amount answered, assessed on `asOf` */
function run(change: (p: FirmProfile) => void, asOf = '2026-07-01') {
  const ctx = ctxOf((p) => {
    lastYear(p).rdTax = { ...ZERO_RD }
    p.tax = { techTransferIncome: 0 }
    p.company.icOrMachineToolListed = false // else the 120% rate of 2023–2027 stays open: a lower bound
    change(p)
  }, asOf)
  const incentives = evaluateIncentives(ctx, program('ineligible'), program('ineligible'))
  return { estimate: taxEstimateOf(ctx), inc: (id: string) => incentives.find((i) => i.id === id), ctx }
}

describe('the tax estimate', () => {
  it('applies the super deduction, then the transfer relief, then the rates (and HNTE pays 25% on the halved part)', () => {
    const r = run((p) => {
      p.tax = { taxableIncome: 10_000_000, techTransferIncome: 6_000_000, techContractsRegistered: true }
      lastYear(p).rdTax = { ...ZERO_RD, items1to5: 2_000_000 }
      p.credentials.hnteCertifiedOn = '2025-01-01'
    })
    // 10,000,000 − 100% × 2,000,000 = 8,000,000; transfer: 5,000,000 exempt + half of 1,000,000 → 2,500,000,
    // of which 500,000 is the halved transfer income
    // standard 2,500,000 × 25% = 625,000; HNTE 2,000,000 × 15% + 500,000 × 25% = 425,000 (国税函〔2010〕157号);
    // 小型微利 (2,500,000 ≤ 3,000,000): 2,500,000 × 5% = 125,000 → best;
    // without any incentive 10,000,000 × 25% = 2,500,000 → saving 2,500,000 − 125,000 = 2,375,000
    expect(r.estimate).toEqual({
      taxYear: 2026,
      taxableIncomeBefore: 10_000_000,
      taxableIncomeAfter: 2_500_000,
      bound: 'exact',
      regimes: [
        { id: 'standard', status: 'applicable', taxDue: 625_000 },
        { id: 'hnte', status: 'applicable', taxDue: 425_000 },
        { id: 'small-low-profit', status: 'applicable', taxDue: 125_000 },
      ],
      best: 'small-low-profit',
      // both reduced the base above
      deductions: ['rd-super-deduction', 'tech-transfer-exemption'],
      saving: 2_375_000,
    })
    // the incentives say the same: 10% × 2,000,000; 5% × 2,500,000
    expect(r.inc('hnte-reduced-rate')?.figures.taxSaving).toBe(200_000)
    expect(r.inc('small-low-profit')?.figures).toEqual({ taxDue: 125_000, taxDueAtHnteRate: 425_000 })
  })

  it('takes the 300万 test after the super deduction', () => {
    // 3,500,000 − 600,000 = 2,900,000 ≤ 3,000,000 → 145,000
    const r = run((p) => {
      p.tax.taxableIncome = 3_500_000
      lastYear(p).rdTax = { ...ZERO_RD, items1to5: 600_000 }
    })
    expect(r.inc('small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 145_000 } })
    // without any incentive 3,500,000 × 25% = 875,000
    expect(r.estimate).toMatchObject({ best: 'small-low-profit', saving: 875_000 - 145_000, bound: 'exact' })
  })

  it('leaves an unknown deduction out and says "at most"; a base above 300万 then leaves 小型微利 open', () => {
    const r = run((p) => {
      p.tax.taxableIncome = 3_500_000
      delete p.company.industry // the super deduction's negative-list precondition is unknown
      lastYear(p).rdTax = { ...ZERO_RD, items1to5: 600_000 }
      p.credentials.hnteCertificateHeld = false // blank would leave the 15% rate possible, and the best
    })
    expect(r.inc('rd-super-deduction')?.status).toBe('unknown')
    expect(r.estimate).toMatchObject({ taxableIncomeAfter: 3_500_000, bound: 'at-most', best: 'standard' })
    expect(r.inc('small-low-profit')?.status).toBe('unknown')
    expect(r.inc('small-low-profit')?.figures.taxDue).toBeUndefined()
  })

  it('uses the lower bound of a partly answered super deduction, and says "at most"', () => {
    // items 1–5 600,000 answered, the rest blank: at least 600,000 → base at most 900,000 → 小型微利 45,000 at most
    const r = run((p) => {
      p.tax.taxableIncome = 1_500_000
      lastYear(p).rdTax = { items1to5: 600_000 }
    })
    expect(r.inc('rd-super-deduction')).toMatchObject({
      figures: { extraDeduction: 600_000 },
      bounds: { extraDeduction: 'at-least' },
    })
    expect(r.inc('small-low-profit')).toMatchObject({ figures: { taxDue: 45_000 }, bounds: { taxDue: 'at-most' } })
    expect(r.estimate?.bound).toBe('at-most')
  })

  it('takes the deduction as a lower bound while the 120% IC / machine-tool rate is open', () => {
    const r = run((p) => {
      p.tax.taxableIncome = 2_000_000
      delete p.company.icOrMachineToolListed
      lastYear(p).rdTax = { ...ZERO_RD, items1to5: 500_000 }
    })
    // at least 100% × 500,000 (at most 120% × 500,000 = 600,000 if listed, 2023年第44号)
    expect(r.inc('rd-super-deduction')).toMatchObject({
      figures: { extraDeduction: 500_000 },
      bounds: { extraDeduction: 'at-least' },
    })
    expect(r.estimate).toMatchObject({ taxableIncomeAfter: 1_500_000, bound: 'at-most' })
  })

  it('names the HNTE rate when only possible and cheaper than the standard rate', () => {
    // assets 60,000,000 > 50,000,000: no 小型微利; HNTE criteria met without a certificate → unknown
    const ctx = ctxOf((p) => {
      lastYear(p).rdTax = { ...ZERO_RD }
      p.tax = { taxableIncome: 2_000_000, techTransferIncome: 0, avgTotalAssets: 60_000_000 }
    })
    evaluateIncentives(ctx, program('eligible'), program('ineligible'))
    // 2,000,000 × 25% = 500,000 against × 15% = 300,000
    expect(taxEstimateOf(ctx)).toMatchObject({ best: 'hnte', saving: 200_000 })
    expect(taxEstimateOf(ctx)?.regimes[1]).toEqual({ id: 'hnte', status: 'unknown', taxDue: 300_000 })
  })

  it('shows the equipment deduction apart, as a timing benefit', () => {
    const r = run((p) => {
      p.tax.taxableIncome = 1_000_000
      p.tax.equipmentUpTo5m = 400_000
    })
    // the base is not reduced by it: 1,000,000 × 5% = 50,000
    expect(r.estimate).toMatchObject({ taxableIncomeAfter: 1_000_000, deferredDeduction: 400_000 })
    expect(r.estimate?.regimes[2]?.taxDue).toBe(50_000)
  })

  it('is absent while the taxable income is unanswered', () => {
    expect(run(() => {}).estimate).toBeUndefined()
  })

  it('keeps a loss a loss: no tax under any regime, and the transfer relief does not deepen it', () => {
    // 500,000 − 800,000 = −300,000 (纳税调整后所得 < 0: 所得减免 is 0)
    const r = run((p) => {
      p.tax = { taxableIncome: 500_000, techTransferIncome: 400_000, techContractsRegistered: true }
      lastYear(p).rdTax = { ...ZERO_RD, items1to5: 800_000 }
    })
    // without the super deduction the firm would owe 500,000 × 25% = 125,000
    expect(r.estimate).toMatchObject({ taxableIncomeAfter: -300_000, best: 'standard', saving: 125_000 })
    expect(r.estimate?.regimes[0]?.taxDue).toBe(0)
  })
})

describe('小型微利 tiers by tax year', () => {
  const due = (taxable: number, asOf: string) =>
    run((p) => (p.tax.taxableIncome = taxable), asOf).inc('small-low-profit')?.figures.taxDue
  it.each([
    // 2019–2020 (财税〔2019〕13号): ≤100万 × 25% × 20% = 5%; 100万–300万 × 50% × 20% = 10%
    [1_000_000, '2019-06-30', 50_000],
    [3_000_000, '2019-06-30', 50_000 + 200_000],
    [3_000_000, '2020-12-31', 250_000],
    // 2021: ≤100万 再减半 2.5% (2021年第12号); 100万–300万 still 10%
    [1_000_000, '2021-01-01', 25_000],
    [1_000_000.1, '2021-06-30', 25_000.01], // 0.10 above 100万 at 10% = 0.01
    [3_000_000, '2021-12-31', 25_000 + 200_000],
    // 2022: ≤100万 2.5%; 100万–300万 × 25% × 20% = 5% (2022年第13号)
    [3_000_000, '2022-06-30', 25_000 + 100_000],
    // 2023–2027: 5% of the whole (2023年第6号, 第12号)
    [3_000_000, '2023-01-01', 150_000],
    [3_000_000, '2027-12-31', 150_000],
  ])('taxable %d in %s → %d', (taxable, asOf, expected) => {
    expect(due(taxable, asOf)).toBe(expected)
  })
})
