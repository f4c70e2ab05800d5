// @vitest-environment happy-dom
// The results page on the real engine: the draft store's profile goes through assess() and every part of
// the assessment reaches the page.
import { describe, it, expect, beforeEach } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ResultsView from '@/views/ResultsView.vue'
import { useDraftStore } from '@/stores/draft'
import type { FirmProfile } from '@/profile/types'
import { makeI18n, makeRouter, textOf } from './fixtures/mount'

/** a manufacturer just short of the 5% R&D intensity (rules.md §2.1 (五)), some answers left open */
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

const examples = import.meta.glob<{ default: FirmProfile }>('../../examples/*.json', { eager: true })

let wrapper: VueWrapper | undefined
function render(profile: FirmProfile) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useDraftStore()
  store.replace(profile)
  wrapper = mount(ResultsView, { attachTo: document.body, global: { plugins: [pinia, makeI18n(), makeRouter()] } })
  return { wrapper, store }
}

describe('ResultsView', () => {
  beforeEach(() => {
    wrapper?.unmount()
    localStorage.clear()
  })

  it('focuses its heading on arrival and says the result is for reference only', () => {
    const { wrapper } = render(nearMiss())
    const h1 = wrapper.get('h1')
    expect(document.activeElement).toBe(h1.element)
    expect(h1.attributes('tabindex')).toBe('-1')
    const text = textOf(wrapper)
    expect(text).toContain('自评结果仅供参考，不代替主管部门的认定')
    expect(text).toContain('评估日期：2026年11月26日')
    expect(text).toContain('所用会计年度：2023、2024、2025')
    expect(text).toMatch(/规则版本：\S+/)
    expect(wrapper.get('a[href="/review"]').text()).toBe('返回核对答案')
  })

  it('names the firm and links to the A4 result sheet', () => {
    const { wrapper } = render(nearMiss())
    expect(textOf(wrapper)).toContain('企业：霸州市示例科技有限公司')
    expect(wrapper.get('[data-testid="print-sheet-link"]').attributes('href')).toBe('/print')
  })

  it('shows what assess() returns: both statuses, a row per check, a row per incentive', () => {
    const { wrapper, store } = render(nearMiss())
    const a = store.assessment
    expect(wrapper.get('[data-testid="status-hnte"]').attributes('data-status')).toBe(a.hnte.status)
    expect(wrapper.get('[data-testid="status-tech-sme"]').attributes('data-status')).toBe(a.techSme.status)
    const rows = wrapper.findAll('tr[data-check]').map((r) => [r.attributes('data-check'), r.attributes('data-status')])
    expect(rows).toEqual([...a.hnte.checks, ...a.techSme.checks].map((c) => [c.id, c.status]))
    for (const i of a.incentives) {
      expect(wrapper.get(`[data-testid="incentive-${i.id}"]`).attributes('data-status')).toBe(i.status)
    }
  })

  it('states the R&D gap of a near miss in 万元', () => {
    const { wrapper, store } = render(nearMiss())
    const rd = store.assessment.hnte.checks.find((c) => c.id === 'hnte.rd-intensity')!
    expect(rd.status).toBe('fail')
    const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      rd.gap! / 10_000,
    )
    expect(textOf(wrapper.get('tr[data-check="hnte.rd-intensity"]'))).toContain(`还差研发费用 ${wan} 万元`)
  })

  it('recomputes as soon as an answer changes', async () => {
    const { wrapper, store } = render(nearMiss())
    store.profile.record.majorIncidentPastYear = true
    await wrapper.vm.$nextTick()
    expect(wrapper.get('tr[data-check="hnte.no-major-incident"]').attributes('data-status')).toBe('fail')
  })

  it.each(Object.entries(examples))('renders the example %s with a row for every check', (_, mod) => {
    const { wrapper, store } = render(mod.default)
    const ids = [...store.assessment.hnte.checks, ...store.assessment.techSme.checks].map((c) => c.id)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(wrapper.find(`tr[data-check="${id}"]`).exists()).toBe(true)
  })
})
