// @vitest-environment happy-dom
import { describe, it, expect, vi, afterEach } from 'vitest'
import { screen, within } from '@testing-library/vue'
import { mountAt } from './wizard-harness'
import { accessibleDescription } from './accessible'

vi.mock('../../src/rules/index', () => ({ assess: () => ({}) }))

const type = async (input: HTMLInputElement, text: string) => {
  input.value = text
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('blur'))
}
/** Next (or 保存并返回 when a change was asked from the review page): the form's submit button */
const submit = () => screen.getByRole('button', { name: /下一步|保存并返回|Next/ }).click()
const input = (name: string) => screen.getByLabelText(name, { exact: false }) as HTMLInputElement
const summary = () => screen.getByRole('alert')

describe('a question step (StepForm)', () => {
  let unmount: (() => void) | undefined
  afterEach(() => unmount?.())

  it('focuses the step heading on arrival', async () => {
    const { wrapper } = await mountAt('/step/staff')
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => expect(document.activeElement?.tagName).toBe('H1'))
    expect(document.activeElement?.textContent).toBe('人员')
  })

  it('shows errors only on Next: a focused summary linking to the field, the same message at the field', async () => {
    const { wrapper, draft } = await mountAt('/step/staff')
    unmount = () => wrapper.unmount()
    const total = await vi.waitFor(() => input('职工总数（高企口径）'))
    await type(total, '2abc')
    await wrapper.vm.$nextTick()
    expect(screen.queryByRole('alert')).toBeNull()
    submit()
    const alert = await vi.waitFor(() => summary())
    await vi.waitFor(() => expect(document.activeElement).toBe(alert))
    const link = within(alert).getByRole('link')
    expect(link.getAttribute('href')).toBe('#f-staff-total')
    // away from the field the line names the question it is about (the parser's message alone does not)
    expect(link.textContent).toBe('职工总数（高企口径）：含有无法识别的字符“a”，请只填写数字')
    expect(total.getAttribute('aria-invalid')).toBe('true')
    expect(accessibleDescription(total, 'textbox')).toContain('无法识别的字符')
    expect(total.value).toBe('2abc')
    expect(draft.raw['staff.total']).toBe('2abc')
    expect(draft.profile.staff.total).toBeUndefined()
    link.click()
    await vi.waitFor(() => expect(document.activeElement).toBe(total))
  })

  it('shows a cross-field problem on the step where it can be fixed', async () => {
    const { wrapper, router } = await mountAt('/step/staff', (d) => {
      d.setText('staff.total', '5')
      d.setText('staff.scienceTech', '9')
    })
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => input('科技人员数（高企口径）'))
    submit()
    await vi.waitFor(() => expect(summary().textContent).toContain('不能大于'))
    expect(within(summary()).getByRole('link').getAttribute('href')).toBe('#f-staff-scienceTech')
    expect(router.currentRoute.value.path).toBe('/step/staff')
  })

  it('stops on the finance step when sales exceed the same year’s total income, linking to the sales field', async () => {
    const { wrapper, router } = await mountAt('/step/finance', (d) => {
      d.setText('years.2025.salesRevenue', '4800')
      d.setText('years.2025.totalIncome', '120')
    })
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => screen.getByRole('heading', { level: 1 }))
    submit()
    await vi.waitFor(() =>
      expect(summary().textContent).toContain('销售收入为 4800.00 万元，不能大于同年总收入 120.00 万元'),
    )
    expect(within(summary()).getAllByRole('link')[0]!.getAttribute('href')).toBe('#f-years-2025-salesRevenue')
    expect(router.currentRoute.value.path).toBe('/step/finance')
  })

  it('goes on when every answer parses; keeps an amount in 元 exactly as typed while storing it in yuan', async () => {
    const { wrapper, router, draft } = await mountAt('/step/finance')
    unmount = () => wrapper.unmount()
    const year = await vi.waitFor(() => screen.getByRole('group', { name: '2025 年度' }))
    const sales = within(year).getByLabelText('销售收入', { exact: false }) as HTMLInputElement
    await type(sales, '1,234.56')
    expect(draft.profile.years.find((y) => y.year === 2025)?.salesRevenue).toBe(12345600)
    await type(sales, '5000元')
    // 5000 元 is 0.5 万元: stored as 5,000 yuan, and the field still shows what was typed (issue #9 item 2)
    await vi.waitFor(() => expect(draft.profile.years.find((y) => y.year === 2025)?.salesRevenue).toBe(5000))
    expect(sales.value).toBe('5000元')
    submit()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/step/rd'))
  })

  it('goes on to the tax step for a deemed-taxed firm, which asks only what small low-profit relief needs', async () => {
    const { wrapper, router } = await mountAt('/step/compliance', (d) => d.setValue('company.taxCollection', 'deemed'))
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('合规与资质'))
    expect(screen.getByRole('navigation', { name: /进度|步骤/ }).textContent).not.toContain('（已跳过）')
    submit()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/step/tax'))
  })

  it('returns to the review page after a change asked from it', async () => {
    const { wrapper, router } = await mountAt('/step/ip?focus=ip.classI&return=review')
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => expect(document.activeElement).toBe(input('Ⅰ类知识产权数量')))
    expect(screen.getByRole('button', { name: '保存并返回' })).toBeTruthy()
    submit()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/review'))
  })

  it('marks the current step with aria-current="step"', async () => {
    const { wrapper } = await mountAt('/step/rd')
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => expect(screen.getByRole('link', { current: 'step' }).textContent).toContain('研发费用'))
  })

  it('says how to fix an answer in English on an English page', async () => {
    const { wrapper } = await mountAt('/step/staff', undefined, 'en')
    unmount = () => wrapper.unmount()
    const total = await vi.waitFor(() => input('Total staff (HNTE definition)'))
    await type(total, '10000001')
    submit()
    // 10,000,000 persons is the bound (src/fields/bounds.ts): one more is a typo, and the message names the bound
    await vi.waitFor(() => expect(summary().textContent).toContain('cannot exceed 10000000 persons'))
    // a message that starts with the question's name is not prefixed with it again
    expect(within(summary()).getByRole('link').textContent).toBe(
      'Total staff (HNTE definition) cannot exceed 10000000 persons: check the figure and its unit',
    )
  })

  it('names the question in each summary line, in English, and quotes it without its note to the one answering', async () => {
    const { wrapper } = await mountAt('/step/compliance', undefined, 'en')
    unmount = () => wrapper.unmount()
    const cancelled = await vi.waitFor(() => input('Year the HNTE status was cancelled (if ever)'))
    // the field table's lower bound of that year is 2008 (the 2008 measures): 'fieldRule.too-small'
    await type(cancelled, '2007')
    submit()
    const link = await vi.waitFor(() => within(summary()).getByRole('link'))
    // the label asks "(if ever)"; the line names the question without it
    expect(link.textContent).toBe('Year the HNTE status was cancelled cannot be less than 2008: check it')
  })

  it('quotes a question in a rule message without the label’s “（如有）”', async () => {
    const { wrapper } = await mountAt('/step/compliance')
    unmount = () => wrapper.unmount()
    // the field table's lower bound of the year the HNTE status was cancelled is 2008 (the 2008 measures)
    await type(await vi.waitFor(() => input('高新技术企业资格被取消的年度（如有）')), '2007')
    submit()
    const link = await vi.waitFor(() => within(summary()).getByRole('link'))
    expect(link.textContent).toBe('高新技术企业资格被取消的年度不能小于 2008，请核对')
  })
})
