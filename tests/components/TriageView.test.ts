// @vitest-environment happy-dom
// The triage page with the worker bypassed (the triage functions run directly through the composable's runner):
// counts, bad rows by number, unknown columns, sorting by the heading buttons (aria-sort), filtering, opening;
// everything found by its role, label or the words on screen.
import { describe, it, expect, beforeEach, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import TriageView from '@/views/TriageView.vue'
import { createAppI18n } from '@/i18n'
import { directRunner } from '@/composables/useTriage'
import { templateCsv, importCsv } from '@/batch'
import { assess } from '@/rules'
import { useFirmsStore } from '@/stores/firms'
import { useDraftStore } from '@/stores/draft'
import { makeRouter } from './fixtures/mount'

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
/** the words the table shows for each status (zh-CN) */
const STATUS = { eligible: '符合', borderline: '临界', ineligible: '不符合', incomplete: '信息不全' }

async function show(text = sheet()) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = makeRouter()
  render(TriageView, { props: { runner: directRunner }, global: { plugins: [pinia, createAppI18n(), router] } })
  const file = new File([text], 'pool.csv', { type: 'text/csv' })
  const input = screen.getByLabelText<HTMLInputElement>('选择 Excel（.xlsx）或 CSV 文件')
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await fireEvent.change(input)
  await vi.waitFor(() => expect(screen.getByText(/已导入并评估/)).toBeTruthy())
  return { router }
}
const table = () => screen.getByRole('table', { name: /筛查结果/ })
const names = () =>
  within(table())
    .queryAllByRole('rowheader')
    .map((x) => x.textContent?.trim())
const heading = (name: RegExp) => within(table()).getByRole('columnheader', { name })
const sortButton = (name: RegExp) => within(heading(name)).getByRole('button')
/** the words in a firm's HNTE and tech-SME cells */
const statuses = (firm: string) => {
  const cells = within(within(table()).getByRole('rowheader', { name: firm }).closest('tr')!).getAllByRole('cell')
  return [cells[1]!.textContent!, cells[2]!.textContent!] as const
}

describe('TriageView', () => {
  beforeEach(() => {
    cleanup()
    localStorage.clear()
  })

  it('counts the firms, names the unknown column and each bad row with its number and message', async () => {
    await show()
    expect(
      screen
        .getByText(/已导入并评估/)
        .textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).toBe('已导入并评估 3 家企业；1 行有错误未导入。')
    expect(screen.getByText(/以下列名无法识别/).textContent).toContain('备注')
    // the bad rows are listed under their own summary, apart from the sheet's problems (a repeated credit code)
    const errors = within(screen.getByText('未导入的行（1）').closest('details')!).getAllByRole('listitem')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.textContent?.trim()).toMatch(/^第 5 行：“成立日期”/)
    expect(names()).toEqual(['示例一：霸州市某新材料科技有限公司', '示例二：霸州市某智能装备有限公司', '甲公司'])
  })

  it('shows each firm’s statuses as assess() gives them', async () => {
    await show()
    const firms = importCsv(sheet()).firms
    for (const f of firms) {
      const a = assess(f.profile)
      const [hnte, tsme] = statuses(f.profile.company.name!)
      expect(hnte.startsWith(STATUS[a.hnte.status])).toBe(true)
      expect(tsme.startsWith(STATUS[a.techSme.status])).toBe(true)
    }
  })

  it('sorts by a column heading, ascending then descending, with aria-sort on that heading only', async () => {
    await show()
    await fireEvent.click(sortButton(/企业名称/))
    expect(heading(/企业名称/).getAttribute('aria-sort')).toBe('ascending')
    const asc = names()
    expect(asc).toEqual([...asc].sort(new Intl.Collator('zh-CN').compare))
    await fireEvent.click(sortButton(/企业名称/))
    expect(heading(/企业名称/).getAttribute('aria-sort')).toBe('descending')
    expect(names()).toEqual([...asc].reverse())
    expect(
      within(table())
        .getAllByRole('columnheader')
        .filter((h) => h.hasAttribute('aria-sort')),
    ).toHaveLength(1)
    await fireEvent.click(sortButton(/^高企/))
    const rank = [STATUS.eligible, STATUS.borderline, STATUS.incomplete, STATUS.ineligible]
    const shown = names().map((n) => rank.findIndex((w) => statuses(n!)[0].startsWith(w)))
    expect(shown).toEqual([...shown].sort())
  })

  it('filters by name and by status', async () => {
    await show()
    await fireEvent.update(screen.getByLabelText('按企业名称搜索'), '甲')
    expect(names()).toEqual(['甲公司'])
    expect(document.body.textContent).toContain('显示 1 / 3 家')
    await fireEvent.update(screen.getByLabelText('按企业名称搜索'), '')
    const young = assess(importCsv(sheet()).firms[1]!.profile).hnte.status
    await fireEvent.update(screen.getByLabelText('高企状态'), young)
    expect(names()).toContain('示例二：霸州市某智能装备有限公司')
    for (const n of names()) expect(statuses(n!)[0].startsWith(STATUS[young])).toBe(true)
  })

  it('opens a row as a new firm in the firm list and goes to the wizard', async () => {
    const { router } = await show()
    const firms = useFirmsStore()
    const before = firms.list.length
    await fireEvent.click(screen.getByRole('button', { name: '打开“甲公司”' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/review'))
    expect(firms.list.length).toBe(before + 1)
    expect(useDraftStore().profile.company.name).toBe('甲公司')
  })
})
