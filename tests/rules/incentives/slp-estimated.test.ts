// 小型微利企业: 从业人数 and 资产总额 are full-year quarterly averages, 从业人数 with 劳务派遣 workers (财政部 税务总局公告
// 2023年第6号 第三条 for 2023–2024, 2023年第12号 第五条 for 2025–2027). Unanswered, the relief is judged on the HNTE
// 职工总数 and the year-end assets — other measures — and the results must say so, citing that year's definition.
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/rules/index'
import type { FirmProfile } from '../../../src/profile/types'
import { goodFirm, lastYear } from '../tech-sme/fixtures'

const NO_RD = { items1to5: 0, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0, intangibleAmortization: 0 }

function notices(asOf: string, tax: FirmProfile['tax']) {
  const p = goodFirm(asOf)
  p.company.industry = 'I65'
  lastYear(p).rdTax = { ...NO_RD }
  p.tax = { techTransferIncome: 0, ...tax }
  const a = assess(p)
  const slp = a.incentives.find((i) => i.id === 'small-low-profit')
  const est = (w: string) => a.notices.find((n) => n.id === `small-low-profit.estimated-${w}`)
  return { slp, staff: est('staff'), assets: est('assets') }
}

describe('small low-profit relief judged on estimated staff or assets', () => {
  it('says which figure was estimated, citing the 2026 definition (2023年第12号 第五条)', () => {
    // 100 staff and 1,000万 year-end assets stand in: within 300 / 5,000万, so the relief is shown, with the warning
    const r = notices('2026-07-01', { taxableIncome: 200 * 10_000 })
    expect(r.slp?.status).toBe('applicable')
    expect(r.staff).toMatchObject({
      level: 'warning',
      cite: { doc: '财政部 税务总局公告2023年第12号', article: '第五条' },
    })
    expect(r.assets?.message.params).toMatchObject({ basisYear: 2025, taxYear: 2026 })
  })

  it('cites 2023年第6号 第三条 for tax year 2024', () => {
    const r = notices('2024-07-01', { taxableIncome: 200 * 10_000, avgTotalAssets: 1_000 * 10_000 })
    expect(r.staff?.cite).toMatchObject({ doc: '财政部 税务总局公告2023年第6号', article: '第三条' })
    expect(r.assets).toBeUndefined()
  })

  it('says nothing when both are answered, or when the income already rules the relief out', () => {
    expect(
      notices('2026-07-01', { taxableIncome: 200 * 10_000, avgEmployees: 50, avgTotalAssets: 1e7 }).staff,
    ).toBeUndefined()
    const over = notices('2026-07-01', { taxableIncome: 300 * 10_000 + 0.01 })
    expect(over.slp?.status).toBe('not-applicable')
    expect(over.staff).toBeUndefined()
  })
})
