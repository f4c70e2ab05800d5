import { describe, expect, it } from 'vitest'
import { rdIntensityCliff, smallLowProfitCliff } from '../../src/planner/cliffs'
import { assess } from '../../src/rules'
import { firm } from './fixtures'
import { messageText, render } from '../../src/engine/messages'

describe('rdIntensityCliff', () => {
  it('steps exactly at 5,000万 and 2亿 (from the HNTE parameters), each limit in the lower band', () => {
    const c = rdIntensityCliff(firm())!
    expect(c.limits).toEqual([50_000_000, 200_000_000])
    expect(c.requirement.slice(0, 5)).toEqual([
      { x: 0, y: 0.05 },
      { x: 50_000_000, y: 0.05 },
      { x: 50_000_000, y: 0.04 },
      { x: 200_000_000, y: 0.04 },
      { x: 200_000_000, y: 0.03 },
    ])
    expect(c.text[0]?.text).toContain('5,000.00 万元（含）')
  })

  it('places the firm where the engine does', () => {
    const p = firm()
    const check = assess(p).hnte.checks.find((x) => x.id === 'hnte.rd-intensity')!
    const c = rdIntensityCliff(p)!
    expect(c.firm).toEqual({ lastSales: 19_600_000, intensity: check.value, threshold: 0.05 })
    expect(c.text.at(-1)?.text).toContain('1,960.00 万元')
  })

  it('says "at least" for the firm built from partly answered R&D (issue #8 §3), in zh and en', () => {
    // 2025 其他费用 blank: answered (50 + 65 + 76.4)万 ÷ (1,000 + 1,400 + 1,960)万 = 191.4 ÷ 4,360 = 4.3899…% → 4.38%
    const c = rdIntensityCliff(firm(undefined, (p) => delete p.years[2]!.rd!.other))!
    expect(c.firm?.bound).toBe('at-least')
    const line = c.text.at(-1)!
    expect(line.text).toContain('近三年研究开发费用占比至少 4.38%，要求不低于 5.00%')
    expect(render(messageText(line.key, 'en')!, line.params, 'en')).toContain('R&D share at least 4.38%')
  })
})

// The tax cliff is for the estimate's tax year, on the estimate's base (Assessment.taxEstimate), worked by hand:
// the constructed firm's 应纳税所得额 200万 less the R&D extra deduction: C29 is manufacturing, 100% of its 76.4万
// (财政部 税务总局公告2021年第13号; 2023年第7号 from 2023) → base 123.6万.
describe('smallLowProfitCliff', () => {
  it('2026 (财政部 税务总局公告2023年第12号, 5%): jumps to 25% of the whole income one fen above 300万', () => {
    const c = smallLowProfitCliff(firm())
    const slp = c.series.find((s) => s.id === 'small-low-profit')!
    expect([c.taxYear, c.limit]).toEqual([2026, 3_000_000])
    expect(slp.points.slice(1, 3)).toEqual([
      { x: 3_000_000, y: 150_000 },
      { x: 3_000_000.01, y: 750_000 },
    ])
    // 123.6万 × 25% = 30.90万; × 15% = 18.54万; × 5% = 6.18万
    expect(c.firm).toEqual({
      taxableIncome: 1_236_000,
      taxDue: { standard: 309_000, hnte: 185_400, 'small-low-profit': 61_800 },
    })
    expect(c.firm!.taxDue['small-low-profit']).toBe(assess(firm()).taxEstimate?.regimes[2]?.taxDue)
  })

  it('2021 settlement (财税〔2019〕13号 + 2021年第12号): 2.5% up to 100万, 10% above, then the cliff', () => {
    const p = firm(undefined, (x) => {
      x.assessmentDate = '2022-03-15'
      x.years = x.years.map((y) => ({ ...y, year: y.year - 4 }))
      x.tax = { taxableIncome: 2_000_000, taxYear: 2021 }
    })
    const c = smallLowProfitCliff(p)
    expect(c.taxYear).toBe(2021)
    // 100万 × 12.5% × 20% = 2.5万; at 300万: 2.5万 + 200万 × 50% × 20% = 22.5万; 300.01万 × 25% = 75.0025万
    expect(c.series.find((s) => s.id === 'small-low-profit')!.points.slice(0, 4)).toEqual([
      { x: 0, y: 0 },
      { x: 1_000_000, y: 25_000 },
      { x: 3_000_000, y: 225_000 },
      { x: 3_000_000.01, y: 750_000 },
    ])
    // the firm on its base 123.6万: 2.5万 + 23.6万 × 10% = 4.86万 (a flat 5% would say 6.18万)
    expect(c.firm?.taxDue['small-low-profit']).toBe(48_600)
    const text = c.text.map((m) => m.text).join('\n')
    expect(text).toContain('其中不超过 100.00 万元（含）的部分实际税负 2.5%')
    expect(text).toContain('超过 100.00 万元、不超过 300.00 万元（含）的部分实际税负 10%')
    expect(text).toContain(
      '2021 年度小型微利企业：应纳税所得额不超过 300.00 万元（含）时实际税负 2.5% / 10%，300.00 万元时税额 22.50 万元',
    )
    expect(text).toContain('本企业 2021 年度应纳税所得额 200.00 万元')
  })

  it('falls to 15% above the limit for an HNTE', () => {
    const slp = smallLowProfitCliff(firm(), true).series.find((s) => s.id === 'small-low-profit')!
    expect(slp.points[2]).toEqual({ x: 3_000_000.01, y: 450_000 })
  })

  it('has no 小型微利 series in a year the incentive is not in force', () => {
    const c = smallLowProfitCliff(firm(undefined, (p) => (p.assessmentDate = '2028-06-30')))
    expect(c.series.map((s) => s.id)).toEqual(['standard', 'hnte'])
    expect(c.text.map((m) => m.text).join()).toContain('不在有效期内')
  })

  it('has its text equivalents and legend in English too', async () => {
    const { messageText, render } = await import('../../src/engine/messages')
    const c = smallLowProfitCliff(firm())
    const en = [...c.text, ...c.series.map((s) => s.label)].map((m) =>
      render(messageText(m.key, 'en')!, m.params, 'en'),
    )
    expect(en.join(' ')).toContain('at CNY 3,000,000.00 the tax is CNY 150,000.00')
    expect(en.join(' ')).not.toMatch(/[\u4e00-\u9fff]/)
  })
})
