// @vitest-environment happy-dom
// The results page on the real engine, read the way a person reads it (headings, regions, rows by their words):
// the draft store's profile goes through assess() and the page says what the law gives for it. The verdicts
// and the gap below are worked out by hand from the profile (see nearMiss) and the cited articles.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import ResultsView from '@/views/ResultsView.vue'
import { useDraftStore } from '@/stores/draft'
import type { FirmProfile } from '@/profile/types'
import { makeI18n, makeRouter } from './fixtures/mount'

/**
 * A manufacturer just short of the HNTE R&D intensity, 国科发火〔2016〕32号 第十一条（五）:
 * last-year sales 1,900万 ≤ 5,000万 → at least 5% of the three years' sales 1,500 + 1,700 + 1,900 = 5,100万,
 * i.e. 255.00万; its R&D is 70 + 82 + 90 = 242.00万 → short by 13.00万 (4.745%): HNTE 不符合条件.
 * Tech-SME, 国科发政〔2017〕115号 第六条: (一) resident, audit-collected; (二) 95 staff ≤ 500, sales 1,900万 and
 * assets 4,000万 ≤ 2亿; (三) not restricted; (五) score 4 (科技人员 12/95 = 12.6%, band 10–15%) + 30 (研发 90/1,900 =
 * 4.7%, band 4–5%) + 30 (one Class I IP) = 64 ≥ 60; but (四), a major accident in the past year, is unanswered:
 * so no verdict yet (信息不完整); answered "yes", the firm fails (四) and both programmes (HNTE 第十一条（八）).
 */
function nearMiss(): FirmProfile {
  const year = (y: number, sales: number, rd: number) => ({
    year: y,
    salesRevenue: sales,
    totalIncome: sales + 200_000,
    hiTechIncome: sales * 0.7,
    netAssets: 20_000_000 + (y - 2023) * 3_000_000,
    totalAssets: 40_000_000,
    costsAndExpenses: sales * 0.85,
    rd: { inHouse: rd, other: 0, entrustedDomestic: 0, entrustedOverseas: 0, inHouseAbroad: 0 },
  })
  return {
    format: 'innocheck-profile',
    version: 1,
    assessmentDate: '2026-11-26',
    company: {
      name: '霸州市示例科技有限公司',
      registeredOn: '2015-03-10',
      residentInMainland: true,
      taxCollection: 'audit',
      industry: 'C34',
      restrictedIndustry: false,
      techField: '8',
    },
    staff: { total: 95, scienceTech: 12 },
    years: [year(2023, 15_000_000, 700_000), year(2024, 17_000_000, 820_000), year(2025, 19_000_000, 900_000)],
    ip: {
      classI: 1,
      classII: 6,
      classIIUsedBefore: 0,
      ownDevelopment: true,
      coreToMainProducts: true,
      standards: false,
    },
    transformations: 9,
    rdManagement: { system: 'yes', institution: 'partly', transformationIncentives: 'yes' },
    record: { seriousDishonesty: false },
    credentials: {},
    tax: { taxableIncome: 2_400_000 },
  }
}

let mounted: VueWrapper | undefined
/** mounted in place (Testing Library's render moves the nodes after mounting, which drops the focus under test) */
function show(profile: FirmProfile) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useDraftStore()
  store.replace(profile)
  mounted = mount(ResultsView, { attachTo: document.body, global: { plugins: [pinia, makeI18n(), makeRouter()] } })
  return store
}

const program = (name: string) => screen.getByRole('region', { name })
const row = (region: HTMLElement, condition: RegExp) => within(region).getByRole('row', { name: condition })
const squash = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ')

describe('ResultsView', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => mounted?.unmount())

  it('focuses its heading on arrival and says what the result is and is not', () => {
    show(nearMiss())
    const h1 = screen.getByRole('heading', { level: 1, name: '自评结果' })
    expect(document.activeElement).toBe(h1)
    expect(screen.getByText('自评结果仅供参考，不代替主管部门的认定', { exact: false })).toBeTruthy()
    expect(screen.getByText('评估日期：2026年11月26日')).toBeTruthy()
    // 工作指引 一: the three fiscal years before the application year 2026
    expect(screen.getByText('所用会计年度：2023、2024、2025')).toBeTruthy()
    expect(screen.getByText(/^规则版本：\S+/)).toBeTruthy()
    expect(screen.getByRole('link', { name: '返回核对答案' }).getAttribute('href')).toBe('/review')
  })

  it('names the firm and links to the A4 result sheet', () => {
    show(nearMiss())
    expect(screen.getByText('企业：霸州市示例科技有限公司')).toBeTruthy()
    expect(screen.getAllByRole('link').some((a) => a.getAttribute('href') === '/print')).toBe(true)
  })

  it('gives the verdicts the law gives: HNTE not met on R&D intensity, tech-SME undecided', () => {
    show(nearMiss())
    const hnte = program('高新技术企业认定')
    expect(within(hnte).getByText('不符合条件', { exact: false })).toBeTruthy()
    const rd = row(hnte, /^研发费用占销售收入比例/)
    expect(squash(rd)).toContain('不符合')
    // a 2026 application over 2023–2025 (hand-worked in tests/components/application-window.test.ts)
    expect(squash(rd)).toContain('2026 年申报还差研发费用 13.00 万元（2023–2025 年合计）')
    expect(within(program('科技型中小企业评价')).getByText('信息不完整，暂无法判断', { exact: false })).toBeTruthy()
  })

  it('recomputes as soon as an answer changes: a major accident fails both programmes', async () => {
    const store = show(nearMiss())
    const tsme = program('科技型中小企业评价')
    expect(within(tsme).queryByText('不符合条件', { exact: false })).toBeNull()
    store.profile.record.majorIncidentPastYear = true
    await nextTick()
    expect(squash(row(program('高新技术企业认定'), /^近一年无重大安全/))).toContain('不符合')
    expect(squash(row(tsme, /^无重大事故/))).toContain('不符合')
    expect(within(tsme).getByText('不符合条件', { exact: false })).toBeTruthy()
  })
})
