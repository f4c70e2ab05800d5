// Issue #9 item 9: an unclosed quote is that row's error; a PDF, archive or binary file is not read as a CSV.
import { describe, it, expect } from 'vitest'
import { parseCsvRecords } from '../../src/batch/csv'
import { notCsvKind } from '../../src/batch/decode'
import { importCsv } from '../../src/batch/import'

const header = '企业名称,评估日期,职工总数'

describe('an unclosed quote', () => {
  it('ends its record with its line and lets the next lines be read', () => {
    const r = parseCsvRecords('a,"b\r\nc,d\ne,g\n')
    expect(r.rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'g'],
    ])
    expect(r.unclosed).toEqual([0])
  })

  it('is reported as that row’s error, the rows after it still import', () => {
    const text = `${header}\n甲公司,2026-05-20,10\n"乙公司,2026-05-20,12\n丙公司,2026-05-20,14\n`
    const r = importCsv(text)
    expect(r.firms.map((f) => [f.row, f.profile.company.name])).toEqual([
      [2, '甲公司'],
      [4, '丙公司'],
    ])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]!.row).toBe(3)
    expect(r.errors[0]!.messages[0]).toContain('双引号（"）没有配对')
    expect(r.errors[0]!.messages[0]).toContain('请删除多余的引号')
  })

  it('keeps a quoted cell that is closed (a comma inside), and a closed cell that spans lines', () => {
    const r = importCsv(`${header}\n"甲,公司",2026-05-20,10\n`)
    expect(r.errors).toEqual([])
    expect(r.firms[0]!.profile.company.name).toBe('甲,公司')
    expect(parseCsvRecords('"a\nb",c\n')).toEqual({ rows: [['a\nb', 'c']], unclosed: [] })
  })
})

describe('a file that is not a CSV', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))
  it.each([
    ['a PDF', bytes('%PDF-1.7\n', [0xe2, 0xe3]), 'pdf'],
    ['a zip archive', bytes('PK\x03\x04', [20, 0], 'report.docx'), 'zip'],
    ['an image', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
  ])('%s is told apart by its bytes', (_what, b, kind) => {
    expect(notCsvKind(b)).toBe(kind)
  })
  it.each([
    ['an .xlsx workbook (left to the workbook reader)', bytes('PK\x03\x04', [20, 0], 'xl/workbook.xml')],
    ['a GBK CSV', bytes('a,b\n', [0xc6, 0xf3, 0xd2, 0xb5], '\n')],
  ])('%s is not refused', (_what, b) => {
    expect(notCsvKind(b)).toBeNull()
  })
})
