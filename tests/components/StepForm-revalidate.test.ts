// @vitest-environment happy-dom
// Once a field has shown an error it is checked again as its answer changes: fixing it clears the red at the field
// and its line in the summary without another Next (a newcomer fixed "abc" to "120" and the error stayed).
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
/** the shared machine is slow at times: vee-validate's checks are asynchronous */
const until = <T>(f: () => T) => vi.waitFor(f, { timeout: 5000 })
const submit = () => screen.getByRole('button', { name: /下一步|保存并返回|Next/ }).click()
const input = (name: string) => screen.getByLabelText(name, { exact: false }) as HTMLInputElement
/** the summary's lines (its links), none when there is no summary */
const links = () => {
  const alert = screen.queryByRole('alert')
  return alert
    ? within(alert)
        .queryAllByRole('link')
        .map((a) => a.textContent)
    : []
}

describe('a step re-validates a field that has shown an error', () => {
  let unmount: (() => void) | undefined
  afterEach(() => unmount?.())

  it('clears a number’s error and its summary line once it is fixed, keeping the other field’s', async () => {
    const { wrapper } = await mountAt('/step/staff')
    unmount = () => wrapper.unmount()
    const total = await until(() => input('职工总数（高企口径）'))
    const sci = input('科技人员数（高企口径）')
    await type(total, 'abc')
    await type(sci, 'x1')
    submit()
    await until(() => expect(links()).toHaveLength(2))
    expect(total.getAttribute('aria-invalid')).toBe('true')
    await type(total, '120')
    await until(() => expect(total.getAttribute('aria-invalid')).toBeNull())
    expect(accessibleDescription(total, 'textbox')).not.toContain('无法识别')
    expect(links()).toEqual(['科技人员数（高企口径）：含有无法识别的字符“x”，请只填写数字'])
    // broken again, the field shows its error again (it has been touched)
    await type(total, '12o')
    await until(() => expect(total.getAttribute('aria-invalid')).toBe('true'))
    expect(links()).toHaveLength(2)
  })

  it('does not show an error for a field that has not shown one before the next Next', async () => {
    const { wrapper } = await mountAt('/step/staff')
    unmount = () => wrapper.unmount()
    const total = await until(() => input('职工总数（高企口径）'))
    const sci = input('科技人员数（高企口径）')
    await type(total, 'abc')
    submit()
    await until(() => expect(links()).toHaveLength(1))
    await type(sci, 'x1')
    await type(total, '12')
    await until(() => expect(links()).toEqual([]))
    expect(sci.getAttribute('aria-invalid')).toBeNull()
  })

  it('clears a date’s error once it is a real date', async () => {
    const { wrapper } = await mountAt('/step/compliance')
    unmount = () => wrapper.unmount()
    const cert = await until(() => input('最近一次高新技术企业证书的发证日期'))
    await type(cert, '2021-02-30')
    submit()
    await until(() => expect(cert.getAttribute('aria-invalid')).toBe('true'))
    await type(cert, '2021-02-28')
    await until(() => expect(cert.getAttribute('aria-invalid')).toBeNull())
    expect(links()).toEqual([])
  })
})
