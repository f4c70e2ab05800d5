// CSV for spreadsheets: RFC 4180 quoting, CRLF rows, a UTF-8 BOM so Excel reads Chinese correctly, and text
// cells that a spreadsheet would run as a formula (= + - @, tab, carriage return) neutralised with a quote.
export type Cell = string | number | undefined

const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/

/** a text cell a spreadsheet will show as text, never evaluate */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function csvCell(cell: Cell): string {
  if (cell === undefined) return ''
  const text = typeof cell === 'number' ? String(cell) : neutralise(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
