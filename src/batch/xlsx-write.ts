// Writing a one-sheet workbook: real number cells, the header row frozen, widths from the longest text, optional
// drop-down lists, and note lines below the table (what the export shows: filter, sort, time).
import type { DataValidation, Workbook, Worksheet } from 'exceljs'
import { columnLetter } from './column-letter'

export type SheetCell = string | number | undefined

export interface SheetColumn {
  header: string
  /** Excel number format for number cells, e.g. '0.00' for 万元 */
  numFmt?: string
  /** a drop-down list of allowed words (the cell may stay blank) */
  list?: readonly string[]
}

export interface SheetSpec {
  name: string
  columns: readonly SheetColumn[]
  rows: readonly (readonly SheetCell[])[]
  /** lines written below the table after one blank row */
  notes?: readonly string[]
  /** rows (from row 2) the drop-down lists cover, default 1000 */
  listRows?: number
}

/** display width in Excel's character units: a CJK character is about two */
export function textWidth(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1
  return w
}

/** the widest cell of a column (header included), kept between 6 and 60 characters */
export function columnWidth(header: string, cells: readonly SheetCell[]): number {
  const widest = Math.max(textWidth(header), ...cells.map((c) => (c === undefined ? 0 : textWidth(String(c)))))
  return Math.min(60, Math.max(6, widest + 2))
}

/** exceljs 4.4 has worksheet.dataValidations (it writes them) but its typings omit it */
const validations = (ws: Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations

async function newWorkbook(): Promise<Workbook> {
  const m = (await import('exceljs')) as unknown as { default?: { Workbook: new () => Workbook } }
  const lib = (m.default ?? m) as { Workbook: new () => Workbook }
  return new lib.Workbook()
}

export async function writeWorkbook(spec: SheetSpec): Promise<Uint8Array> {
  const wb = await newWorkbook()
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] })
  ws.columns = spec.columns.map((c, i) => ({
    header: c.header,
    width: columnWidth(
      c.header,
      spec.rows.map((r) => r[i]),
    ),
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }))
  ws.getRow(1).font = { bold: true }
  for (const r of spec.rows) ws.addRow(r.map((c) => (c === undefined ? null : c)))
  const last = (spec.listRows ?? 1000) + 1
  spec.columns.forEach((c, i) => {
    if (!c.list) return
    const col = columnLetter(i + 1)
    validations(ws).add(`${col}2:${col}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: `请从列表中选择：${c.list.join('、')}`,
    })
  })
  if (spec.notes?.length) {
    ws.addRow([])
    for (const n of spec.notes) ws.addRow([n])
  }
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
