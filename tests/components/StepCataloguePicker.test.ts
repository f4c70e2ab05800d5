// @vitest-environment happy-dom
// The picker found as a user finds it: the list box by its label, each entry by the words it shows.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import StepCataloguePicker from '@/components/StepCataloguePicker.vue'
import { useDraftStore } from '@/stores/draft'
import { createAppI18n } from '@/i18n'

afterEach(cleanup)
function show(catalogue: 'industry' | 'techField', path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  render(StepCataloguePicker, {
    props: { catalogue, id: 'f-x', label: '所属行业', path },
    global: { plugins: [pinia, createAppI18n()] },
  })
  return { draft: useDraftStore() }
}
const list = () => screen.getByRole('listbox', { name: '所属行业' })
const option = (name: RegExp) => screen.getByRole('option', { name })

describe('StepCataloguePicker', () => {
  it('marks negative-list industries and explains the consequence once one is chosen', async () => {
    const { draft } = show('industry', 'company.industry')
    await vi.waitFor(() => expect(screen.queryByRole('option', { name: /F51 批发业/ })).not.toBeNull())
    expect(option(/F51 批发业/).textContent).toContain('负面清单')
    expect(option(/C33 金属制品业/).textContent).not.toContain('负面清单')
    expect(document.body.textContent).not.toContain('不能享受加计扣除')
    draft.setValue('company.industry', 'F51')
    await nextTick()
    expect(screen.getByRole('status').textContent).toContain('不能享受加计扣除')
  })

  it('offers the high-tech fields on three levels plus "none of these", stored as codes', async () => {
    const { draft } = show('techField', 'company.techField')
    await vi.waitFor(() => expect(screen.queryByRole('option', { name: /1\.1 软件/ })).not.toBeNull())
    expect(option(/^以上均不属于$/).textContent).toBe('以上均不属于')
    expect(list()).toBeTruthy()
    // choosing the entry the user reads as “4.1 金属材料” stores its code
    await fireEvent.update(option(/4\.1 金属材料/))
    expect(draft.profile.company.techField).toBe('4.1')
  })
})
