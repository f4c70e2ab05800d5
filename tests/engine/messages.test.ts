import { describe, expect, it } from 'vitest'
import { formatYuan, groupedDecimal, render } from '../../src/engine/messages'

describe('engine message rendering', () => {
  it('groups thousands and keeps two decimals from the fen', () => {
    expect(groupedDecimal(1_234_567.8)).toBe('1,234,567.80')
    expect(groupedDecimal(0.1 + 0.2)).toBe('0.30')
    expect(groupedDecimal(-5000)).toBe('-5,000.00')
  })

  it('shows yuan amounts in 万元 for Chinese readers and in yuan for English ones', () => {
    expect(formatYuan(266_000, 'zh-CN')).toBe('26.60 万元')
    expect(formatYuan(266_000, 'en')).toBe('266,000.00 yuan')
  })

  it('shows an amount under 100 yuan in 元, so a one-fen gap never reads as 0.00 万元', () => {
    expect(formatYuan(0.01, 'zh-CN')).toBe('0.01 元')
    expect(formatYuan(100, 'zh-CN')).toBe('0.01 万元')
  })

  it('formats {x:yuan} placeholders and leaves years and plain numbers alone', () => {
    const t = '{year}年还差 {gap:yuan}，{n} 人'
    expect(render(t, { year: 2025, gap: 266_000, n: 5 })).toBe('2025年还差 26.60 万元，5 人')
    expect(render('{gap:yuan} short', { gap: 266_000 }, 'en')).toBe('266,000.00 yuan short')
    expect(render('{missing}', {})).toBe('{missing}')
  })
})
