// Excel in and out (issue #10 §1): the template as a workbook reads back as the CSV template; the same firms as
// CSV and as XLSX give the same triage; exports hold real numbers, a frozen header and widths.
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { parseCsv, templateCsv, templateColumns, profileToCells, writeCsv } from '../../src/batch'
import { EXAMPLE_FIRMS } from '../../src/batch/template-examples'
import { triageCsv } from '../../src/batch/triage'
import { triageSheet } from '../../src/batch/export'
import { handleRequest, type TriageMessage } from '../../src/batch/worker'
import { cellText, readWorkbook } from '../../src/batch/xlsx'
import { readReply } from '../../src/batch/xlsx-worker'
import { isLegacyXls, isWorkbook } from '../../src/batch/xlsx-detect'
import { columnLetter } from '../../src/batch/column-letter'
import { textWidth, writeWorkbook } from '../../src/batch/xlsx-write'
import { templateSheet, typedCell } from '../../src/batch/xlsx-sheets'

const DATE = '2026-11-26'

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.slice().buffer)
  return wb.worksheets[0]!
}

/** 30 firms from the two examples, R&D varied so that verdicts differ */
function firms() {
  const columns = templateColumns(DATE)
  const rows = Array.from({ length: 30 }, (_, i) => {
    const p = structuredClone(EXAMPLE_FIRMS(DATE)[i % 2]!)
    p.company.name = `测试企业${i}`
    for (const y of p.years) if (y.rd?.inHouse) y.rd.inHouse = Math.round(y.rd.inHouse * (0.6 + i / 50))
    return profileToCells(p, columns)
  })
  return { columns, rows }
}

describe('the template as a workbook', () => {
  it('reads back cell for cell as the CSV template', async () => {
    const bytes = await writeWorkbook(templateSheet(DATE))
    expect(isWorkbook(bytes)).toBe(true)
    expect(await readWorkbook(bytes)).toEqual(parseCsv(templateCsv(DATE)))
  })

  it('has a frozen header, number cells for amounts and drop-down lists for 是/否 and 征收方式', async () => {
    const ws = await load(await writeWorkbook(templateSheet(DATE)))
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const headers = (ws.getRow(1).values as string[]).slice(1)
    const sales = headers.indexOf('2025年销售收入(万元)') + 1
    // example one: 2025 sales 36,000,000 yuan = 3600 万元, a number cell
    expect(ws.getRow(2).getCell(sales).value).toBe(3600)
    const tax = columnLetter(headers.indexOf('征收方式') + 1)
    const resident = columnLetter(headers.indexOf('是否境内居民企业') + 1)
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations
      .model
    const find = (col: string) => Object.entries(dv).find(([addr]) => addr.startsWith(`${col}2`))?.[1]
    expect(find(tax)?.formulae).toEqual(['"查账征收,核定征收"'])
    expect(find(resident)?.formulae).toEqual(['"是,否"'])
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(textWidth('示例一：霸州市某新材料科技有限公司'))
  })
})

describe('the same firms as CSV and as XLSX', () => {
  it('give the same triage', async () => {
    const { columns, rows } = firms()
    const csv = writeCsv([columns.map((c) => c.header), ...rows])
    const bytes = await writeWorkbook({
      name: 'x',
      columns: columns.map((c) => ({ header: c.header })),
      rows: rows.map((r) => r.map((text, i) => typedCell(columns[i]!.kind, text))),
    })
    const fromCsv = triageCsv(csv)
    const fromXlsx = triageCsv(await readWorkbook(bytes))
    expect(fromCsv.rows).toHaveLength(30)
    expect(new Set(fromCsv.rows.map((r) => r.hnteStatus)).size).toBeGreaterThan(1)
    expect(fromXlsx).toEqual(fromCsv)
  })

  it('are read by the workbook worker entry into the records the triage worker takes', async () => {
    const { columns, rows } = firms()
    const bytes = await writeWorkbook({ name: 'x', columns: columns.map((c) => ({ header: c.header })), rows })
    const reply = await readReply(bytes)
    expect('records' in reply && reply.records[1]?.[0]).toBe('测试企业0')
    const posted: TriageMessage[] = []
    if ('records' in reply) handleRequest({ records: reply.records }, (m) => posted.push(m))
    const last = posted.at(-1)!
    expect(last.type === 'result' && last.result.rows).toHaveLength(30)
  })

  it('reports a file that is not a workbook instead of throwing', async () => {
    const reply = await readReply(new TextEncoder().encode('PK\u0003\u0004 not a zip'))
    expect('error' in reply).toBe(true)
  })
})

describe('cellText', () => {
  it('turns what a workbook holds into the text a CSV would hold', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3')
    expect(cellText(new Date(Date.UTC(2015, 3, 2)))).toBe('2015-04-02')
    expect(cellText({ richText: [{ text: '甲' }, { text: '公司' }] })).toBe('甲公司')
    expect(cellText({ formula: 'A1*2', result: 4800 } as never)).toBe('4800')
    expect(cellText(true)).toBe('是')
    expect(cellText(null)).toBe('')
  })

  it('tells a workbook and an old .xls from a CSV by their first bytes', () => {
    expect(isWorkbook(new TextEncoder().encode('企业名称,评估日期'))).toBe(false)
    expect(isLegacyXls(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe(true)
  })
})

describe('the triage export as a workbook', () => {
  it('writes scores and row numbers as numbers, freezes the header and keeps the note lines', async () => {
    const { columns, rows } = firms()
    const r = triageCsv(writeCsv([columns.map((c) => c.header), ...rows, ['坏企业', '91131081MA0J7R8U3C']]))
    const ws = await load(await writeWorkbook(triageSheet(r.rows, r.errors, undefined, ['筛选：无'])))
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(typeof ws.getRow(2).getCell(1).value).toBe('number')
    expect(typeof ws.getRow(2).getCell(6).value).toBe('number')
    const bad = ws.getRow(32)
    expect([bad.getCell(1).value, bad.getCell(2).value, bad.getCell(3).value, bad.getCell(5).value]).toEqual([
      32,
      '坏企业',
      '91131081MA0J7R8U3C',
      '导入错误',
    ])
    expect(ws.getRow(34).getCell(1).value).toBe('筛选：无')
  })
})
