// Worked examples the tax bureau and the ministries publish (or that follow line by line from an article's words),
// run through the public engine, assess(). Every expected value is worked by hand in the comment beside it, with
// the document and article; none was copied from the engine's output. Amounts in yuan; 万 = 10,000.
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/rules/index'
import type { FirmProfile } from '../../src/profile/types'
import { goodFirm, lastYear, NO_RD_TAX } from '../rules/tech-sme/fixtures'

const W = 10_000

/** a services firm (I65: no manufacturing or tech-SME rate) under 查账征收, with `change` applied */
function firm(asOf: string, change: (p: FirmProfile) => void): FirmProfile {
  const p = goodFirm(asOf)
  p.company.industry = 'I65'
  p.company.icOrMachineToolListed = false
  p.credentials.techSmeRegistrationYear = undefined
  lastYear(p).rdTax = { ...NO_RD_TAX }
  p.tax = { techTransferIncome: 0, equipmentUpTo5m: 0 }
  change(p)
  return p
}
const incentive = (p: FirmProfile, id: string) => {
  const i = assess(p).incentives.find((x) => x.id === id)
  if (!i) throw new Error(`no incentive ${id}`)
  return i
}

describe('R&D super deduction: the other-related-cost limit (其他相关费用限额)', () => {
  it('pooled across projects from 2021: the published two-project example (2021年第28号 第三条)', () => {
    // 国家税务总局公告2021年第28号 第三条 and its 解读 (repeated in 研发费用加计扣除政策执行指引 2.0): project A has
    // items 1–5 of 90万 and other costs of 12万, project B 100万 and 8万. Pooled limit = (90 + 100) × 10% ÷ (1 − 10%)
    // = 21.111…万 ≥ actual 20万 → all 20万 count. Base = 190 + 20 = 210万. Tax year 2021, non-manufacturing:
    // 75% (财政部 税务总局公告2021年第6号) → extra deduction 157.5万.
    const p = firm('2022-03-01', (q) => {
      q.tax.taxYear = 2021
      lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 190 * W, otherRelated: 20 * W }
    })
    expect(incentive(p, 'rd-super-deduction')).toMatchObject({
      status: 'applicable',
      taxYear: 2021,
      figures: { rate: 0.75, extraDeduction: 1_575_000 },
    })
    expect(incentive(p, 'rd-super-deduction').bounds?.extraDeduction).toBeUndefined()
  })

  it('per project up to 2020: from totals the figure is an upper bound of the published per-project result', () => {
    // Same firm, tax year 2020 (国家税务总局公告2015年第97号 第二条第（三）项: the limit per project). The 解读 of
    // 2021年第28号: A's limit 90 × 10% ÷ 90% = 10万 < 12万 → 10万; B's 100 × 10% ÷ 90% = 11.11万 > 8万 → 8万;
    // together 18万, base 208万, 75% (财税〔2018〕99号) → 156万. From firm totals the tool can only pool:
    // 157.5万, shown as "at most" — never below the law's 156万, never stated as exact.
    const p = firm('2021-03-01', (q) => {
      q.tax.taxYear = 2020
      lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 190 * W, otherRelated: 20 * W }
    })
    const rd = incentive(p, 'rd-super-deduction')
    expect(rd.figures).toMatchObject({ rate: 0.75, extraDeduction: 1_575_000 })
    expect(rd.bounds?.extraDeduction).toBe('at-most')
    expect(rd.figures.extraDeduction).toBeGreaterThanOrEqual(1_560_000)
  })

  it('the cap formula: other costs above 前五项之和 × 10% ÷ (1 − 10%) do not count (2021年第28号 第三条)', () => {
    // items 1–5 = 300万: limit = 300 × 0.1 ÷ 0.9 = 33.333…万 = 333,333.33 yuan (to the fen); actual other 50万.
    // Base = 3,000,000 + 333,333.333… = 3,333,333.33; tax year 2026 at 100% (财政部 税务总局公告2023年第7号 第一条).
    const p = firm(
      '2026-07-01',
      (q) => (lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 300 * W, otherRelated: 50 * W }),
    )
    expect(incentive(p, 'rd-super-deduction').figures).toEqual({ rate: 1, extraDeduction: 3_333_333.33 })
  })
})

