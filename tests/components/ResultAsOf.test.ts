// @vitest-environment happy-dom
// A newcomer opened an example firm on 2026-11-30 and found it assessed as of 2026年11月26日 (the example's own
// date) while the start page says the date defaults to today. The results say so on screen, with the way to
// change it; a firm assessed as of today reads as before.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ResultAsOf from '@/components/ResultAsOf.vue'
import { mountResult, textOf } from './fixtures/mount'

describe('the assessment date on the results', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 30, 10, 0)) // 2026-11-30, local time
  })
  afterEach(() => vi.useRealTimers())

  it('says an earlier date is not today, with a link to change it (zh and en)', async () => {
    const { wrapper, setLocale } = mountResult(ResultAsOf, { props: { asOf: '2026-11-26' } })
    expect(textOf(wrapper)).toBe(
      '评估日期：2026年11月26日 （不是今天：结论按该日有效的政策和会计年度得出） 修改评估日期',
    )
    expect(wrapper.get('a').attributes('href')).toBe('/')
    await setLocale('en')
    expect(textOf(wrapper)).toContain('(not today: the results follow the rules and fiscal years in force on that day)')
    expect(wrapper.get('a').text()).toBe('Change the assessment date')
  })

  it('says nothing more when the date is today', () => {
    const { wrapper } = mountResult(ResultAsOf, { props: { asOf: '2026-11-30' } })
    expect(textOf(wrapper)).toBe('评估日期：2026年11月30日')
    expect(wrapper.html()).not.toContain('<a ')
  })
})
