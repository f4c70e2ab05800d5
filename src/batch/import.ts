// Spreadsheet rows → validated profiles. Row numbers are the spreadsheet's (the header is row 1); a bad row gets
// its number and every message, good rows still import; unknown columns are ignored and reported once.
import { emptyProfile, type FirmProfile } from '../profile/types'
import { validateProfile } from '../profile/validate'
import { readCell, type CellValue } from './cells'
import { ASSESSMENT_DATE_HEADER, matchHeader, normaliseHeader, type MatchedColumn } from './columns'
import { parseCsvRecords, reportUnclosed } from './csv'
import { repeatedKeys } from '../helpdesk/identity'
import type { Message } from '../engine/types'
import type { Problem } from '../profile/validate'
import { fieldLabel } from '../fields'
import { columnLetter } from './column-letter'
import { issue } from './issues'

export interface ImportedFirm {
  row: number
  profile: FirmProfile
}

export interface RowError {
  row: number
  /** zh-CN, says how to fix it (the CSV export and the CLI print these) */
  messages: string[]
  /** the same, one message each, for the screen in the reader's language (src/batch/issues.ts) */
  issues?: Message[]
  /** the firm's name and credit code as typed, so an error row still says which firm it is */
  name?: string
  creditCode?: string
}

export interface ImportResult {
  firms: ImportedFirm[]
  errors: RowError[]
  /** headers no column matches: ignored */
  unknownColumns: string[]
  /** problems with the sheet as a whole (no header, no 评估日期 column) */
  sheetProblems: string[]
  /** the same as messages, for the screen in the reader's language */
  sheetIssues?: Message[]
}

export interface ImportOptions {
  /** used when a row's 评估日期 is blank (e.g. today, chosen by the UI); else a blank date is an error */
  defaultAssessmentDate?: string
}

type Raw = Record<string, unknown>

type RowResult = { ok: true; profile: FirmProfile } | { ok: false; messages: string[]; issues: Message[] }

/** where a column is, for the messages: its header as the sheet writes it, and in English the field table's
 *  header with the column's letter ("2025 Sales (10k yuan), column F"): the sheet's headers are Chinese */
type Where = { column: string; columnEn: string }

const UNIT_EN = { wan: ' (10k yuan)', yuan: ' (yuan)' }

function where(c: MatchedColumn, index: number | undefined): Where {
  const unit = c.kind === 'wan' ? UNIT_EN[c.yuan ? 'yuan' : 'wan'] : ''
  const name = fieldLabel(c.path, 'en', 'short') + unit
  return { column: c.header, columnEn: index === undefined ? name : `${name}, column ${columnLetter(index + 1)}` }
}

/** the assessment date's column named without a letter: the sheet may lack it (a default date is then used) */
const DATE_WHERE: Where = {
  column: ASSESSMENT_DATE_HEADER,
  columnEn: `${fieldLabel('assessmentDate', 'en', 'short')} (“${ASSESSMENT_DATE_HEADER}”)`,
}

/** a validation problem at a column (or the row): its own catalogue key as the reason (a field or text rule); a
 *  check between answers gives its texts, written in both languages where it is checked (src/profile/cross-checks) */
function problemIssue(at: Where | undefined, p: Problem): Message {
  const detail: Record<string, string | number> = p.key
    ? { ...p.params, reason: p.key }
    : { detail: p.message, detailEn: p.en ?? p.message }
  const key = p.key ? 'problem' : 'check'
  return at ? issue(`batch.issue.${key}`, { ...detail, ...at }) : issue(`batch.issue.${key}Anywhere`, detail)
}

/** a column with its path split and its name for the messages made once (a sheet has thousands of rows) */
type Prepared = MatchedColumn & { keys: string[]; year?: number; at: Where }

const prepare = (c: MatchedColumn, index?: number): Prepared => {
  const parts = c.path.split('.')
  const at = where(c, index)
  return parts[0] === 'years' ? { ...c, at, keys: parts.slice(2), year: Number(parts[1]) } : { ...c, at, keys: parts }
}

function setPath(raw: Raw, years: Map<number, Raw>, c: Prepared, value: CellValue): void {
  let target: Raw = raw
  if (c.year !== undefined) {
    target = years.get(c.year) ?? { year: c.year }
    years.set(c.year, target)
  }
  const keys = c.keys
  for (let i = 0; i < keys.length - 1; i++) target = (target[keys[i]!] ??= {}) as Raw
  target[keys[keys.length - 1]!] = value
}

/** one data row → a profile, or the messages that say why not */
export function rowToProfile(
  cells: readonly string[],
  columns: readonly (MatchedColumn | undefined)[],
  options: ImportOptions = {},
): RowResult {
  return readRow(
    cells,
    columns.map((c, i) => c && prepare(c, i)),
    options,
  )
}

