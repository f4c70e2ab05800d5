// The checklist's amounts go through the one formatter (src/format): 万元 for a Chinese reader (元 below 1 万元), CNY
// for an English one; a shortfall is rounded up so that closing it is enough.
import { describe, expect, it } from 'vitest'
import { catalogues, render } from '../../../src/engine/messages'
import { readFileSync } from 'node:fs'
import { assess } from '../../../src/rules/index'
import { engineText } from '../../../src/composables/useEngineText'
import type { FirmProfile, FiscalYearData } from '../../../src/profile/types'

const zh = (key: string, params: Record<string, number | string>) => render(catalogues['zh-CN'][key]!, params)
const en = (key: string, params: Record<string, number | string>) => render(catalogues.en[key]!, params, 'en')

describe('checklist amounts', () => {
  it('states a shortfall in 万元, or in 元 below 1 万元, rounded up to the fen shown', () => {
    // 266,000 yuan = 26.60 万元; 300 yuan stays 300.00 元; 266,000.01 yuan = 26.600001 万元, shown to 0.01 万元
    // rounded up → 26.61 万元 (rounded up, so that closing the stated gap is always enough)
    expect(zh('checklist.gap.yuan', { gap: 266_000 })).toBe('还差 26.60 万元')
    expect(zh('checklist.gap.yuan', { gap: 300 })).toBe('还差 300.00 元')
    expect(zh('checklist.gap.yuan', { gap: 266_000.01 })).toBe('还差 26.61 万元')
  })

  it('speaks English without Chinese units', () => {
    expect(en('checklist.gap.yuan', { gap: 266_000 })).toBe('CNY 266,000.00 short')
    const detail = en('checklist.claim.equipment-one-time-deduction.detail', { due: '2027-05-31', amount: 1_200_000 })
    expect(detail).toContain('Estimated deduction CNY 1,200,000.00')
    expect(detail).not.toMatch(/万|× 10,000/)
  })
})

