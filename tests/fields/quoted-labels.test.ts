// A question is named without the note to the one answering ("（如有）", "(if any)"): messages, the review, the
// sheet and the summaries quote the name; only the input's own label asks "（如有）".
import { describe, expect, it } from 'vitest'
import { FIELDS, fieldLabel } from '../../src/fields'
import { fieldMessages } from '../../src/fields/messages'

const NOTE = /如有|if any|if ever/i

describe('fieldLabel', () => {
  it('names every question of the table without a note to the one answering, in both languages', () => {
    const noted = FIELDS.flatMap((f) =>
      ['zh-CN', 'en'].map((l) => fieldLabel(f.path.replace('*', '2025'), l)).filter((n) => NOTE.test(n)),
    )
    expect(noted).toEqual([])
  })

  it('drops only the note: the cancellation year is the cancellation year, with its year for a fiscal-year field', () => {
    expect(fieldLabel('credentials.hnteCancelledYear', 'zh-CN')).toBe('高新技术企业资格被取消的年度')
    expect(fieldLabel('credentials.hnteCancelledYear', 'en')).toBe('Year the HNTE status was cancelled')
    expect(fieldLabel('years.2025.rd.inHouse', 'zh-CN')).toBe('2025年 自行研发费用（高企口径）')
  })

  it('leaves the note where the question is asked (the input’s label)', () => {
    const { field } = fieldMessages('zh')
    expect((field.credentials as Record<string, string>).hnteCancelledYear).toBe('高新技术企业资格被取消的年度（如有）')
  })
})
