// Every catalogue entry has an English name (our translation, shown beside the official Chinese one): none blank,
// none with Chinese characters left in, and no English name for a code the catalogue does not have.
import { describe, expect, it } from 'vitest'
import { INDUSTRIES } from '@/wizard/catalogues/industry'
import { INDUSTRY_EN } from '@/wizard/catalogues/industry-en'
import { TECH_FIELDS } from '@/wizard/catalogues/tech-fields'
import { TECH_FIELD_EN } from '@/wizard/catalogues/tech-fields-en'

/** CJK ideographs, CJK punctuation and full-width forms (（）、；…) */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/

describe.each([
  ['GB/T 4754-2017 industries', INDUSTRIES, INDUSTRY_EN],
  ['high-tech fields', TECH_FIELDS, TECH_FIELD_EN],
] as const)('%s in English', (_, list, table) => {
  it('every code has a trimmed, non-blank English name without Chinese characters', () => {
    const bad = list.filter((o) => !o.en || o.en.trim() !== o.en || CHINESE.test(o.en) || CHINESE.test(o.enPath))
    expect(bad.map((o) => `${o.code} ${o.name} → “${o.en}”`)).toEqual([])
  })

  it('has no English name for a code the catalogue lacks (a shifted or extra item)', () => {
    const codes = new Set(list.map((o) => o.code))
    expect(Object.keys(table).filter((c) => !codes.has(c))).toEqual([])
  })
})

describe('catalogue sizes the translations cover', () => {
  it('GB/T 4754-2017 has 20 sections and 97 divisions', () => {
    expect(INDUSTRIES.filter((o) => o.level === 1)).toHaveLength(20)
    expect(INDUSTRIES.filter((o) => o.level === 2)).toHaveLength(97)
  })

  it('names the entries a user searches for as the standard titles them', () => {
    const en = (code: string) => [...INDUSTRIES, ...TECH_FIELDS].find((o) => o.code === code)?.en
    expect(en('C29')).toBe('Manufacture of rubber and plastic products')
    expect(en('I65')).toBe('Software and information technology services')
    expect(en('1.1')).toBe('Software')
    expect(en('4.3')).toBe('Polymer materials')
    expect(en('8.9.2')).toBe('Printing technology')
  })
})
