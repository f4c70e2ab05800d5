// @vitest-environment happy-dom
// The next steps, found as a reader finds them: each department's group is a region named by its heading,
// each step a list item named by its title (the fixture's own titles, tests/components/fixtures/assessment.ts).
import { describe, it, expect, afterEach } from 'vitest'
import { render, screen, cleanup, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { nextTick } from 'vue'
import ResultChecklist from '@/components/ResultChecklist.vue'
import { buildAssessment } from './fixtures/assessment'
import { makeI18n, makeRouter } from './fixtures/mount'
import type { ChecklistItem } from '@/engine/types'

afterEach(cleanup)
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

function show(items: ChecklistItem[] = buildAssessment().checklist) {
  const i18n = makeI18n()
  render(ResultChecklist, { props: { items }, global: { plugins: [createPinia(), i18n, makeRouter()] } })
  const setLocale = async (l: 'zh-CN' | 'en') => {
    i18n.global.locale.value = l
    await nextTick()
  }
  return { setLocale }
}
const groupHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
/** the list item whose title is this text */
const item = (title: string) => {
  const li = screen.getAllByRole('listitem').find((el) => within(el).queryByText(title))
  if (!li) throw new Error(`no step titled ${title}`)
  return li
}

describe('ResultChecklist', () => {
  it('groups the steps by department, earliest deadline first, the firm’s own undated steps last', () => {
    show()
    expect(groupHeadings()).toEqual(['霸州市科技和工业信息化局', '国家税务总局霸州市税务局', '企业自行办理'])
  })

  it('orders the items of a group by date', () => {
    show()
    const science = screen.getByRole('region', { name: '霸州市科技和工业信息化局' })
    const steps = within(science)
      .getAllByRole('listitem')
      .map((li) => squash(li.textContent))
    // keep.hnte.annual-report (by 2027-05-31) before apply.tsme (by 2027-08-31)
    expect(steps).toHaveLength(2)
    expect(steps[0]).toContain('报送高新技术企业年度发展情况报表')
    expect(steps[1]).toContain('在评价系统填报科技型中小企业信息')
    expect(squash(science.textContent)).toContain('截止日期：2027年5月31日')
  })

  it('names the checks and incentives each item comes from', () => {
    show()
    expect(squash(item('增加计入的研发费用').textContent)).toContain('来自：研发费用占销售收入比例')
    expect(squash(item('选择小型微利企业优惠或 15% 税率').textContent)).toContain(
      '来自：小型微利企业所得税优惠、高新技术企业 15% 税率',
    )
    expect(squash(item('在汇算清缴时享受研发费用加计扣除').textContent)).toContain(
      '所需材料：研发支出辅助账、A107012表',
    )
  })

  it('accepts a department already given by name, as the engine writes it', () => {
    const items = buildAssessment().checklist.map((i) =>
      i.who === 'tax' ? { ...i, who: '国家税务总局霸州市税务局' } : i,
    )
    show(items)
    expect(groupHeadings()).toContain('国家税务总局霸州市税务局')
  })

  it('says so when there is nothing to do', () => {
    show([])
    expect(screen.getByText('暂无需要办理的事项。')).toBeTruthy()
  })

  it('renders the engine’s item titles in English after the language is switched', async () => {
    const { setLocale } = show()
    await setLocale('en')
    const text = squash(document.body.textContent)
    expect(text).toContain('Count more R&D expense')
    expect(screen.getByRole('heading', { level: 3, name: 'The firm itself' })).toBeTruthy()
    expect(text).toContain('By 31 May 2027')
  })
})
