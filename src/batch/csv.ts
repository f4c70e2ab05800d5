// RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF, a UTF-8 BOM.
// The writer quotes only when needed and neutralises spreadsheet formulas in exported cells (CSV injection).

const BOM = '\uFEFF'

/** the records of a CSV text; a final line break does not make an empty record */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  /** the current record has begun (an empty quoted last field still makes a record) */
  let dirty = false
  let i = 0
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
    dirty = false
  }
  while (i < s.length) {
    const c = s[i]!
    dirty = true
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (c === '"') quoted = false
      else cell += c
      i++
      continue
    }
    if (c === '"' && cell === '') quoted = true
    else if (c === ',') endCell()
    else if (c === '\r' && s[i + 1] === '\n') {
      endRow()
      i++
    } else if (c === '\n' || c === '\r') endRow()
    else cell += c
    i++
  }
  if (dirty) endRow()
  return rows
}

/** characters that make a spreadsheet read a cell as a formula (OWASP CSV injection); tab and CR as well */
const FORMULA_START = /^[=+\-@\t\r]/

/** a plain number (e.g. a negative net asset figure) is not a formula and stays as it is */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/

/** a cell for export: a leading apostrophe keeps a formula-looking text as text */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell
}

export interface WriteOptions {
  /** prefix a UTF-8 BOM so that Excel opens the file as UTF-8 */
  bom?: boolean
  /** neutralise formula-looking cells (default true) */
  neutralise?: boolean
}

/** CSV text with CRLF line ends (RFC 4180) */
export function writeCsv(rows: readonly (readonly string[])[], options: WriteOptions = {}): string {
  const safe = options.neutralise ?? true
  const body = rows.map((r) => r.map((c) => quote(safe ? neutralise(c) : c)).join(',')).join('\r\n')
  return `${options.bom ? BOM : ''}${body}\r\n`
}
