// @vitest-environment happy-dom
// The what-if planner on the real engine with the example rd-short (R&D intensity 4.72% < 5%): a lever moves the
// plan's verdict at the exact boundary while the firm's answers stay as they are; reset; apply only on confirm.
import { describe, it, expect, beforeEach } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import PlannerSection from '@/components/PlannerSection.vue'
import { createAppI18n } from '@/i18n'
import { useDraftStore } from '@/stores/draft'
import { firstWorkingYear, project } from '@/planner'
import type { FirmProfile } from '@/profile/types'
import rdShort from '../../examples/rd-short.json'
import { makeRouter, textOf } from './fixtures/mount'

let wrapper: VueWrapper | undefined
function render() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const draft = useDraftStore()
  draft.replace(rdShort as FirmProfile)
  wrapper = mount(PlannerSection, {
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n(), makeRouter()] },
  })
  return { wrapper, draft }
}
const lever = (w: VueWrapper) => w.get('#lever-extraRdYuan')
const planned = (w: VueWrapper) => w.get('[data-testid="scenario-status-hnte"]').attributes('data-status')
const button = (w: VueWrapper, text: string) => {
  const b = w.findAll('button').find((x) => x.text() === text)
  if (!b) throw new Error(`no button ${text}`)
  return b
}

describe('PlannerSection', () => {
  beforeEach(() => {
    wrapper?.unmount()
    localStorage.clear()
  })

  it('labels every lever input visibly', () => {
    const { wrapper } = render()
    for (const input of wrapper.findAll('input[type="text"]')) {
      expect(wrapper.find(`label[for="${input.attributes('id')}"]`).text()).not.toBe('')
    }
    expect(wrapper.get('label[for="lever-extraRdYuan"]').text()).toBe('2025年新增研发费用（万元）')
  })

  it.each([
    ['26.59', 'ineligible'],
    ['26.599999', 'ineligible'],
    ['26.60', 'eligible'],
    ['30', 'eligible'],
  ])('with %s 万元 more R&D the plan is %s, and the answers do not change', async (typed, expected) => {
    const { wrapper, draft } = render()
    const before = JSON.stringify(draft.profile)
    expect(planned(wrapper)).toBe('ineligible')
    await lever(wrapper).setValue(typed)
    expect(planned(wrapper)).toBe(expected)
    expect(JSON.stringify(draft.profile)).toBe(before)
    expect(draft.assessment.hnte.status).toBe('ineligible')
  })

  it('shows a parse error and treats the lever as unchanged', async () => {
    const { wrapper } = render()
    await lever(wrapper).setValue('26.6abc')
    expect(wrapper.get('#lever-extraRdYuan-error').text()).toContain('无法识别的字符')
    expect(planned(wrapper)).toBe('ineligible')
  })

  it('resets every lever to blank', async () => {
    const { wrapper } = render()
    await lever(wrapper).setValue('26.60')
    await wrapper.get('#lever-newClassI').setValue('2')
    await button(wrapper, '重置').trigger('click')
    expect((lever(wrapper).element as HTMLInputElement).value).toBe('')
    expect((wrapper.get('#lever-newClassI').element as HTMLInputElement).value).toBe('')
    expect(planned(wrapper)).toBe('ineligible')
  })

  it('writes the plan into the answers only after the confirmation', async () => {
    const { wrapper, draft } = render()
    expect(button(wrapper, '应用此方案').attributes('disabled')).toBeDefined()
    await lever(wrapper).setValue('26.60')
    await button(wrapper, '应用此方案').trigger('click')
    const dialog = wrapper.get('[role="alertdialog"]')
    expect(textOf(dialog)).toContain('2025年 自行研发费用（高企口径）：150.00 万元 → 176.60 万元')
    expect(draft.profile.years[2]!.rd!.inHouse).toBe(1_500_000)
    await button(wrapper, '取消').trigger('click')
    expect(draft.profile.years[2]!.rd!.inHouse).toBe(1_500_000)
    await button(wrapper, '应用此方案').trigger('click')
    await button(wrapper, '确认应用').trigger('click')
    expect(draft.profile.years[2]!.rd!.inHouse).toBe(1_766_000)
    expect(draft.profile.years[2]!.rdTax!.items1to5).toBe(1_766_000)
    expect(draft.assessment.hnte.status).toBe('eligible')
    expect((lever(wrapper).element as HTMLInputElement).value).toBe('')
  })

  it('lists the cheapest path in words, and 试一试 puts it into the lever', async () => {
    const { wrapper } = render()
    await expect.poll(() => wrapper.find('[data-testid="paths-hnte"]').exists(), { timeout: 3000 }).toBe(true)
    const paths = wrapper.get('[data-testid="paths-hnte"]')
    expect(textOf(paths)).toContain('2025 年研发费用增加 26.60 万元')
    await paths.get('li[data-lever="extraRdYuan"] button').trigger('click')
    expect((lever(wrapper).element as HTMLInputElement).value).toBe('26.6')
    expect(planned(wrapper)).toBe('eligible')
  })

  it('projects three application years and names the first that works, as the engine does', () => {
    const { wrapper } = render()
    const rows = project(rdShort as FirmProfile, { salesGrowth: 0.125, rdShare: 0.0511, staffGrowth: 0 }, 3)
    expect(wrapper.findAll('tr[data-year]').map((r) => r.attributes('data-year'))).toEqual(['2027', '2028', '2029'])
    const tsme = firstWorkingYear(rows, 'techSme')
    expect(textOf(wrapper.get('[data-testid="projection-first"]'))).toContain(
      `最早可在 ${tsme} 年申报科技型中小企业评价`,
    )
    expect(textOf(wrapper.get('tr[data-year="2028"]'))).toContain('2026（推算）、2027（推算）')
  })

  it('starts the projection from the firm’s own growth, says so, and gives each year its reason', () => {
    const { wrapper } = render()
    // rd-short: sales 3,200万 (2024) → 3,600万 (2025) = +12.5%; 2025 HNTE R&D = 150 + 10 + 80% × 30 = 184万
    // of 3,600万 sales = 5.111…% → 5.11
    expect((wrapper.get('#growth-salesGrowth').element as HTMLInputElement).value).toBe('12.5')
    expect((wrapper.get('#growth-rdShare').element as HTMLInputElement).value).toBe('5.11')
    const sources = textOf(wrapper.get('[data-testid="projection-sources"]'))
    expect(sources).toContain('销售收入年增长率取自企业 2024 年到 2025 年的实际增长，可修改。')
    expect(sources).toContain('研发费用占比取自企业 2025 年的实际数据，可修改。')
    for (const cell of wrapper.findAll('tr[data-year] td[data-program]'))
      expect(cell.get('.projection__reason').text().length).toBeGreaterThan(0)
  })
})
