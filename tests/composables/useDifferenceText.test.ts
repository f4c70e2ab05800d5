// @vitest-environment happy-dom
// The duplicate prompt names each differing value: the tax answers' year and the sheet's notes are kept with the
// firm though they are no questions, and are named in words, not as their property names.
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { useDifferenceText } from '@/composables/useDifferenceText'
import { differences } from '@/helpdesk/duplicates'
import { emptyProfile } from '@/profile/types'
import { createAppI18n, setLocale } from '@/i18n'

async function withLocale<T>(locale: 'zh-CN' | 'en', use: () => T): Promise<T> {
  let out: T | undefined
  // every catalogue (the prompt opens after the full catalogue has loaded, src/i18n/locales.ts)
  const i18n = createAppI18n()
  await setLocale(i18n.global, locale)
  mount(defineComponent({ setup: () => ((out = use()), () => null) }), { global: { plugins: [i18n] } })
  return out as T
}

describe('useDifferenceText', () => {
  const a = { ...emptyProfile('2027-03-01'), tax: { taxableIncome: 2_400_000 }, taxAnswersYear: 2026 }
  const b = { ...a, taxAnswersYear: 2027, notes: '带执照' }
  const paths = differences(a, b).map((d) => d.path)

  it('lists the tax answers’ year and the notes as differences, named in words', async () => {
    expect(paths).toEqual(['taxAnswersYear', 'notes'])
    const zh = await withLocale('zh-CN', useDifferenceText)
    expect(paths.map(zh.label)).toEqual(['税务答案所属纳税年度', '结果单备注（可选）'])
    const en = await withLocale('en', useDifferenceText)
    expect(en.label('taxAnswersYear')).toBe('Tax year of the tax answers')
  })
})
