// @vitest-environment happy-dom
// The picker found as a user finds it: the list box by its label, each entry by the words it shows.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import StepCataloguePicker from '@/components/StepCataloguePicker.vue'
import { useDraftStore } from '@/stores/draft'
import { createAppI18n, setLocale, type Locale } from '@/i18n'

afterEach(cleanup)
async function show(catalogue: 'industry' | 'techField', path: string, locale: Locale = 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n()
  await setLocale(i18n.global, locale)
  render(StepCataloguePicker, {
    props: { catalogue, id: 'f-x', label: '所属行业', path },
    global: { plugins: [pinia, i18n] },
  })
  return { draft: useDraftStore() }
}
const list = () => screen.getByRole('listbox', { name: '所属行业' })
const option = (name: RegExp) => screen.getByRole('option', { name })

describe('StepCataloguePicker', () => {
  it('marks negative-list industries and explains the consequence once one is chosen', async () => {
    const { draft } = await show('industry', 'company.industry')
    await vi.waitFor(() => expect(screen.queryByRole('option', { name: /F51 批发业/ })).not.toBeNull())
    expect(option(/F51 批发业/).textContent).toContain('负面清单')
    expect(option(/C33 金属制品业/).textContent).not.toContain('负面清单')
    expect(document.body.textContent).not.toContain('不能享受加计扣除')
    draft.setValue('company.industry', 'F51')
    await nextTick()
    expect(screen.getByRole('status').textContent).toContain('不能享受加计扣除')
  })

  it('offers the high-tech fields on three levels plus "none of these", stored as codes', async () => {
    const { draft } = await show('techField', 'company.techField')
    await vi.waitFor(() => expect(screen.queryByRole('option', { name: /1\.1 软件/ })).not.toBeNull())
    expect(option(/^以上均不属于$/).textContent).toBe('以上均不属于')
    expect(list()).toBeTruthy()
    // choosing the entry the user reads as “4.1 金属材料” stores its code
    await fireEvent.update(option(/4\.1 金属材料/))
    expect(draft.profile.company.techField).toBe('4.1')
  })

  describe('in English', () => {
    const search = () => screen.getByRole('searchbox') as HTMLInputElement
    const shown = () => screen.getAllByRole('option').map((o) => o.textContent!.trim())

    it('“software” finds the high-tech field 1.1 by its English name, with the official Chinese name beside it', async () => {
      await show('techField', 'company.techField', 'en')
      await vi.waitFor(() => expect(screen.queryByRole('option', { name: /^1\.1 Software/ })).not.toBeNull())
      await fireEvent.update(search(), 'software')
      expect(shown()).toContain('1.1 Software (软件)')
      expect(shown()).toContain('1.1.1 Basic software (基础软件)')
      expect(shown().some((o) => o.startsWith('4.1 '))).toBe(false)
      // the help says whose translation it is
      expect(document.body.textContent).toContain('The English names are our translation')
    })

    it('“rubber” finds industry C29; its Chinese name and its code find it too', async () => {
      await show('industry', 'company.industry', 'en')
      await vi.waitFor(() => expect(screen.queryByRole('option', { name: /^C29 / })).not.toBeNull())
      for (const q of ['rubber', '橡胶', 'c29']) {
        await fireEvent.update(search(), q)
        expect(shown()).toContain('C29 Manufacture of rubber and plastic products (橡胶和塑料制品业)')
        expect(shown().some((o) => o.startsWith('C33 '))).toBe(false)
      }
    })
  })
})
