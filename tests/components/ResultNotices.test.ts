// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import ResultNotices from '@/components/ResultNotices.vue'
import { buildAssessment } from './fixtures/assessment'
import { mountResult, textOf } from './fixtures/mount'

describe('ResultNotices', () => {
  it('shows every notice as a note with its level in words', () => {
    const { wrapper } = mountResult(ResultNotices, { props: { notices: buildAssessment().notices } })
    const notes = wrapper.findAll('[role="note"]')
    expect(notes.map((n) => n.attributes('data-level'))).toEqual(['info', 'warning'])
    expect(textOf(notes[0]!)).toContain('说明 工信部企业〔2026〕2号将设立“科技和创新型中小企业”')
    expect(textOf(notes[1]!)).toContain('注意 2026 年评价时间窗口尚未与官方原文核实')
  })

  it('renders nothing without notices', () => {
    expect(
      mountResult(ResultNotices, { props: { notices: [] } })
        .wrapper.find('h2')
        .exists(),
    ).toBe(false)
  })
})
