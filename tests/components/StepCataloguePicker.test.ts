// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import StepCataloguePicker from '@/components/StepCataloguePicker.vue'
import { useDraftStore } from '@/stores/draft'
import { createAppI18n } from '@/i18n'

function render(catalogue: 'industry' | 'techField', path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(StepCataloguePicker, {
    props: { catalogue, id: 'f-x', label: '所属行业', path },
    global: { plugins: [pinia, createAppI18n()] },
  })
  return { wrapper, draft: useDraftStore() }
}
const optionText = (w: ReturnType<typeof render>['wrapper'], value: string) => w.find(`option[value="${value}"]`).text()

describe('StepCataloguePicker', () => {
  it('marks negative-list industries and explains the consequence once one is chosen', async () => {
    const { wrapper, draft } = render('industry', 'company.industry')
    await vi.waitFor(() => expect(wrapper.find('option[value="F51"]').exists()).toBe(true))
    expect(optionText(wrapper, 'F51')).toContain('负面清单')
    expect(optionText(wrapper, 'C33')).not.toContain('负面清单')
    expect(wrapper.text()).not.toContain('不能享受加计扣除')
    draft.setValue('company.industry', 'F51')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('不能享受加计扣除')
  })

  it('offers the high-tech fields on three levels plus "none of these", stored as codes', async () => {
    const { wrapper, draft } = render('techField', 'company.techField')
    await vi.waitFor(() => expect(wrapper.find('option[value="1.1"]').exists()).toBe(true))
    expect(optionText(wrapper, 'none')).toBe('以上均不属于')
    await wrapper.find('select').setValue('4.1')
    expect(draft.profile.company.techField).toBe('4.1')
  })
})
