// Every question has a label in both languages: a missing key shows the raw key ('field.years.rd.inHouse') to users.
import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/messages/en/wizard'
import zh from '../../src/i18n/messages/zh-CN/wizard'
import { FIELD_SPECS, hintKey, labelKey } from '../../src/wizard/fields'

const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], messages)

const paths = Object.keys(FIELD_SPECS).map((shape) => shape.replace('*', '2025'))

describe('wizard labels', () => {
  it.each(paths)('%s has a label in zh-CN and en', (path) => {
    expect(typeof lookup(zh, labelKey(path))).toBe('string')
    expect(typeof lookup(en, labelKey(path))).toBe('string')
  })

  it('resolves the R&D hints under their year-field keys', () => {
    expect(lookup(zh, hintKey('years.2025.rd.other'))).toMatch(/20%/)
    expect(lookup(en, hintKey('years.2025.rd.other'))).toMatch(/20%/)
  })

  it('has a hint in en for every hint in zh-CN', () => {
    for (const path of paths) {
      if (typeof lookup(zh, hintKey(path)) === 'string') expect(typeof lookup(en, hintKey(path)), path).toBe('string')
    }
  })
})
