// Excel workbooks in and out, with exceljs (MIT): chosen over @e965/xlsx (the SheetJS community build) because
// only exceljs writes a frozen header row and drop-down lists, both asked for the template and the exports.
// The library (≈1 MB) is loaded only when a workbook is read or written (dynamic import), in the triage worker
// when it reads. Cells become the same text records the CSV reader gives, so both go through one importer.
import type { Workbook, Worksheet, CellValue } from 'exceljs'

async function newWorkbook(): Promise<Workbook> {
  const m = (await import('exceljs')) as unknown as { default?: { Workbook: new () => Workbook } }
  const lib = (m.default ?? m) as { Workbook: new () => Workbook }
  return new lib.Workbook()
}

const pad = (n: number) => String(n).padStart(2, '0')

/** a number as typed: 15 significant digits (what Excel keeps), so 0.1+0.2 reads “0.3”, never “0.30000000000000004” */
const numberText = (n: number) => String(Number(n.toPrecision(15)))

/** one cell → the text a CSV would hold; a date cell (exceljs gives a UTC Date) → YYYY-MM-DD */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return numberText(v)
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`
  if ('richText' in v) return v.richText.map((r) => r.text).join('')
  if ('error' in v) return String(v.error)
  if ('result' in v) return cellText((v.result ?? null) as CellValue)
  if ('text' in v) return typeof v.text === 'string' ? v.text : cellText(v.text as CellValue)
  return ''
}

/** the first worksheet as text records; row i of the result is spreadsheet row i + 1 (blank rows kept blank) */
export function sheetRecords(ws: Worksheet): string[][] {
  const records: string[][] = []
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as CellValue[]
    const cells: string[] = []
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]).trim())
    records[n - 1] = cells
  })
  for (let i = 0; i < records.length; i++) records[i] ??= []
  return records
}

/** a workbook's bytes → the records of its first sheet */
export async function readWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<string[][]> {
  const wb = await newWorkbook()
  await wb.xlsx.load(bytes instanceof Uint8Array ? bytes.slice().buffer : bytes)
  const ws = wb.worksheets[0]
  return ws ? sheetRecords(ws) : []
}
