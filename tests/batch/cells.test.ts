// Plain number cells are read without the full parser (src/batch/cells.ts); the value is the parser's own: worked
// out by hand for a few, and equal to parseNumber's for any plain decimal (fast-check).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { moneyCell, readCell } from '../../src/batch/cells'
import { parseNumber } from '../../src/wizard/parse-number'

const value = (r: ReturnType<typeof moneyCell>) => (r.ok ? r.value : r.message)

describe('plain number cells', () => {
  it('reads 万元 as exact yuan and persons as typed', () => {
    expect(value(moneyCell('1234.56'))).toBe(12_345_600)
    expect(value(moneyCell('0.000001'))).toBe(0.01)
    expect(value(moneyCell('-12.5'))).toBe(-125_000)
    expect(Object.is(value(moneyCell('-0.00')), 0)).toBe(true)
    expect(value(moneyCell('0036'))).toBe(360_000)
    expect(value(readCell('number', '12.25'))).toBe(12.25)
    expect(value(readCell('number', '007'))).toBe(7)
  })

  it('refuses what the parser refuses: a seventh decimal of 万元, a third of persons', () => {
    expect(moneyCell('1.0000001').ok).toBe(false)
    expect(readCell('number', '1.251').ok).toBe(false)
  })

  it('gives the parser’s value for any plain decimal', () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
    const decimal = (places: number, sign: boolean) =>
      fc
        .tuple(fc.boolean(), digits(1, 9), digits(0, places))
        .map(([neg, int, frac]) => `${sign && neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`)
    fc.assert(
      fc.property(decimal(6, true), (s) => {
        const p = parseNumber(s, 'money', { allowNegative: true })
        expect(value(moneyCell(s))).toBe(p.ok && !p.empty ? p.value : 'refused')
      }),
    )
    fc.assert(
      fc.property(decimal(2, false), (s) => {
        const p = parseNumber(s, 'persons')
        expect(value(readCell('number', s))).toBe(p.ok && !p.empty ? p.value : 'refused')
      }),
    )
  })
})

describe('date cells', () => {
  it('reads a real day in any of the usual spellings as YYYY-MM-DD', () => {
    expect(readCell('date', '2020/3/5')).toEqual({ ok: true, value: '2020-03-05' })
    expect(readCell('date', '2020年3月5日')).toEqual({ ok: true, value: '2020-03-05' })
    // 2024 is a leap year (divisible by 4, not by 100)
    expect(readCell('date', '2024.2.29')).toEqual({ ok: true, value: '2024-02-29' })
  })

  it('leaves a day that does not exist as the sheet has it, for validation to quote', () => {
    for (const text of ['2020/13/40', '2026年2月29日', '2023-04-31'])
      expect(readCell('date', text)).toEqual({ ok: true, value: text })
  })
})
