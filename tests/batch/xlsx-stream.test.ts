// A workbook read row by row (src/batch/xlsx-stream.ts) and triaged in runs by a pool (pool-records.ts), as
// `npm run triage -- pool.xlsx` does: the same records as the whole-workbook reader (dates as dates, blank rows
// kept in the numbering), and the same triage as the same firms given as CSV, whatever the run length and
// whichever worker finishes first.
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { templateColumns, profileToCells, writeCsv } from '../../src/batch'
import { EXAMPLE_FIRMS } from '../../src/batch/template-examples'
import { triageCsv } from '../../src/batch/triage'
import { runBatch, type BatchDone } from '../../src/batch/batch-job'
import { triageRecords, type RecordsWorker, type SheetRow } from '../../src/batch/pool-records'
import { workbookRows } from '../../src/batch/xlsx-stream'
import { readWorkbook } from '../../src/batch/xlsx'
import { writeWorkbook } from '../../src/batch/xlsx-write'
import { typedCell } from '../../src/batch/xlsx-sheets'

const DATE = '2026-11-26'
const dir = mkdtempSync(join(tmpdir(), 'innocheck-xlsx-stream-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** 40 firms from the two examples, R&D varied; every 9th with text in a number cell; rows 12 and 13 blank */
function firms(): string[][] {
  const columns = templateColumns(DATE)
  const sales = columns.findIndex((c) => c.header === '2025年销售收入(万元)')
  const rows = Array.from({ length: 40 }, (_, i) => {
    const p = structuredClone(EXAMPLE_FIRMS(DATE)[i % 2]!)
    p.company.name = `测试企业${i}`
    for (const y of p.years) if (y.rd?.inHouse) y.rd.inHouse = Math.round(y.rd.inHouse * (0.6 + i / 60))
    const cells = profileToCells(p, columns)
    if (i % 9 === 4) cells[sales] = '约300万'
    return cells
  })
  rows.splice(10, 0, [], [])
  return [columns.map((c) => c.header), ...rows]
}

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

async function all(rows: AsyncIterable<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = []
  for await (const r of rows) out.push(r)
  return out
}

describe('workbookRows', () => {
  it('gives a date cell as YYYY-MM-DD, numbers as typed, and leaves blank rows out with their numbers', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('企业名单')
    ws.addRow(['企业名称', '成立日期', '2025年销售收入(万元)'])
    ws.addRow(['甲公司', new Date(Date.UTC(2015, 3, 2)), 3600.5])
    ws.getCell('B2').numFmt = 'yyyy-mm-dd'
    ws.getRow(4).values = ['乙公司', '2019-02-01', 0.1 + 0.2]
    const path = await file('dates.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()))
    expect(await all(workbookRows(path))).toEqual([
      { number: 1, cells: ['企业名称', '成立日期', '2025年销售收入(万元)'] },
      { number: 2, cells: ['甲公司', '2015-04-02', '3600.5'] },
      { number: 4, cells: ['乙公司', '2019-02-01', '0.3'] },
    ])
  })

  it('reads every Chinese character whole, however the compressed file is cut into chunks (5,000 names)', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('企业名单')
    const names = Array.from({ length: 5000 }, (_, i) => `霸州市测试企业${i + 1}有限公司`)
    ws.addRow(['企业名称'])
    for (const n of names) ws.addRow([n])
    const path = await file('names.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()))
    const read = (await all(workbookRows(path))).slice(1).map((r) => r.cells[0])
    expect(read.filter((n) => n?.includes('\uFFFD'))).toEqual([])
    expect(read).toEqual(names)
  })
})

describe('triageRecords', () => {
  const delays = [3, 0, 1]
  const workers: RecordsWorker[] = delays.map((d) => ({
    run: (job) => new Promise<BatchDone>((resolve) => setTimeout(() => resolve(runBatch(job)), d)),
  }))

  it.each([1, 7, 500])('triages a workbook as the same firms as CSV, runs of %i rows', async (partRows) => {
    const sheet = firms()
    const columns = templateColumns(DATE)
    const bytes = await writeWorkbook({
      name: '企业名单',
      columns: columns.map((c) => ({ header: c.header })),
      // numbers as number cells, as a person's workbook holds them; the broken cells stay text
      rows: sheet
        .slice(1)
        .map((r) => r.map((text, i) => (text === '约300万' ? text : typedCell(columns[i]!.kind, text)))),
    })
    const path = await file(`firms-${partRows}.xlsx`, bytes)
    const whole = triageCsv(writeCsv(sheet), { paths: false })
    // 40 firms, those with i % 9 = 4 (i = 4, 13, 22, 31) broken: 4 bad, 36 good
    expect([whole.rows.length, whole.errors.length]).toEqual([36, 4])
    expect(triageCsv(await readWorkbook(bytes), { paths: false })).toEqual(whole)
    const rows: unknown[] = []
    const errors: unknown[] = []
    const run = await triageRecords(
      workbookRows(path),
      workers,
      { paths: false },
      {
        part: (d) => {
          rows.push(...d.rows)
          errors.push(...d.errors)
        },
      },
      partRows,
    )
    expect(run.header).toEqual(sheet[0])
    expect(rows).toEqual(whole.rows)
    expect(errors).toEqual(whole.errors)
    // the blank rows 12 and 13 keep the numbering: the last firm (i = 39) is row 43
    expect((rows.at(-1) as { row: number }).row).toBe(43)
  })
})
