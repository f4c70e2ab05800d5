// The start page's assessment date is read without the field table (src/stores/date-text.ts): the text is kept as
// typed, the date changes only when the text is one, and it reads exactly what the wizard's full reader
// (interpret, through the field table and its rules) reads for that field.
import { describe, expect, it } from 'vitest'
import { emptyProfile } from '../../src/profile/types'
import { applyDateText } from '../../src/stores/date-text'
import { interpret } from '../../src/wizard/answers'

/** typed text → [whether it reads, the assessment date afterwards], starting from 2026-11-26 */
const CASES: [string, boolean, string][] = [
  ['2026-06-30', true, '2026-06-30'],
  ['2026年6月30日', true, '2026-06-30'],
  ['２０２６/６/３０', true, '2026-06-30'],
  [' 2026.6.3 ', true, '2026-06-03'],
  // not a day of the calendar, not a date at all, half typed: the text stays, the date does not move
  ['2026-02-29', false, '2026-11-26'],
  ['2026-13-01', false, '2026-11-26'],
  ['明天', false, '2026-11-26'],
  ['2026-06', false, '2026-11-26'],
  // cleared: read as "not answered"; the profile keeps a date (the engine needs one), the field shows ''
  ['', true, '2026-11-26'],
]

describe('applyDateText', () => {
  it.each(CASES)('%j reads %s and leaves the date at %s; the text is kept as typed', (typed, ok, date) => {
    const profile = emptyProfile('2026-11-26')
    const raw: Record<string, string> = {}
    expect(applyDateText(profile, raw, typed)).toBe(ok)
    expect(profile.assessmentDate).toBe(date)
    expect(raw).toEqual({ assessmentDate: typed })
  })

  it.each(CASES)('%j: the full reader through the field table agrees', (typed, ok, date) => {
    const r = interpret('assessmentDate', typed, 'zh-CN')
    expect(r.ok).toBe(ok)
    if (r.ok && typed.trim()) expect(r.value).toBe(date)
  })
})
