// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import { within } from '@testing-library/vue'
import ResultNotices from '@/components/ResultNotices.vue'
import { buildAssessment } from './fixtures/assessment'
import { mountResult } from './fixtures/mount'

describe('ResultNotices', () => {
  it('shows every notice as a note with its level in words', () => {
    const { wrapper } = mountResult(ResultNotices, { props: { notices: buildAssessment().notices } })
    const notes = within(wrapper.element.parentElement as HTMLElement).getAllByRole('note')
    expect(notes.map((n) => n.getAttribute('data-level'))).toEqual(['info', 'warning'])
    expect(notes[0]!.textContent?.replace(/\s+/g, ' ')).toContain(
      '说明 工信部企业〔2026〕2号将设立“科技和创新型中小企业”',
    )
    expect(notes[1]!.textContent?.replace(/\s+/g, ' ')).toContain('注意 2026 年评价时间窗口尚未与官方原文核实')
  })

  it('renders nothing without notices', () => {
    const { wrapper } = mountResult(ResultNotices, { props: { notices: [] } })
    expect(wrapper.text()).toBe('')
  })
})
