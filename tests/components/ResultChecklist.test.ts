// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import ResultChecklist from '@/components/ResultChecklist.vue'
import { buildAssessment } from './fixtures/assessment'
import { mountResult, textOf } from './fixtures/mount'
import type { ChecklistItem } from '@/engine/types'

const show = (items: ChecklistItem[] = buildAssessment().checklist) =>
  mountResult(ResultChecklist, { props: { items } })

describe('ResultChecklist', () => {
  it('groups the steps by department, earliest deadline first, the firm’s own undated steps last', () => {
    const { wrapper } = show()
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
      '霸州市科技和工业信息化局',
      '国家税务总局霸州市税务局',
      '企业自行办理',
    ])
  })

  it('orders the items of a group by date', () => {
    const science = show().wrapper.get('[data-who="science"]')
    expect(science.findAll('li').map((li) => li.attributes('data-item'))).toEqual([
      'keep.hnte.annual-report',
      'apply.tsme',
    ])
    expect(textOf(science)).toContain('截止日期：2027年5月31日')
  })

  it('names the checks and incentives each item comes from', () => {
    const { wrapper } = show()
    expect(textOf(wrapper.get('[data-item="fix.hnte.rd-intensity"]'))).toContain('来自：研发费用占销售收入比例')
    expect(textOf(wrapper.get('[data-item="claim.rate"]'))).toContain(
      '来自：小型微利企业所得税优惠、高新技术企业 15% 税率',
    )
    expect(textOf(wrapper.get('[data-item="claim.rd-super-deduction"]'))).toContain(
      '所需材料：研发支出辅助账、A107012表',
    )
  })

  it('accepts a department already given by name, as the engine writes it', () => {
    const items = buildAssessment().checklist.map((i) =>
      i.who === 'tax' ? { ...i, who: '国家税务总局霸州市税务局' } : i,
    )
    expect(
      show(items)
        .wrapper.findAll('h3')
        .map((h) => h.text()),
    ).toContain('国家税务总局霸州市税务局')
  })

  it('says so when there is nothing to do', () => {
    expect(show([]).wrapper.text()).toContain('暂无需要办理的事项。')
  })

  it('renders the engine’s item titles in English after the language is switched', async () => {
    const { wrapper, setLocale } = show()
    await setLocale('en')
    const text = textOf(wrapper)
    expect(text).toContain('Count more R&D expense')
    expect(text).toContain('The firm itself')
    expect(text).toContain('By 31 May 2027')
  })
})
