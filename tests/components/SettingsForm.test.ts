// @vitest-environment happy-dom
// The settings editor as a bureau clerk uses it (issue #10 §4): found by role and label, asserted by what is seen
// and what the settings then hold.
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest'
import { render, screen, cleanup, fireEvent, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import SettingsView from '@/views/SettingsView.vue'
import { createAppI18n, setLocale, type Locale } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'

afterEach(cleanup)
beforeEach(() => localStorage.clear())

/** the open page's language (to switch it as the header's button does) */
let language: ReturnType<typeof createAppI18n>['global']
async function open(locale: Locale = 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n()
  await setLocale(i18n.global, locale)
  render(SettingsView, { global: { plugins: [pinia, i18n] } })
  language = i18n.global
  return useSettingsStore()
}
const save = () => fireEvent.click(screen.getByRole('button', { name: '保存设置' }))
const type = (label: string, value: string) => fireEvent.update(screen.getByLabelText(label), value)

describe('the settings editor', () => {
  it('starts from 霸州市, its approval bureau and the 2020 plan’s targets, labelled as such', async () => {
    await open()
    expect(screen.getByLabelText('县（市、区）名称（中文）')).toHaveProperty('value', '霸州市')
    expect(screen.getByLabelText('所属省份（中文）')).toHaveProperty('value', '河北省')
    expect(screen.getByRole('group', { name: '霸州市行政审批局' })).toBeTruthy()
    expect(screen.getByLabelText('高新技术企业数量目标')).toHaveProperty('value', '63')
    expect(screen.getByLabelText('科技型中小企业数量目标')).toHaveProperty('value', '1025')
    expect(screen.getByLabelText('目标年度')).toHaveProperty('value', '2020')
    expect((screen.getByLabelText('目标来源（中文）') as HTMLInputElement).value).toContain('2020年度目标')
  })

  it('edits a department’s phone and the county, and the locality then carries them', async () => {
    const settings = await open()
    await type('国家税务总局霸州市税务局 联系电话', '0316-7223366')
    await type('县（市、区）名称（中文）', '文安县')
    await type('县（市、区）名称（英文）', 'Wen’an')
    await save()
    await vi.waitFor(() => expect(settings.locality.departments.tax.phone).toBe('0316-7223366'))
    expect(settings.locality.name).toBe('文安县')
    expect(settings.locality.nameEn).toBe('Wen’an')
    expect(screen.getByText('设置已保存。')).toBeTruthy()
  })

  it('warns, at each department still named after 霸州市, once the county is another, and not before', async () => {
    await open()
    expect(screen.queryAllByRole('note')).toHaveLength(0)
    await type('县（市、区）名称（中文）', '文安县')
    const tax = screen.getByRole('group', { name: '国家税务总局霸州市税务局' })
    expect(within(tax).getByRole('note').textContent?.trim()).toBe(
      '此部门名称仍是霸州市的，而县（市、区）已改为文安县：请改为本地部门的名称，否则清单和结果表会列出霸州市的部门。',
    )
    // all six default departments carry 霸州市 in their Chinese names
    expect(screen.getAllByRole('note')).toHaveLength(6)
    await type('国家税务总局霸州市税务局 名称（中文）', '国家税务总局文安县税务局')
    expect(screen.getAllByRole('note')).toHaveLength(5)
  })

  it('adds a department with its phone, and removes it again', async () => {
    const settings = await open()
    await fireEvent.click(screen.getByRole('button', { name: '添加部门' }))
    const name = screen.getByLabelText('新部门 7 名称（中文）')
    expect(document.activeElement).toBe(name)
    await fireEvent.update(name, '霸州市发展和改革局')
    await type('霸州市发展和改革局 联系电话', '0316-7890123')
    await save()
    await vi.waitFor(() =>
      expect(settings.locality.otherDepartments).toEqual([
        { id: expect.stringMatching(/^extra-/), name: '霸州市发展和改革局', handles: '', phone: '0316-7890123' },
      ]),
    )
    // the six the checklist names have no remove button; the added one has
    expect(screen.queryByRole('button', { name: '删除部门“霸州市财政局”' })).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: '删除部门“霸州市发展和改革局”' }))
    expect(screen.getByText('已删除部门“霸州市发展和改革局”（点“保存设置”后生效）。')).toBeTruthy()
    await save()
    // back to the default: nothing of the locality is written any more
    await vi.waitFor(() => expect(settings.data.locality).toBeUndefined())
    expect(settings.locality.otherDepartments ?? []).toEqual([])
  })

  it('puts the focus on the first input of a batch or a window just added (keyboard users type on at once)', async () => {
    await open()
    await fireEvent.click(screen.getByRole('button', { name: '添加申报批次' }))
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('第 1 批 截止日期')))
    await fireEvent.click(screen.getByRole('button', { name: '添加评价填报时间' }))
    const years = screen.getAllByLabelText(/年份$/)
    await vi.waitFor(() => expect(document.activeElement).toBe(years.at(-1)))
    expect((years.at(-1) as HTMLInputElement).value).toBe('')
  })

  it('refuses an impossible date with a message that says how to fix it, and saves nothing', async () => {
    const settings = await open()
    await fireEvent.click(screen.getByRole('button', { name: '添加申报批次' }))
    await type('第 1 批 截止日期', '2027-02-30')
    await type('霸州市财政局 联系电话', '财政局办公室')
    await save()
    const alert = await screen.findByRole('alert')
    // each line names the input it is about (several departments have a phone) and links to it
    expect(
      within(alert).getByRole('link', {
        name: '第 1 批 截止日期：“2027-02-30”不是有效日期：请按 YYYY-MM-DD 填写，如 2027-06-30',
      }),
    ).toBeTruthy()
    const phone = within(alert).getByRole('link', {
      name: /^霸州市财政局 联系电话：电话只能包含数字.*如 0316-7221234 转 8001$/,
    })
    await fireEvent.click(phone)
    expect(document.activeElement).toBe(screen.getByLabelText('霸州市财政局 联系电话'))
    expect(screen.getByLabelText('第 1 批 截止日期').getAttribute('aria-invalid')).toBe('true')
    expect(settings.data.locality).toBeUndefined()
    expect(settings.locality.hnteBatchDeadlines).toEqual({})
  })

  it('says a shown error again in English after the language is switched, and in Chinese after switching back', async () => {
    await open()
    await fireEvent.click(screen.getByRole('button', { name: '添加申报批次' }))
    await type('第 1 批 截止日期', '2027-02-30')
    await save()
    const lines = async () =>
      within(await screen.findByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent?.replace(/\s+/g, ' '))
    expect(await lines()).toEqual(['第 1 批 截止日期：“2027-02-30”不是有效日期：请按 YYYY-MM-DD 填写，如 2027-06-30'])
    await setLocale(language, 'en')
    await vi.waitFor(async () =>
      expect((await lines())[0]).toMatch(/“2027-02-30” is not a valid date: use YYYY-MM-DD, for example 2027-06-30$/),
    )
    expect((await lines())[0]).not.toMatch(/\p{Script=Han}/u)
    await setLocale(language, 'zh-CN')
    await vi.waitFor(async () => expect((await lines())[0]).toContain('不是有效日期'))
  })

  it('keeps what was typed, unsaved, across a reload, and can discard it', async () => {
    await open()
    await type('霸州市统计局 联系电话', '0316-12')
    await type('服务人员姓名', '赵六')
    cleanup()
    const settings = await open()
    expect(screen.getByLabelText('霸州市统计局 联系电话')).toHaveProperty('value', '0316-12')
    expect(screen.getByLabelText('服务人员姓名')).toHaveProperty('value', '赵六')
    expect(screen.getByText('已恢复上次输入但尚未保存的修改。检查后请点“保存设置”。')).toBeTruthy()
    expect(settings.staffName).toBe('')
    await fireEvent.click(screen.getByRole('button', { name: '放弃未保存的修改' }))
    expect(screen.getByLabelText('霸州市统计局 联系电话')).toHaveProperty('value', '')
  })

  it('says the 2026 tech-SME window has closed and the next is not announced', async () => {
    await open()
    expect(screen.getByRole('group', { name: '2026年评价填报时间（已结束）' })).toBeTruthy()
    // both shipped windows were read in secondary sources only, and the page says so beside each
    expect(screen.getAllByText('此时间仅见于第三方资料，尚未与官方通知原文核对。')).toHaveLength(2)
    expect(
      screen.getByText('2026年评价填报已于 2026-08-31 结束；下一次的填报时间尚未公布，公布后请在此添加。'),
    ).toBeTruthy()
  })

  it('shows English department names and duties on the English page', async () => {
    await open('en')
    const group = screen.getByRole('group', { name: 'Bazhou Administrative Approval Bureau' })
    expect(within(group).getByLabelText('Bazhou Administrative Approval Bureau Phone')).toBeTruthy()
    // every group on the page, named by its legend, is named in English
    const names: string[] = []
    screen.getAllByRole('group', { name: (name) => (names.push(name), true) })
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name, 'group name').not.toMatch(/\p{Script=Han}/u)
  })
})
