// @vitest-environment happy-dom
// The triage page with the worker bypassed (the triage functions run directly through the composable's runner):
// counts, bad rows by number, unknown columns, sorting by the heading buttons (aria-sort), filtering, opening.
import { describe, it, expect, beforeEach, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TriageView from '@/views/TriageView.vue'
import { createAppI18n } from '@/i18n'
import { directRunner } from '@/composables/useTriage'
import { templateCsv, importCsv } from '@/batch'
import { assess } from '@/rules'
import { useFirmsStore } from '@/stores/firms'
import { useDraftStore } from '@/stores/draft'
import { makeRouter, textOf } from './fixtures/mount'

const DATE = '2026-11-26'
/** the template's two examples, a copy of the first renamed, a bad row (row 5) and an unknown column */
function sheet(): string {
  const [header, strong, young] = templateCsv(DATE)
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n') as [string, string, string]
  const renamed = strong.replace('示例一：霸州市某新材料科技有限公司', '甲公司')
  const bad = young.replace('示例二：霸州市某智能装备有限公司', '坏行公司').replace(',2025-12-20,', ',2025-13-40,')
  return [header + ',备注', strong + ',x', young + ',y', renamed + ',z', bad + ',w'].join('\r\n')
}

let wrapper: VueWrapper | undefined
async function render(text = sheet()) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = makeRouter()
  wrapper = mount(TriageView, {
    props: { runner: directRunner },
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n(), router] },
  })
  const input = wrapper.get('#triage-file')
  const file = new File([text], 'pool.csv', { type: 'text/csv' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper!.find('[data-testid="triage-counts"]').exists()).toBe(true)
  })
  return { wrapper, router }
}
const names = (w: VueWrapper) => w.findAll('tbody tr th').map((x) => x.text())
const sortButton = (w: VueWrapper, key: string) => w.get(`button[data-sort="${key}"]`)

describe('TriageView', () => {
  beforeEach(() => {
    wrapper?.unmount()
    localStorage.clear()
  })

  it('counts the firms, names the unknown column and each bad row with its number and message', async () => {
    const { wrapper } = await render()
    expect(textOf(wrapper.get('[data-testid="triage-counts"]'))).toBe('已导入并评估 3 家企业；1 行有错误未导入。')
    expect(wrapper.get('[data-testid="triage-unknown"]').text()).toContain('备注')
    const errors = wrapper.findAll('[data-testid="triage-errors"] li')
    expect(errors.map((e) => e.attributes('data-row'))).toEqual(['5'])
    expect(errors[0]!.text()).toMatch(/^第 5 行：“成立日期”/)
    expect(names(wrapper)).toEqual(['示例一：霸州市某新材料科技有限公司', '示例二：霸州市某智能装备有限公司', '甲公司'])
  })

  it('shows each firm’s statuses as assess() gives them', async () => {
    const { wrapper } = await render()
    for (const f of importCsv(sheet()).firms) {
      const a = assess(f.profile)
      const row = wrapper.get(`tbody tr[data-row="${f.row}"]`)
      expect(row.get('td[data-col="hnte"]').attributes('data-status')).toBe(a.hnte.status)
      expect(row.get('td[data-col="tsme"]').attributes('data-status')).toBe(a.techSme.status)
    }
  })

  it('sorts by a column heading, ascending then descending, with aria-sort on that heading only', async () => {
    const { wrapper } = await render()
    await sortButton(wrapper, 'name').trigger('click')
    const th = () => sortButton(wrapper, 'name').element.closest('th')!
    expect(th().getAttribute('aria-sort')).toBe('ascending')
    const asc = names(wrapper)
    expect(asc).toEqual([...asc].sort(new Intl.Collator('zh-CN').compare))
    await sortButton(wrapper, 'name').trigger('click')
    expect(th().getAttribute('aria-sort')).toBe('descending')
    expect(names(wrapper)).toEqual([...asc].reverse())
    expect(wrapper.findAll('th[aria-sort]')).toHaveLength(1)
    await sortButton(wrapper, 'hnte').trigger('click')
    const statuses = wrapper.findAll('td[data-col="hnte"]').map((x) => x.attributes('data-status'))
    const rank = ['eligible', 'borderline', 'incomplete', 'ineligible']
    expect(statuses.map((s) => rank.indexOf(s!))).toEqual(statuses.map((s) => rank.indexOf(s!)).sort())
  })

  it('filters by name and by status', async () => {
    const { wrapper } = await render()
    await wrapper.get('#triage-search').setValue('甲')
    expect(names(wrapper)).toEqual(['甲公司'])
    expect(wrapper.text()).toContain('显示 1 / 3 家')
    await wrapper.get('#triage-search').setValue('')
    const young = assess(importCsv(sheet()).firms[1]!.profile).hnte.status
    await wrapper.get('#triage-filter-hnte').setValue(young)
    expect(names(wrapper)).toContain('示例二：霸州市某智能装备有限公司')
    for (const td of wrapper.findAll('td[data-col="hnte"]')) expect(td.attributes('data-status')).toBe(young)
  })

  it('opens a row as a new firm in the firm list and goes to the wizard', async () => {
    const { wrapper, router } = await render()
    const firms = useFirmsStore()
    const before = firms.list.length
    await wrapper.get('button[aria-label="打开“甲公司”"]').trigger('click')
    await flushPromises()
    expect(firms.list.length).toBe(before + 1)
    expect(useDraftStore().profile.company.name).toBe('甲公司')
    expect(router.currentRoute.value.path).toBe('/review')
  })
})