describe('R&D super deduction: commissioned R&D (委托研发)', () => {
  it('domestic at 80% of what was paid (财税〔2015〕119号 第二条第1项)', () => {
    // items 1–5 = 200万, commissioned in China 100万 → 80万 counts; base 280万; 2026 at 100% → 280万.
    const p = firm(
      '2026-07-01',
      (q) => (lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 200 * W, entrustedDomestic: 100 * W }),
    )
    expect(incentive(p, 'rd-super-deduction').figures).toEqual({ rate: 1, extraDeduction: 2_800_000 })
  })

  it('overseas at 80%, counted up to 2/3 of the domestic qualifying R&D (财税〔2018〕64号 第一条)', () => {
    // domestic qualifying = items 1–5 = 300万; overseas paid 500万 → 80% = 400万 > 2/3 × 300万 = 200万 → 200万.
    // Base = 300 + 200 = 500万; 2026 at 100% → 500万. With 200万 paid abroad: 160万 < 200万 → base 460万.
    const at = (overseas: number) =>
      incentive(
        firm(
          '2026-07-01',
          (q) => (lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 300 * W, entrustedOverseas: overseas }),
        ),
        'rd-super-deduction',
      ).figures.extraDeduction
    expect(at(500 * W)).toBe(5_000_000)
    expect(at(200 * W)).toBe(4_600_000)
  })
})

describe('R&D super deduction: the rate by tax year and sector', () => {
  // items 1–5 = 100万 in every case; the extra deduction is rate × 100万.
  const rd = (asOf: string, taxYear: number, industry: string) =>
    incentive(
      firm(asOf, (q) => {
        q.tax.taxYear = taxYear
        q.company.industry = industry
        lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 100 * W }
      }),
      'rd-super-deduction',
    ).figures
  it.each([
    // 财税〔2015〕119号 第一条: 50% (2016–2017)
    ['2017-03-01', 2016, 'I65', 0.5],
    // 财税〔2018〕99号 第一条: 75% for all (2018–2020)
    ['2019-03-01', 2018, 'I65', 0.75],
    // 2021年第6号 (75% extended) for services; 2021年第13号 第一条: manufacturing (section C) 100% from 2021
    ['2022-03-01', 2021, 'I65', 0.75],
    ['2022-03-01', 2021, 'C34', 1],
    // 财政部 税务总局公告2023年第7号 第一条: 100% for all from 2023
    ['2024-03-01', 2023, 'I65', 1],
  ])('on %s for tax year %i, industry %s: %d', (asOf, year, industry, rate) => {
    expect(rd(asOf, year, industry)).toEqual({ rate, extraDeduction: rate * 100 * W })
  })
})

describe('R&D super deduction: the fourth quarter of 2022 (财政部 税务总局 科技部公告2022年第28号)', () => {
  // Firms at 75% had 100% on R&D of 2022-10-01 – 12-31. From a yearly total of 100万 the law gives 75万 plus 25% of
  // the fourth quarter's part: between 75万 (nothing in the quarter) and 100万 (all of it). 75万 is then "at least",
  // never exact, and a warning says why; a manufacturer (already 100%, 2021年第13号) is exact, and 2021 is exact.
  const rd = (asOf: string, taxYear: number, industry: string) => {
    const p = firm(asOf, (q) => {
      q.tax.taxYear = taxYear
      q.company.industry = industry
      lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 100 * W }
    })
    return { inc: incentive(p, 'rd-super-deduction'), warned: assess(p).notices.some((n) => n.id.endsWith('q4-2022')) }
  }
  it('services, tax year 2022: at least 75万, with the warning', () => {
    const r = rd('2023-03-01', 2022, 'I65')
    expect(r.inc.figures).toEqual({ rate: 0.75, extraDeduction: 750_000 })
    expect(r.inc.bounds?.extraDeduction).toBe('at-least')
    expect(r.warned).toBe(true)
  })
  it('manufacturing 2022 and services 2021: exact, no warning', () => {
    expect(rd('2023-03-01', 2022, 'C34').inc.bounds?.extraDeduction).toBeUndefined()
    expect(rd('2023-03-01', 2022, 'C34').warned).toBe(false)
    expect(rd('2022-03-01', 2021, 'I65').warned).toBe(false)
  })
})

