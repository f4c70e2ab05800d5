import { describe, expect, it } from 'vitest'
import { render } from '../../src/engine/messages'

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
})
