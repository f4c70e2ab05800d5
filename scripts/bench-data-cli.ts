// `tsx scripts/bench-data-cli.ts <firms> <file>`: writes a generated reserve pool (scripts/bench-data.ts) as CSV,
// or as a workbook when the file ends in .xlsx. Rows are written as they are made, a few hundred at a time, waiting
// for the file to take them: a 400,000-firm pool (about 250 MB) is never built in memory.
import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import ExcelJS from 'exceljs'
import { writeCsv } from '../src/batch/csv'
import { sheetRows } from './bench-data'

const [count, file] = process.argv.slice(2)
if (!count || !file) throw new Error('usage: tsx scripts/bench-data-cli.ts <firms> <file(.csv|.xlsx)>')

async function writeText(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain')
}

/** the same bytes as writeCsv over the whole sheet (one CRLF after every row), written in runs of rows */
async function csv(firms: number, path: string): Promise<void> {
  const out = createWriteStream(path)
  let run: string[][] = []
  let first = true
  for (const cells of sheetRows(firms)) {
    run.push(cells)
    if (run.length < 500) continue
    await writeText(out, writeCsv(run, { bom: first }))
    first = false
    run = []
  }
  if (run.length || first) await writeText(out, writeCsv(run, { bom: first }))
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
}

/** a workbook as Excel saves one: text in the shared-strings table, figures as number cells */
async function xlsx(firms: number, path: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false })
  const sheet = book.addWorksheet('企业')
  const asCell = (c: string) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)
  for (const cells of sheetRows(firms)) sheet.addRow(cells.map(asCell)).commit()
  sheet.commit()
  await book.commit()
}

await (file.endsWith('.xlsx') ? xlsx : csv)(Number(count), file)
