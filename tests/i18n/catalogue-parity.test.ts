// Both languages say the same things: every message key of the one catalogue (src/i18n/messages: the interface's
// modules and the engine's, which the rules, the checklist and the planner name) exists in zh-CN and in English,
// with the same placeholders — a missing key shows a raw key to the reader, a missing placeholder drops a figure.
import { describe, expect, it } from 'vitest'
import { catalogues } from '../../src/engine/messages'
import { flatten, mergeTrees, type Tree } from '../../src/i18n/tree'

const zhModules = import.meta.glob<{ default: Tree }>('../../src/i18n/messages/zh-CN/*.ts', { eager: true })
const enModules = import.meta.glob<{ default: Tree }>('../../src/i18n/messages/en/*.ts', { eager: true })

/** one language's modules in one key space (mergeTrees fails on a key two modules define) */
const merged = (mods: Record<string, { default: Tree }>) =>
  flatten(mergeTrees(Object.values(mods).map((m) => m.default)))

/**
 * the placeholder names of a message, sorted and once each: '{a} 与 {b:yuan}' → ['a', 'b:yuan']. An English
 * `{textEn}` stands for the Chinese `{text}`: the same value, passed in the reader's language (locality notes,
 * parameter names). An English count word `{n:plural:point|points}` names the count `n` (Chinese has no plural).
 */
const placeholders = (text: string, lang: 'zh' | 'en'): string[] => {
  const names = [...text.matchAll(/\{(\w+)(?::(\w+)[^{}]*)?\}/g)].map((m) => {
    const name = lang === 'en' ? m[1]!.replace(/En$/, '') : m[1]!
    return m[2] && m[2] !== 'plural' ? `${name}:${m[2]}` : name
  })
  return [...new Set(names)].sort()
}

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
  it('has every message, the interface’s and the engine’s, in both languages with the same placeholders', () => {
    const zh = merged(zhModules)
    expect(Object.keys(zh).length).toBeGreaterThan(700)
    expect(mismatches(zh, merged(enModules))).toEqual([])
  })

  it('gives the engine the very texts vue-i18n loads (one catalogue, not a second registry)', () => {
    for (const [locale, mods] of [
      ['zh-CN', zhModules],
      ['en', enModules],
    ] as const) {
      const all = merged(mods)
      const engine = catalogues[locale]
      expect(Object.keys(engine).length).toBeGreaterThan(200)
      for (const [key, text] of Object.entries(engine)) expect(all[key], key).toBe(text)
    }
    // the checklist, notices, planner and batch keys the rules name are there
    expect(catalogues['zh-CN']['checklist.fix.hnte.rd-intensity']).toBeTruthy()
    expect(catalogues.en['planner.reason.fail']).toBe('Not met: {titleEn}')
  })

  it('refuses a key two modules define', () => {
    expect(() => mergeTrees([{ a: { b: 'x' } }, { a: { b: 'y' } }])).toThrow('a.b')
    expect(mergeTrees([{ a: { b: 'x' } }, { a: { c: 'y' } }])).toEqual({ a: { b: 'x', c: 'y' } })
  })

  it('finds a missing key and a dropped placeholder', () => {
    expect(mismatches({ a: '还差 {n} 人', b: 'x' }, { a: '{n} more' })).toEqual(['b: no English text'])
    expect(mismatches({ a: '还差 {n} 人（{gap:yuan}）' }, { a: '{n} more' })).toEqual([
      'a: zh-CN {gap:yuan,n} ≠ en {n}',
    ])
    expect(mismatches({ a: '{text}' }, { a: '{textEn}' })).toEqual([])
    expect(mismatches({ a: '差 {n} 分' }, { a: '{n} {n:plural:point|points} short' })).toEqual([])
    expect(mismatches({ a: '差 {n} 分' }, { a: '{m} {m:plural:point|points} short' })).toEqual([
      'a: zh-CN {n} ≠ en {m}',
    ])
  })
})
