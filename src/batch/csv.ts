// RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF, a UTF-8 BOM.
// The writer quotes only when needed and neutralises spreadsheet formulas in exported cells (CSV injection).

import type { ImportResult } from './import'
import { issue } from './issues'

const BOM = '\uFEFF'

export interface CsvRecords {
  rows: string[][]
  /** indices (into rows) of records whose quote was never closed: each is reported as that row's error */
  unclosed: number[]
}

/**
 * the records of a CSV text; a final line break does not make an empty record. A quote still open at the end
 * of the text cannot have been meant to run over every later line: that record ends at the end of the line
 * the quote opened on, is marked unclosed, and reading goes on with the next line.
 */
export function parseCsvRecords(text: string): CsvRecords {
  const s = text.startsWith(BOM) ? text.slice(1) : text
  const out: CsvRecords = { rows: [], unclosed: [] }
  let from = 0
  while (from < s.length) {
    const r = readFrom(s, from, out.rows)
    if (r.openQuoteAt === null) break
    const lineEnd = s.slice(r.openQuoteAt).search(/\r\n|\n|\r/)
    const end = lineEnd < 0 ? s.length : r.openQuoteAt + lineEnd
    out.rows.push([...r.row, s.slice(r.openQuoteAt + 1, end)])
    out.unclosed.push(out.rows.length - 1)
    from = end + (s.startsWith('\r\n', end) ? 2 : 1)
  }
  return out
}

/** the records of a CSV text (an unclosed quote's record ends with its line) */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).rows
}

/** reads records into `rows` from `start`; when the text ends inside a quote, where it opened and its row so far */
function readFrom(s: string, start: number, rows: string[][]): { openQuoteAt: number | null; row: string[] } {
  let row: string[] = []
  let cell = ''
  let quoteAt: number | null = null
  /** the current record has begun (an empty quoted last field still makes a record) */
  let dirty = false
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
  for (let i = start; i < s.length; i++) {
    const c = s[i]!
    const pair = c === s[i + 1] && c === '"'
    dirty = true
    if (quoteAt !== null && pair) cell += s[i++]
    else if (quoteAt !== null) {
      if (c === '"') quoteAt = null
      else cell += c
    } else if (c === '"' && cell === '') quoteAt = i
    else if (c === ',') endCell()
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      endRow()
    } else cell += c
  }
  if (quoteAt !== null) return { openQuoteAt: quoteAt, row }
  if (dirty) endRow()
  return { openQuoteAt: null, row }
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

/** rows (1-based) whose quote was never closed become that row's error, never a firm read from split cells */
export function reportUnclosed(result: ImportResult, rows: readonly number[]): ImportResult {
  if (rows.length === 0) return result
  if (rows.includes(1)) {
    const m = issue('batch.sheet.headerUnclosed')
    result.sheetProblems.push(m.text)
    ;(result.sheetIssues ??= []).push(m)
  }
  const unclosed = issue('batch.issue.unclosed')
  const bad = new Set(rows.filter((r) => r > 1))
  for (const f of result.firms.filter((f) => bad.has(f.row)))
    result.errors.push({ row: f.row, messages: [], issues: [], name: f.profile.company.name })
  for (const e of result.errors)
    if (bad.has(e.row)) {
      e.messages.unshift(unclosed.text)
      e.issues?.unshift(unclosed)
    }
  for (const row of bad)
    if (!result.errors.some((e) => e.row === row))
      result.errors.push({ row, messages: [unclosed.text], issues: [unclosed] })
  result.firms = result.firms.filter((f) => !bad.has(f.row))
  result.errors.sort((a, b) => a.row - b.row)
  return result
}
