// Both languages say the same things: every message key of the interface catalogues (src/i18n/messages) and of
// the engine's catalogues (registered by the rules and the planner) exists in zh-CN and in English, with the same
// placeholders — a missing key shows a raw key to the reader, a missing placeholder drops a figure.
import { describe, expect, it } from 'vitest'
import { catalogues } from '../../src/engine/messages'
import '../../src/rules/index'
import '../../src/planner/index'
// the batch import's and the triage's messages
import '../../src/batch/issues'
import '../../src/batch/gap-words'

type Tree = { [k: string]: string | Tree }
const zhModules = import.meta.glob<{ default: Tree }>('../../src/i18n/messages/zh-CN/*.ts', { eager: true })
const enModules = import.meta.glob<{ default: Tree }>('../../src/i18n/messages/en/*.ts', { eager: true })

/** { a: { b: 'x' } } → { 'a.b': 'x' } */
function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out[key] = v
    else flatten(v, key, out)
  }
  return out
}

const merged = (mods: Record<string, { default: Tree }>) =>
  Object.values(mods).reduce<Record<string, string>>((all, m) => Object.assign(all, flatten(m.default)), {})

/**
 * the placeholder names of a message, sorted: '{a} 与 {b:yuan}' → ['a', 'b:yuan']. An English `{textEn}` stands for
 * the Chinese `{text}`: the same value, passed in the reader's language (locality notes, parameter names).
 */
const placeholders = (text: string, lang: 'zh' | 'en'): string[] =>
  [...text.matchAll(/\{(\w+(?::\w+)?)\}/g)].map((m) => (lang === 'en' ? m[1]!.replace(/En(?=$|:)/, '') : m[1]!)).sort()

function mismatches(zh: Record<string, string>, en: Record<string, string>): string[] {
  const out: string[] = []
  for (const k of Object.keys(zh)) if (!(k in en)) out.push(`${k}: no English text`)
  for (const k of Object.keys(en)) if (!(k in zh)) out.push(`${k}: no Chinese text`)
  for (const k of Object.keys(zh)) {
    if (!(k in en)) continue
    const a = placeholders(zh[k]!, 'zh').join(',')
    const b = placeholders(en[k]!, 'en').join(',')
    if (a !== b) out.push(`${k}: zh-CN {${a}} ≠ en {${b}}`)
  }
  return out
}

describe('the text catalogues', () => {
  it('has the interface messages in both languages with the same placeholders', () => {
    const zh = merged(zhModules)
    expect(Object.keys(zh).length).toBeGreaterThan(100)
    expect(mismatches(zh, merged(enModules))).toEqual([])
  })

  it('has the engine messages (checks, checklist, incentives, notices, planner) in both languages alike', () => {
    expect(Object.keys(catalogues['zh-CN']).length).toBeGreaterThan(100)
    expect(mismatches(catalogues['zh-CN'], catalogues.en)).toEqual([])
  })

  it('finds a missing key and a dropped placeholder', () => {
    expect(mismatches({ a: '还差 {n} 人', b: 'x' }, { a: '{n} more' })).toEqual(['b: no English text'])
    expect(mismatches({ a: '还差 {n} 人（{gap:yuan}）' }, { a: '{n} more' })).toEqual([
      'a: zh-CN {gap:yuan,n} ≠ en {n}',
    ])
    expect(mismatches({ a: '{text}' }, { a: '{textEn}' })).toEqual([])
  })
})