describe('小型微利企业: the tax on 200万 of taxable income, year by year (the bureau’s worked examples)', () => {
  // staff 100 ≤ 300, assets 1,000万 ≤ 5,000万, services (not restricted); taxable income 200万, no other incentive.
  const due = (asOf: string, taxYear: number) =>
    incentive(
      firm(asOf, (q) => {
        q.tax.taxYear = taxYear
        q.tax.taxableIncome = 200 * W
      }),
      'small-low-profit',
    ).figures.taxDue
  it.each([
    // 财税〔2019〕13号 第二条: 100万 × 25% × 20% + 100万 × 50% × 20% = 5万 + 10万 = 15万 (2019年第2号 解读 example)
    ['2020-03-01', 2019, 150_000],
    // 2021年第12号 第一条: the first 100万 halved again → 100万 × 12.5% × 20% = 2.5万; the rest still 13号 → 10万
    ['2022-03-01', 2021, 125_000],
    // 2022年第13号 第一条: 100万–300万 at 25% × 20% = 5万; the first 100万 still 2.5万 → 7.5万
    ['2023-03-01', 2022, 75_000],
    // 2023年第6号 第一条 and 2022年第13号 第一条 (2023–2024), continued by 2023年第12号 第三条: 200万 × 25% × 20% = 10万
    ['2024-03-01', 2023, 100_000],
    ['2026-07-01', 2026, 100_000],
  ])('on %s for tax year %i: %i yuan', (asOf, year, tax) => {
    expect(due(asOf, year)).toBe(tax)
  })
  it('cites the text in force that year: 2023年第6号 第一条 for 2024, 2023年第12号 第三条 (its continuation) for 2026', () => {
    const cite = (asOf: string) =>
      incentive(
        firm(asOf, (q) => (q.tax.taxableIncome = 200 * W)),
        'small-low-profit',
      ).cite
    expect(cite('2024-07-01')).toMatchObject({ doc: '财政部 税务总局公告2023年第6号' })
    expect(cite('2024-07-01').article).toMatch(/^第一条/)
    expect(cite('2026-07-01')).toMatchObject({ doc: '财政部 税务总局公告2023年第12号', article: '第三条' })
  })
})

describe('HNTE 15% and small low-profit relief do not stack: the firm takes the cheaper', () => {
  // Certificate issued 2025-03-10, valid to 2028-03-09: tax year 2026 is covered (国家税务总局公告2017年第24号 第一条).
  const hnte = (income: number) =>
    assess(
      firm('2026-07-01', (q) => {
        q.credentials.hnteCertifiedOn = '2025-03-10'
        q.tax.taxableIncome = income
      }),
    ).taxEstimate
  it('200万: 小型微利 10万 (200万 × 5%) beats HNTE 30万 (200万 × 15%)', () => {
    const e = hnte(200 * W)
    expect(e?.best).toBe('small-low-profit')
    expect(e?.regimes.find((r) => r.id === 'small-low-profit')?.taxDue).toBe(100_000)
    expect(e?.regimes.find((r) => r.id === 'hnte')?.taxDue).toBe(300_000)
  })
  it('400万: over the 300万 limit, HNTE 60万 (400万 × 15%) against 100万 at 25%', () => {
    const e = hnte(400 * W)
    expect(e?.best).toBe('hnte')
    expect(e?.regimes.find((r) => r.id === 'hnte')?.taxDue).toBe(600_000)
    expect(e?.regimes.find((r) => r.id === 'standard')?.taxDue).toBe(1_000_000)
  })
})

