// @vitest-environment happy-dom
import { describe, it, expect, vi, afterEach } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import PrintView from '@/views/PrintView.vue'
import PrintButton from '@/components/PrintButton.vue'
import { useDraftStore } from '@/stores/draft'
import { KEYS } from '@/stores/persistence'
import { exampleProfile, makePrintI18n, makePrintRouter, mountWith, textOf } from '../print/fixtures'

function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useDraftStore().replace(exampleProfile('strong-hnte'))
  return mount(PrintView, { global: { plugins: [pinia, makePrintI18n(), makePrintRouter()] } })
}

afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('PrintView', () => {
  it('shows the sheet for the firm in the draft', () => {
    const w = mountView()
    expect(w.get('[data-fact="firm"] dd').text()).toBe('霸州市鑫泰精密管业科技有限公司')
    expect(w.get('tr[data-program="hnte"]').attributes('data-status')).toBe(useDraftStore().assessment.hnte.status)
  })

  it('prints with the browser’s print dialog and links back to the results', async () => {
    // happy-dom has no print dialog
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const w = mountView()
    await w.get('.print-toolbar button').trigger('click')
    expect(print).toHaveBeenCalledOnce()
    expect(w.get('.print-toolbar a').attributes('href')).toBe('/results')
    expect(w.get('.print-toolbar').classes()).toContain('no-print')
  })

  it('prints the staff name saved in the helpdesk settings', () => {
    localStorage.setItem(KEYS.settings, JSON.stringify({ staffName: '  王芳 ' }))
    expect(textOf(mountView().get('[data-sign="staff"]'))).toContain('服务人员：王芳')
  })

  it('has no staff line when no name is saved', () => {
    expect(mountView().find('[data-sign="staff"]').exists()).toBe(false)
  })
})

describe('PrintButton', () => {
  it('links to the print view as “打印结果单”', () => {
    const { wrapper } = mountWith(PrintButton)
    const a = wrapper.get('a')
    expect(a.text()).toBe('打印结果单')
    expect(a.attributes('href')).toBe('/print')
  })
})
