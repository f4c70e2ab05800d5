import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { neutralise, parseCsv, writeCsv } from '../../src/batch/csv'

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and LF, and a BOM', () => {
    const text = '\uFEFFa,"b,c","say ""hi"""\r\n"line1\nline2",,x\ny\r\n'
    expect(parseCsv(text)).toEqual([['a', 'b,c', 'say "hi"'], ['line1\nline2', '', 'x'], ['y']])
  })

  it('keeps an empty quoted last field and a last record without a line break', () => {
    expect(parseCsv('a,""')).toEqual([['a', '']])
    expect(parseCsv('""')).toEqual([['']])
  })
})

describe('writeCsv', () => {
  it('round-trips any table of cells (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '=', '-') })
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseCsv(writeCsv(rows, { neutralise: false }))).toEqual(rows)
      }),
    )
  })

  it('quotes only when needed and prefixes a BOM when asked', () => {
    expect(writeCsv([['a', 'b c', 'x,y', ' pad']], { bom: true })).toBe('\uFEFFa,b c,"x,y"," pad"\r\n')
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+A1', '-2+3', '@SUM(A1)', 'ok'].map(neutralise)).toEqual([
      "'=1+1",
      "'+A1",
      "'-2+3",
      "'@SUM(A1)",
      'ok',
    ])
    expect(['-5', '-1234.56'].map(neutralise)).toEqual(['-5', '-1234.56'])
    expect(parseCsv(writeCsv([['=HYPERLINK("http://x")']]))).toEqual([[`'=HYPERLINK("http://x")`]])
  })
})
