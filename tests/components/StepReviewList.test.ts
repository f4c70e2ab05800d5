// @vitest-environment happy-dom
import { describe, it, expect, vi, afterEach } from 'vitest'
import { screen } from '@testing-library/vue'
import { mountAt } from './wizard-harness'

const heading = () => screen.getByRole('heading', { level: 1 }).textContent

vi.mock('../../src/rules/index', () => ({ assess: () => ({}) }))

describe('the start and review pages', () => {
  let unmount: (() => void) | undefined
  afterEach(() => unmount?.())

  it('start: a 科创自评 heading, the privacy promise, and an invalid date blocks starting', async () => {
    const { wrapper, router } = await mountAt('/')
    unmount = () => wrapper.unmount()
    expect(heading()).toContain('科创自评')
    expect(document.body.textContent).toContain('不会离开本设备')
    expect(document.body.textContent).toContain('所有数据仅保存在本设备，不会上传')
    const date = screen.getByLabelText('评估日期', { exact: false }) as HTMLInputElement
    expect(date.value).toBe('2026-05-20')
    date.value = '2026-02-30'
    date.dispatchEvent(new Event('input'))
    screen.getByRole('button', { name: /开始填写|继续/ }).click()
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('不是有效的日期'))
    expect(router.currentRoute.value.path).toBe('/')
  })

  it('review: every answer with a 修改 link back to its field, invalid text shown as such', async () => {
    const { wrapper } = await mountAt('/review', (d) => {
      d.setText('years.2025.salesRevenue', '1234.5')
      d.setText('staff.total', '2abc')
      d.setValue('company.taxCollection', 'audit')
    })
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => expect(heading()).toBe('核对答案'))
    const text = wrapper.text()
    expect(text).toContain('1,234.50 万元')
    expect(text).toContain('输入无效：2abc')
    expect(text).toContain('查账征收')
    // the 修改 link's name carries the question it changes (visually hidden), so a screen reader tells them apart
    const link = screen.getByRole('link', { name: /^修改\s*2025 年度 销售收入$/ })
    expect(link.getAttribute('href')).toBe('#/step/finance?focus=years.2025.salesRevenue&return=review')
  })

  it('review: amounts, persons and dates through the one formatter, in Chinese and in English', async () => {
    const answers = (d: Parameters<NonNullable<Parameters<typeof mountAt>[1]>>[0]) => {
      d.setText('years.2025.salesRevenue', '0.5') // 0.5 万元 = 5000 元: under 1 万元 reads in 元
      d.setText('years.2024.salesRevenue', '1234.5') // 12,345,000 元
      d.setText('staff.total', '12.5')
      d.setText('company.registeredOn', '2015-03-01')
    }
    const zh = await mountAt('/review', answers)
    unmount = () => zh.wrapper.unmount()
    await vi.waitFor(() => expect(heading()).toBe('核对答案'))
    const zhText = zh.wrapper.text()
    for (const s of ['5,000.00 元', '1,234.50 万元', '12.5 人', '2015年3月1日']) expect(zhText).toContain(s)
    zh.wrapper.unmount()
    const en = await mountAt('/review', answers, 'en')
    unmount = () => en.wrapper.unmount()
    await vi.waitFor(() => expect(en.wrapper.text()).toContain('CNY 12,345,000.00'))
    for (const s of ['CNY 5,000.00', '12.5 persons', '1 March 2015']) expect(en.wrapper.text()).toContain(s)
  })

  it('review: says at the sales answer that 4,800万 cannot exceed the same year’s total income of 120万', async () => {
    const { wrapper } = await mountAt('/review', (d) => {
      d.setText('years.2025.salesRevenue', '4800')
      d.setText('years.2025.totalIncome', '120')
    })
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => expect(heading()).toBe('核对答案'))
    const row = screen.getByText('2025 年度 销售收入', { selector: 'dt' }).parentElement
    expect(row?.textContent).toContain('4,800.00 万元')
    expect(row?.textContent).toContain('销售收入为 4800.00 万元，不能大于同年总收入 120.00 万元')
    expect(row?.textContent).toContain('请核对这两项')
  })

  it('review in English: the industry and field by our English name, the official Chinese one beside it', async () => {
    const en = await mountAt(
      '/review',
      (d) => {
        d.setValue('company.industry', 'C29')
        d.setValue('company.techField', '4.3')
      },
      'en',
    )
    unmount = () => en.wrapper.unmount()
    await vi.waitFor(() =>
      expect(en.wrapper.text()).toContain('C29 Manufacture of rubber and plastic products (橡胶和塑料制品业)'),
    )
    expect(en.wrapper.text()).toContain('4.3 Polymer materials (高分子材料)')
  })
})
