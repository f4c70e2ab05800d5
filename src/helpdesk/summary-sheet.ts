// The firm summary as a workbook sheet: the same rows as the CSV, plain figures as number cells.
import type { SheetCell, SheetSpec } from '../batch/xlsx-write'
import type { Cell } from './csv'
import { SUMMARY_WAN_COLUMNS } from './summary-rows'

const WAN = new Set<number>(SUMMARY_WAN_COLUMNS)

const NUMBER = /^-?\d+(\.\d+)?$/

export const sheetCell = (c: Cell): SheetCell => (typeof c === 'string' && NUMBER.test(c) ? Number(c) : c)

export function summarySheet(header: readonly Cell[], body: readonly (readonly Cell[])[]): SheetSpec {
  return {
    name: 'summary',
    columns: header.map((h, i) => ({ header: String(h ?? ''), ...(WAN.has(i) ? { numFmt: '0.00' } : {}) })),
    rows: body.map((r) => r.map(sheetCell)),
  }
}