function readRow(
  cells: readonly string[],
  columns: readonly (Prepared | undefined)[],
  options: ImportOptions,
): RowResult {
  const raw = emptyProfile('') as unknown as Raw
  // a blank 评估日期 cell falls back to the default, or stays missing and validation says so
  if (options.defaultAssessmentDate) raw.assessmentDate = options.defaultAssessmentDate
  else delete raw.assessmentDate
  const years = new Map<number, Raw>()
  const issues: Message[] = []
  const whereOf = (path: string) => columns.find((c) => c?.path === path)?.at
  columns.forEach((c, i) => {
    const cell = cells[i]?.trim() ?? ''
    if (!c || cell === '') return
    const r = readCell(c.kind, cell, c.yuan)
    if (r.ok) setPath(raw, years, c, r.value)
    else issues.push(issue(r.key, { ...r.params, ...c.at }))
  })
  raw.years = [...years.values()]
  // a blank 评估日期 is reported, never filled with today: it decides which fiscal years the row is read for
  const noDate = raw.assessmentDate === undefined
  if (noDate) issues.push(issue('batch.issue.blankDate', whereOf('assessmentDate') ?? DATE_WHERE))
  const v = validateProfile(raw)
  if (!v.ok)
    for (const p of v.problems) {
      if (noDate && p.path === 'assessmentDate') continue
      issues.push(problemIssue(whereOf(p.path) ?? (p.path === 'assessmentDate' ? DATE_WHERE : undefined), p))
    }
  // the zh-CN texts (the CSV export and the CLI print them) are the messages' own, rendered once
  const messages = issues.map((m) => m.text)
  return v.ok && issues.length === 0 ? { ok: true, profile: v.profile } : { ok: false, messages, issues }
}

/** the name and credit code cells of a row that did not import */
function whoIs(cells: readonly string[], columns: readonly (Prepared | undefined)[]) {
  const at = (path: string) => cells[columns.findIndex((c) => c?.path === path)]?.trim() ?? ''
  const name = at('company.name')
  const creditCode = at('company.creditCode').toUpperCase()
  return { ...(name ? { name } : {}), ...(creditCode ? { creditCode } : {}) }
}

/** rows of one sheet that repeat a credit code: each firm should be one row */
function repeatedCodes(firms: readonly ImportedFirm[]): Message[] {
  const code = (f: ImportedFirm) => f.profile.company.creditCode?.trim().toUpperCase() || undefined
  return repeatedKeys(firms, code, (f) => f.row).map(({ key, rows }) =>
    issue('batch.sheet.repeatedCode', { code: key, rows: rows.join('、'), rowsEn: rows.join(', ') }),
  )
}

/** a problem with the whole sheet, in both forms */
function sheetProblem(result: ImportResult, m: Message): void {
  result.sheetProblems.push(m.text)
  ;(result.sheetIssues ??= []).push(m)
}

const blank = (r: readonly string[]) => r.every((c) => c.trim() === '')

export function importRows(records: readonly (readonly string[])[], options: ImportOptions = {}): ImportResult {
  const result: ImportResult = { firms: [], errors: [], unknownColumns: [], sheetProblems: [] }
  const header = records[0]
  if (!header || blank(header)) {
    sheetProblem(result, issue('batch.sheet.empty'))
    return result
  }
  const columns = header.map((h) => (h.trim() === '' ? undefined : matchHeader(h)))
  result.unknownColumns = header.filter((h, i) => h.trim() !== '' && !columns[i]).map((h) => h.trim())
  const hasDate = columns.some((c) => c?.path === 'assessmentDate')
  if (!hasDate && !options.defaultAssessmentDate)
    sheetProblem(result, issue('batch.sheet.noDate', { column: ASSESSMENT_DATE_HEADER }))
  const seen = new Set<string>()
  columns.forEach((c, i) => {
    if (!c) return
    if (seen.has(c.path)) sheetProblem(result, issue('batch.sheet.repeatedColumn', { column: header[i]!.trim() }))
    seen.add(c.path)
  })
  const firstOnly = columns.map((c, i) =>
    c && columns.findIndex((d) => d?.path === c.path) === i ? prepare(c, i) : undefined,
  )
  records.slice(1).forEach((cells, i) => {
    if (blank(cells)) return
    const row = i + 2
    const r = readRow(cells, firstOnly, options)
    if (r.ok) result.firms.push({ row, profile: r.profile })
    else result.errors.push({ row, messages: r.messages, issues: r.issues, ...whoIs(cells, firstOnly) })
  })
  for (const m of repeatedCodes(result.firms)) sheetProblem(result, m)
  return result
}

export function importCsv(text: string, options?: ImportOptions): ImportResult {
  const { rows, unclosed } = parseCsvRecords(text)
  return reportUnclosed(
    importRows(rows, options),
    unclosed.map((i) => i + 1),
  )
}

export { normaliseHeader }
