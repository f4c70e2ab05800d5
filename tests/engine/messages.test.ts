import { describe, expect, it } from 'vitest'
import { catalogues, msg, plainMessage, render } from '../../src/engine/messages'

describe('engine message rendering', () => {
  it('renders amounts with the one formatter: 万元 from 1 万元, 元 below, CNY in English', () => {
    expect(render('{amount:yuan}', { amount: 266_000 })).toBe('26.60 万元')
    expect(render('{amount:yuan}', { amount: 60 })).toBe('60.00 元')
    expect(render('{amount:yuan}', { amount: 266_000 }, 'en')).toBe('CNY 266,000.00')
  })

  it('rounds a gap and an amount over a limit up, never down onto the limit', () => {
    // 12,301 元 short is 1.2301 万元: stated as 1.24 so that closing it is enough
    expect(render('{gap:yuan}', { gap: 12_301 })).toBe('1.24 万元')
    // 3,000,000.01 元 is over a 300 万元 limit: it must not read 300.00 万元
    expect(render('{over:yuan}', { over: 3_000_000.01 })).toBe('300.01 万元')
  })

  it('formats {x:yuan} placeholders and leaves years and plain numbers alone', () => {
    const t = '{year}年还差 {gap:yuan}，{n} 人'
    expect(render(t, { year: 2025, gap: 266_000, n: 5 })).toBe('2025年还差 26.60 万元，5 人')
    expect(render('{gap:yuan} short', { gap: 266_000 }, 'en')).toBe('CNY 266,000.00 short')
    expect(render('{missing}', {})).toBe('{missing}')
  })

  it('says 1 point but 0, 2 and 1.5 points: a fraction of a point is plural', () => {
    const t = '{n} {n:plural:point|points} short'
    expect(render(t, { n: 1 }, 'en')).toBe('1 point short')
    expect(render(t, { n: 2 }, 'en')).toBe('2 points short')
    expect(render(t, { n: 0 }, 'en')).toBe('0 points short')
    expect(render(t, { n: 1.5 }, 'en')).toBe('1.5 points short')
    expect(render(t, {}, 'en')).toBe('{n} {n:plural:point|points} short')
  })

  it('says 1 point and 1 day in the English catalogue, and keeps the Chinese text as it was', () => {
    const en = (key: string, params: Record<string, number>) => render(catalogues.en[key]!, params, 'en')
    expect(en('checklist.gap.points', { points: 1 })).toBe('1 point short')
    expect(en('checklist.gap.points', { points: 1.5 })).toBe('1.5 points short')
    expect(en('batch.gap.hnte.registered-one-year', { n: 1 })).toBe('1 day until registered one year')
    expect(en('batch.gap.hnte.registered-one-year', { n: 0 })).toBe('0 days until registered one year')
    expect(render(catalogues['zh-CN']['checklist.gap.points']!, { points: 1 })).not.toMatch(/plural/)
  })
})

describe('engine messages are rendered when read (issue #11)', () => {
  // a test-only key, added to the one catalogue the engine reads
  Object.assign(catalogues['zh-CN'], { 'test.lazy.gap': '还差 {gap:yuan}' })
  Object.assign(catalogues.en, { 'test.lazy.gap': '{gap:yuan} short' })

  it('renders the zh-CN text on read, and JSON carries key, params and text in that order', () => {
    const m = msg('test.lazy.gap', { gap: 12_301 })
    expect(m.text).toBe('还差 1.24 万元')
    expect(JSON.stringify(m)).toBe('{"key":"test.lazy.gap","params":{"gap":12301},"text":"还差 1.24 万元"}')
    expect(JSON.stringify(msg('test.lazy.none'))).toBe('{"key":"test.lazy.none","text":"test.lazy.none"}')
  })

  it('is equal to the same message whether or not its text was read', () => {
    const read = msg('test.lazy.gap', { gap: 5 })
    void read.text
    expect(read).toEqual(msg('test.lazy.gap', { gap: 5 }))
    expect(read).not.toEqual(msg('test.lazy.gap', { gap: 6 }))
  })

  it('keeps its text through structuredClone once made plain (what a worker posts)', () => {
    const m = msg('test.lazy.gap', { gap: 60 })
    expect(structuredClone(plainMessage(m))).toEqual({
      key: 'test.lazy.gap',
      params: { gap: 60 },
      text: '还差 60.00 元',
    })
  })
})
