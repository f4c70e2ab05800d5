import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { parseNumber, yuanToWanText } from '../../src/wizard/parse-number'

describe('parseNumber (money typed in 万元, stored in yuan)', () => {
  it.each([
    ['1,234.56', 12345600],
    ['1234.56', 12345600],
    [' 1 234.5 ', 12345000],
    ['１２３．４５万元', 1234500],
    ['１２３．４', 1234000],
    ['0.01元', 0.01],
    ['5000元', 5000],
    ['12万', 120000],
    ['12万元', 120000],
    ['0.000001', 0.01],
    ['.5', 5000],
    ['0', 0],
    ['-0', 0],
  ])('accepts %j as %d yuan', (text, yuan) => {
    const r = parseNumber(text, 'money')
    expect(r).toMatchObject({ ok: true, empty: false, value: yuan })
  })

  it.each([
    ['2abc', '无法识别的字符“a”'],
    ['1e3', '科学计数法'],
    ['1.2.3', '一个小数点'],
    ['-5', '不能为负数'],
    ['1.0000001', '最多 6 位小数'],
    ['0.001元', '最多 2 位小数'],
    ['12,34', '千位分隔符'],
    ['万元', '请填写一个数字'],
  ])('rejects %j saying how to fix it', (text, fragment) => {
    const r = parseNumber(text, 'money')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(fragment)
  })

  it('treats blank text as not answered', () => {
    expect(parseNumber('  ', 'money')).toEqual({ ok: true, empty: true })
  })

  it('accepts a negative amount only where it makes sense', () => {
    expect(parseNumber('-12.5', 'money', { allowNegative: true })).toMatchObject({ ok: true, value: -125000 })
  })

  it('shows 元 input converted to 万元', () => {
    expect(parseNumber('5000元', 'money')).toMatchObject({ display: '0.50' })
    expect(parseNumber('0.01元', 'money')).toMatchObject({ display: '0.000001' })
  })

  it('round-trips every fen amount exactly (万元 text → yuan → 万元 text)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        const yuan = fen / 100
        const r = parseNumber(yuanToWanText(yuan), 'money')
        return r.ok && !r.empty && r.value === Number((fen / 100).toFixed(2))
      }),
    )
  })
})

describe('parseNumber (persons and counts)', () => {
  it.each([
    ['12.25', 'persons', 12.25],
    ['1,200', 'persons', 1200],
    ['７', 'count', 7],
  ] as const)('accepts %j as %s %d', (text, kind, value) => {
    expect(parseNumber(text, kind)).toMatchObject({ ok: true, value })
  })

  it.each([
    ['12.255', 'persons', '最多保留 2 位小数'],
    ['1.5', 'count', '整数'],
    ['-1', 'persons', '不能为负数'],
    ['12人', 'persons', '无法识别的字符'],
    ['3万', 'count', '不要带单位'],
  ] as const)('rejects %j as %s', (text, kind, fragment) => {
    const r = parseNumber(text, kind)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(fragment)
  })
})

describe('parseNumber never rewrites a number it cannot hold (issue #9 items 2 and 8)', () => {
  it.each(['99999999999999999999', '1'.repeat(10_000)])('rejects %s as too large, in 万元', (text) => {
    const r = parseNumber(text, 'money')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/数额过大.*万元/)
  })

  // 2^53 − 1 fen = 90 071 992 547 409.91 元: the last whole yuan a double holds to the fen
  it('accepts 9007199254.7409 万元 and rejects 9007199254.741 万元', () => {
    expect(parseNumber('9007199254.7409', 'money')).toMatchObject({ ok: true, value: 90071992547409 })
    expect(parseNumber('9007199254.741', 'money').ok).toBe(false)
  })

  it('says a head count that large is too large in persons', () => {
    const r = parseNumber('100000000000000', 'persons')
    expect(r).toMatchObject({ ok: false })
    if (!r.ok) expect(r.message).toContain('人数过大')
  })

  it.each([
    ['¥12.5', 125000],
    ['￥12.5', 125000],
    ['¥1,234', 12340000],
    ['￥5000元', 5000],
    ['-¥3', -30000],
  ])('accepts the currency sign in %j (the amount stays in the field’s unit)', (text, yuan) => {
    expect(parseNumber(text, 'money', { allowNegative: true })).toMatchObject({ ok: true, value: yuan })
  })

  it('refuses a currency sign on a head count, saying to type digits only', () => {
    const r = parseNumber('¥12', 'persons')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('不要带货币符号')
  })
})