describe('technology-transfer income (企业所得税法实施条例 第九十条)', () => {
  it('600万 of transfer income: 500万 exempt, 100万 halved; its own tax 100万 × 50% × 25% = 12.5万', () => {
    // taxable income 1,000万 (of which the 600万 transfer income), not an HNTE, no R&D: base = 1,000 − 500 − 50 =
    // 450万; tax 450万 × 25% = 112.5万 (国税函〔2009〕212号 第一条: contracts registered).
    const p = firm('2026-07-01', (q) => {
      q.tax = { ...q.tax, taxableIncome: 1_000 * W, techTransferIncome: 600 * W, techContractsRegistered: true }
    })
    expect(incentive(p, 'tech-transfer-exemption').figures).toEqual({
      exemptIncome: 5_000_000,
      halvedIncome: 1_000_000,
      taxDue: 125_000,
    })
    const e = assess(p).taxEstimate
    expect(e?.taxableIncomeAfter).toBe(4_500_000)
    expect(e?.regimes.find((r) => r.id === 'standard')?.taxDue).toBe(1_125_000)
  })
})

describe('an HNTE with technology-transfer income (国税函〔2010〕157号; 实施条例 第九十条)', () => {
  it('the halved part is taxed at 25% × 50%, not at 15%: 1,000万 with 600万 of transfer income → 72.5万', () => {
    // exempt 500万; of the 100万 above it half (50万) stays in the base, at the 25% statutory rate → 12.5万; the
    // other 400万 at 15% → 60万; together 72.5万. Without incentives 1,000万 × 25% = 250万.
    const p = firm('2026-07-01', (q) => {
      q.credentials.hnteCertifiedOn = '2025-03-10'
      q.tax = { ...q.tax, taxableIncome: 1_000 * W, techTransferIncome: 600 * W, techContractsRegistered: true }
    })
    const e = assess(p).taxEstimate
    expect(e?.taxableIncomeAfter).toBe(4_500_000)
    expect(e?.regimes.find((r) => r.id === 'hnte')).toMatchObject({ status: 'applicable', taxDue: 725_000 })
    expect(e?.best).toBe('hnte')
  })
})

describe('核定征收 (deemed-taxed) firms', () => {
  it('get no super deduction and no 15% rate, but small low-profit relief (119号 第五条第（一）项; 377号; 2023年第6号 第二条)', () => {
    const p = firm('2026-07-01', (q) => {
      q.company.taxCollection = 'deemed'
      q.credentials.hnteCertifiedOn = '2025-03-10'
      q.tax.taxableIncome = 200 * W
      lastYear(q).rdTax = { ...NO_RD_TAX, items1to5: 100 * W }
    })
    expect(incentive(p, 'rd-super-deduction').status).toBe('not-applicable')
    expect(incentive(p, 'hnte-reduced-rate').status).toBe('not-applicable')
    // 200万 × 25% × 20% = 10万
    expect(incentive(p, 'small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 100_000 } })
  })
})

describe('the HNTE certificate years (国家税务总局公告2017年第24号 第一条; 32号 第九条: valid three years)', () => {
  // Issued 2023-10-15: valid to 2026-10-14. The 15% rate from the issue year: 2023, 2024, 2025 whole; 2026 is the
  // expiry year (prepay at 15%, pay the difference unless recognised again by 31 December): not a certain 15%.
  const rate = (asOf: string, taxYear?: number) =>
    incentive(
      firm(asOf, (q) => {
        q.credentials.hnteCertifiedOn = '2023-10-15'
        q.tax.taxableIncome = 400 * W
        if (taxYear) q.tax.taxYear = taxYear
      }),
      'hnte-reduced-rate',
    ).status
  it('covers the issue year (settled in 2024) and the next ones', () => {
    expect(rate('2024-03-01', 2023)).toBe('applicable')
    expect(rate('2026-03-01', 2025)).toBe('applicable')
  })
  it('the expiry year is not a certain 15%', () => {
    expect(rate('2026-09-01')).not.toBe('applicable')
  })
})