// Bounds (issue #8): a figure built from partly-answered amounts, or with a deduction of unknown amount left out,
// is written "至少" / "至多" on the checklist as on the results. Hand-worked on examples/strong-hnte.json (assessed
// 2026-11-26: tax year 2026 estimated from 2025; 应纳税所得额 800万; manufacturing C33, 查账征收).
describe('claim amounts that are bounds', () => {
  const strong = (): FirmProfile =>
    JSON.parse(readFileSync(new URL('../../../examples/strong-hnte.json', import.meta.url), 'utf8')) as FirmProfile
  const claim = (p: FirmProfile, id: string) => assess(p).checklist.find((i) => i.id === `claim.${id}`)
  const with2025 = (p: FirmProfile, rdTax: FiscalYearData['rdTax']) => {
    p.years = p.years.map((y) => (y.year === 2025 ? { ...y, rdTax } : y))
    return p
  }

  it('says "至少" for a super deduction built from partly-answered R&D: 100万 × 100% = at least 100万', () => {
    // 2025 items 1–5 of 100万 given, 其他相关费用 and 委托 amounts blank: 100% (2023年第7号) × 100万 at least
    const item = claim(with2025(strong(), { items1to5: 1_000_000 }), 'rd-super-deduction')!
    expect(item.detail!.text).toContain('预计加计扣除额至少 100.00 万元')
    expect(engineText(item.detail!, 'en')).toContain('Estimated extra deduction at least CNY 1,000,000.00')
  })

  it('says "至多" for the 15% saving when the R&D deduction is unknown: 10% × 800万 = at most 80万', () => {
    // certificate of 2024-10-10 covers tax year 2026; 2025 super-deduction R&D not given, so the base is at most
    // 800万 (no transfer income): saving 10% × 800万 = 80万 at most
    const p = with2025(strong(), undefined)
    p.credentials = { ...p.credentials, hnteCertifiedOn: '2024-10-10' }
    p.tax = { ...p.tax, techTransferIncome: 0 }
    expect(claim(p, 'hnte-reduced-rate')!.detail!.text).toContain('预计节税至多 80.00 万元')
  })

  it('says "至多" for the tax on the halved transfer income when a deduction is unknown: 25% × 75万 = 18.75万', () => {
    // transfer income 650万: 500万 exempt, the other 150万 taxed at half → 75万 taxable; base at most
    // 800 − 500 − 75 = 225万, so all 75万 may stay in it: 25% × 75万 = 18.75万 at most (the unknown R&D
    // deduction could take part of it)
    const item = claim(with2025(strong(), undefined), 'tech-transfer-exemption')!
    expect(item.detail!.text).toContain('预计免税 500.00 万元、减半 150.00 万元，应纳税至多 18.75 万元')
  })

  it('writes the 15% saving in 万元 beside small low-profit relief, not raw yuan', () => {
    // no R&D, no transfer income: base 200万 exactly; HNTE saving 10% × 200万 = 20万; 小型微利 applies too
    const p = with2025(strong(), {
      items1to5: 0,
      otherRelated: 0,
      entrustedDomestic: 0,
      entrustedOverseas: 0,
      intangibleAmortization: 0,
    })
    p.credentials = { ...p.credentials, hnteCertifiedOn: '2024-10-10' }
    p.tax = { taxableIncome: 2_000_000, avgEmployees: 100, avgTotalAssets: 30_000_000, techTransferIncome: 0 }
    const text = claim(p, 'hnte-reduced-rate')!.detail!.text
    expect(text).toContain('预计节税 20.00 万元')
    expect(text).toContain('两项税率优惠不叠加')
  })

  it('gives the super-deduction rate as "at least" while a higher rate is open, exact once it is settled', () => {
    // tax year 2026: 100% for all (2023年第7号); listed IC / machine-tool firms 120% (2023年第44号) — unanswered
    const open = strong()
    delete open.company.icOrMachineToolListed
    const rd = (p: FirmProfile) => assess(p).incentives.find((i) => i.id === 'rd-super-deduction')!
    expect(rd(open).figures.rate).toBe(1)
    expect(rd(open).bounds?.rate).toBe('at-least')
    expect(rd(strong()).bounds?.rate).toBeUndefined()
  })

  it('has a bounded template for every figure the incentives can bound, in both languages', () => {
    const bounded = [
      'checklist.claim.rd-super-deduction.detail-at-least',
      'checklist.claim.rd-super-deduction.detail-at-most',
      'checklist.claim.hnte-reduced-rate.detail-at-most',
      'checklist.claim.hnte-reduced-rate.choice-any-at-most',
      'checklist.claim.small-low-profit.detail-at-most',
      'checklist.claim.tech-transfer-exemption.detail-at-most',
    ]
    for (const key of bounded) {
      expect(catalogues['zh-CN'][key], key).toMatch(/至少|至多/)
      expect(catalogues.en[key], key).toMatch(/at least|at most/)
    }
  })
})

describe('a score gap', () => {
  it('is "at least" when the score is known only as a range: it fails on the top of the range', () => {
    const p = JSON.parse(
      readFileSync(new URL('../../../examples/strong-hnte.json', import.meta.url), 'utf8'),
    ) as FirmProfile
    p.transformations = 0
    p.rdManagement = { system: 'no', institution: 'no', transformationIncentives: 'no', talent: 'no' }
    const a = assess(p)
    // a range [min, max] with max ≤ 70 fails 三（七） (> 70 passes): at least 71 − max points are missing
    expect(a.hnte.score.min).toBeLessThan(a.hnte.score.max)
    expect(a.hnte.score.max).toBeLessThan(71)
    const item = a.checklist.find((i) => i.id === 'fix.hnte.innovation-score')!
    expect(item.detail!.text).toBe(`至少还差 ${71 - a.hnte.score.max} 分（得分只能估出范围，按上限计算）`)
  })
})
