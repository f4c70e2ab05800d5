// @vitest-environment happy-dom
// A sheet of which no row could be imported says so, and why, instead of an empty table with filters, export and a
// filter's "没有符合筛选条件的企业"; a sheet with no bad row shows no "未导入的行" heading.
import { describe, it, expect, beforeEach, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import TriageView from '@/views/TriageView.vue'
import { createAppI18n } from '@/i18n'
import { directRunner } from '@/composables/useTriage'
import { templateCsv } from '@/batch'
import { makeRouter } from './fixtures/mount'

const DATE = '2026-11-26'
const rows = () =>
  templateCsv(DATE)
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n') as [string, string, string]

async function show(text: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  render(TriageView, {
    props: { runner: directRunner },
    global: { plugins: [pinia, createAppI18n(), makeRouter()] },
  })
  const input = screen.getByLabelText<HTMLInputElement>('选择 Excel（.xlsx）或 CSV 文件')
  const file = new File([text], 'pool.csv', { type: 'text/csv' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await fireEvent.change(input)
  await vi.waitFor(() => expect(screen.getByText(/已导入并评估/)).toBeTruthy())
}

describe('TriageView when no row could be imported', () => {
  beforeEach(() => {
    cleanup()
    localStorage.clear()
  })

  it('says that no row was imported and points to the reasons; no table, filters or export', async () => {
    const [header, strong, young] = rows()
    // both rows carry a date that does not exist: 2025-13-40
    const bad = (r: string) => r.replace(/,20\d\d-\d\d-\d\d,/, ',2025-13-40,')
    await show([header, bad(strong), bad(young)].join('\r\n'))
    expect(screen.getByText(/未导入的行（2）/)).toBeTruthy()
    expect(
      screen.getByText('没有一行能导入：全部 2 行都有错误，原因见上方“未导入的行”。请按各行的说明改正表格后重新导入。'),
    ).toBeTruthy()
    expect(screen.queryByText(/没有符合筛选条件/)).toBeNull()
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.queryByLabelText('按企业名称搜索')).toBeNull()
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull()
  })

  it('shows no “未导入的行” heading when every row was imported', async () => {
    const [header, strong, young] = rows()
    await show([header, strong, young].join('\r\n'))
    expect(screen.queryAllByRole('heading', { name: /未导入的行/ })).toHaveLength(0)
    expect(screen.queryByText(/未导入的行/)).toBeNull()
    expect(screen.getByRole('table')).toBeTruthy()
  })
})
