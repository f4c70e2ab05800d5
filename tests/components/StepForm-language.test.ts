// @vitest-environment happy-dom
// An error already shown follows a language switch: the field's message (read with the input), the summary's lines
// and its title are all in the new language (a newcomer switched to English and kept "含有无法识别的字符").
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
const input = (name: string) => screen.getByLabelText(name, { exact: false }) as HTMLInputElement
const alert = () => screen.getByRole('alert')
const links = () =>
  within(alert())
    .queryAllByRole('link')
    .map((a) => a.textContent ?? '')
const switchLanguage = (to: RegExp) => screen.getByRole('button', { name: to }).click()
/** any Han character: the English page shows none in an error (the question names are English too) */
const HAN = /\p{Script=Han}/u

describe('a step’s shown errors follow the language', () => {
  let unmount: (() => void) | undefined
  afterEach(() => unmount?.())

  it('says the field’s error, the summary’s lines and title in English after 中文 → English, and back', async () => {
    const { wrapper } = await mountAt('/step/staff')
    unmount = () => wrapper.unmount()
    const total = await until(() => input('职工总数（高企口径）'))
    await type(total, 'abc')
    screen.getByRole('button', { name: '下一步' }).click()
    await until(() => expect(links()).toHaveLength(1))
    expect(links()[0]).toContain('无法识别')

    switchLanguage(/^English/)
    await until(() => expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy())
    const en = input('Total staff (HNTE definition)')
    await until(() => expect(links()[0]).not.toMatch(HAN))
    expect(links()).toHaveLength(1)
    expect(links()[0]).toMatch(/^Total staff \(HNTE definition\)/)
    expect(within(alert()).getByRole('heading').textContent).not.toMatch(HAN)
    expect(en.getAttribute('aria-invalid')).toBe('true')
    const description = accessibleDescription(en, 'textbox')
    expect(description).toMatch(/“a”|"a"|'a'/)
    expect(description).not.toContain('无法识别')

    switchLanguage(/^中文/)
    await until(() => expect(links()[0]).toContain('无法识别'))
    expect(links()[0]).toMatch(/^职工总数（高企口径）/)
    expect(accessibleDescription(input('职工总数（高企口径）'), 'textbox')).toContain('无法识别')
  })

  it('keeps a cross-field error in the new language (the same step, a problem found on the whole profile)', async () => {
    const { wrapper } = await mountAt('/step/staff')
    unmount = () => wrapper.unmount()
    const total = await until(() => input('职工总数（高企口径）'))
    await type(total, '10')
    await type(input('科技人员数（高企口径）'), '20')
    screen.getByRole('button', { name: '下一步' }).click()
    await until(() => expect(links().length).toBeGreaterThan(0))
    expect(links().join('')).toMatch(HAN)
    switchLanguage(/^English/)
    await until(() => expect(links().join('')).not.toMatch(HAN))
    expect(links().length).toBeGreaterThan(0)
  })
})
