// @vitest-environment happy-dom
// The cliff charts for the example rd-short, with every figure worked out by hand from its answers and the law:
// - R&D intensity, 国科发火〔2016〕32号 第十一条（五）: last-year sales 3,600万 ≤ 5,000万, so the requirement is 5%
//   (4% above 5,000万 up to 2亿 = 20,000万, 3% above). Σ R&D 2023–2025 = (115.4 + 10) + (135 + 9) +
//   (150 + 10 + 80% × 30) = 125.4 + 144 + 184 = 453.4万 (工作指引 三（六）2: commissioned at 80%); Σ sales =
//   2,800 + 3,200 + 3,600 = 9,600万; 453.4 ÷ 9,600 = 4.7229…% → shown as 4.72%.
// - Small low-profit cliff, 财政部 税务总局公告2023年第12号 (tax year 2026): taxable income ≤ 300万 pays 25% on a
//   25% base = 5%; one fen above 300万 the whole income pays 25%. At the limit 300 × 5% = 15.00万; at 300.01万,
//   300.01 × 25% = 75.0025万 → 75.00万. The firm sits on the tax estimate's base: 应纳税所得额 280万 less the R&D extra
//   deduction, 100% (C29 manufacturing, 2023年第7号) of 150 + 10 (其他相关费用 within 150 ÷ 9 = 16.67) + 80% × 30
//   (entrusted, 财税〔2015〕119号 第二条第1项) = 184万 → 96万: 96 × 25% = 24.00万 standard, 96 × 5% = 4.80万.
import { afterEach, describe, it, expect } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import CliffCharts from '@/components/CliffCharts.vue'
import { createAppI18n } from '@/i18n'
import type { FirmProfile } from '@/profile/types'
import rdShort from '../../examples/rd-short.json'

const profile = rdShort as FirmProfile
const show = () => render(CliffCharts, { props: { profile }, global: { plugins: [createPinia(), createAppI18n()] } })
afterEach(cleanup)

const RD_TITLE = '研发费用占比要求与最近一年销售收入'
const TAX_TITLE = /^小型微利企业 300 万元临界点/

describe('CliffCharts', () => {
  it('draws two images, each named by its title and carrying its description', () => {
    show()
    const charts = screen.getAllByRole('img')
    expect(charts).toHaveLength(2)
    expect(screen.getByRole('img', { name: new RegExp(`^${RD_TITLE}`) })).toBe(charts[0])
    expect(screen.getByRole('img', { name: TAX_TITLE })).toBe(charts[1])
    // each image's accessible name is its title followed by its description, which says the figures in words
    expect(screen.getByRole('img', { name: new RegExp(`^${RD_TITLE} .*3,600\\.00 万元.*4\\.72%`) })).toBe(charts[0])
    expect(screen.getByRole('img', { name: /^小型微利企业 300 万元临界点.* .*300\.01 万元时税额 75\.00 万元/ })).toBe(
      charts[1],
    )
  })

  it('places the firm at its own R&D share against the 5% its sales band requires', () => {
    show()
    const rd = screen.getByRole('img', { name: new RegExp(`^${RD_TITLE}`) })
    expect(within(rd).getByText('本企业 4.72%')).toBeTruthy()
    // the requirement's three steps, 5% / 4% / 3%, at 5,000万 and 20,000万
    for (const label of ['5%', '4%', '3%', '5000', '20000']) expect(within(rd).getByText(label)).toBeTruthy()
  })

  it('says every figure in words too: the bands, the firm, and the tax either side of 300万', () => {
    show()
    const items = within(screen.getByRole('group'))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '')
    const text = items.join('\n')
    expect(items).toHaveLength(8)
    expect(text).toMatch(/不超过 5,000\.00 万元（含）.*不低于 5%/)
    expect(text).toMatch(/超过 5,000\.00 万元、不超过 20,000\.00 万元（含）.*不低于 4%/)
    expect(text).toMatch(/超过 20,000\.00 万元.*不低于 3%/)
    expect(text).toMatch(/3,600\.00 万元.*4\.72%.*5\.00%/)
    expect(text).toMatch(/300\.00 万元时税额 15\.00 万元/)
    expect(text).toMatch(/300\.01 万元时税额 75\.00 万元/)
    expect(text).toMatch(/2026 年度应纳税所得额 280\.00 万元.*96\.00 万元.*24\.00 万元.*4\.80 万元/)
  })

  it('draws the small low-profit series jumping from 15万 to 75万 straight up at the limit', () => {
    show()
    const tax = screen.getByRole('img', { name: TAX_TITLE })
    const line = within(tax).getByRole('graphics-symbol', { name: /小型微利/ })
    const [origin, before, after] = line
      .getAttribute('points')!
      .split(' ')
      .map((p) => p.split(',').map(Number) as [number, number])
    // the same income either side (a vertical jump), and heights above the origin in the ratio 15 : 75 = 1 : 5
    expect(before![0]).toBe(after![0])
    expect((origin![1] - before![1]) / (origin![1] - after![1])).toBeCloseTo(15 / 75, 2)
  })
})

// issue #8 §3: rd-short with 2025 其他费用 blank: the answered 2025 R&D is 150 + 80% × 30 = 174万, so Σ = 125.4 + 144 +
// 174 = 443.4万 of 9,600万 = 4.61875% → the dot reads "at least 4.61%" (floored), never a bare 4.61%.
describe('CliffCharts from partly answered R&D', () => {
  it('labels the firm’s dot "至少"', () => {
    const partial = structuredClone(profile)
    delete partial.years.find((y) => y.year === 2025)!.rd!.other
    render(CliffCharts, { props: { profile: partial }, global: { plugins: [createPinia(), createAppI18n()] } })
    expect(screen.getByText('本企业 至少 4.61%')).toBeTruthy()
    expect(screen.getByRole('img', { name: new RegExp(`^${RD_TITLE} .*研究开发费用占比至少 4\\.61%`) })).toBeTruthy()
  })
})
