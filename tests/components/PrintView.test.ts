// @vitest-environment happy-dom
// The print view found as a reader finds it: the toolbar by its label, the firm by its term in the facts list,
// the verdict by its row, the staff line by its words.
import { describe, it, expect, vi, afterEach } from 'vitest'
import { render, screen, cleanup, within, fireEvent } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import PrintView from '@/views/PrintView.vue'
import PrintButton from '@/components/PrintButton.vue'
import { useDraftStore } from '@/stores/draft'
import { KEYS } from '@/stores/persistence'
import zhResults from '@/i18n/messages/zh-CN/results'
import { exampleProfile, makePrintI18n, makePrintRouter } from '../print/fixtures'

function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useDraftStore().replace(exampleProfile('strong-hnte'))
  return render(PrintView, { global: { plugins: [pinia, makePrintI18n(), makePrintRouter()] } })
}
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()
/** the definition beside a term of the sheet's facts list */
function fact(term: string) {
  const terms = screen.getAllByRole('term')
  const i = terms.findIndex((t) => squash(t.textContent) === term)
  if (i < 0) throw new Error(`no fact ${term}`)
  return squash(screen.getAllByRole('definition')[i]!.textContent)
}

afterEach(() => {
  cleanup()
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('PrintView', () => {
  it('shows the sheet for the firm in the draft', () => {
    mountView()
    expect(fact('企业名称')).toBe('霸州市鑫泰精密管业科技有限公司')
    const status = useDraftStore().assessment.hnte.status
    const verdicts = screen.getByRole('region', { name: '评价结论' })
    const row = within(verdicts).getByRole('row', { name: /^高新技术企业认定/ })
    // the status cell reads "<glyph> <word>"; the word alone, so 符合条件 is not matched inside 不符合条件
    expect(squash(within(row).getAllByRole('cell')[0]!.textContent)).toMatch(
      new RegExp(`^\\S+ ${zhResults.results.programStatus[status]}$`),
    )
  })

  it('prints with the browser’s print dialog and links back to the results', async () => {
    // happy-dom has no print dialog
    const print = vi.fn()
    vi.stubGlobal('print', print)
    mountView()
    const toolbar = screen.getByRole('navigation', { name: '打印操作' })
    await fireEvent.click(within(toolbar).getByRole('button', { name: '打印' }))
    expect(print).toHaveBeenCalledOnce()
    expect(within(toolbar).getByRole('link', { name: '返回结果页' }).getAttribute('href')).toBe('/results')
    // the class the app's print style hides
    expect(toolbar.classList).toContain('no-print')
  })

  it('prints the staff name saved in the helpdesk settings', () => {
    localStorage.setItem(KEYS.settings, JSON.stringify({ staffName: '  王芳 ' }))
    mountView()
    expect(screen.getByText('服务人员：王芳')).toBeTruthy()
  })

  it('has no staff line when no name is saved', () => {
    mountView()
    expect(screen.queryByText(/^服务人员/)).toBeNull()
  })
})

describe('PrintButton', () => {
  it('links to the print view as “打印结果单”', () => {
    render(PrintButton, { global: { plugins: [createPinia(), makePrintI18n(), makePrintRouter()] } })
    expect(screen.getByRole('link', { name: '打印结果单' }).getAttribute('href')).toBe('/print')
  })
})
