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
import { issue, problemDetailEn } from './issues'

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

const BLANK_DATE = `“${ASSESSMENT_DATE_HEADER}”为空：请填写该企业计划申报的日期（YYYY-MM-DD），空白不会按今天计算`

type RowResult = { ok: true; profile: FirmProfile } | { ok: false; messages: string[]; issues: Message[] }

/** a validation problem at a column (or the row), in both forms */
function problemIssue(column: string | undefined, p: Problem): Message {
  const detail = { detail: p.message, detailEn: problemDetailEn(p.code) }
  return column ? issue('batch.issue.problem', { column, ...detail }) : issue('batch.issue.problemAnywhere', detail)
}

/** a column with its path split once (a sheet has thousands of rows) */
type Prepared = MatchedColumn & { keys: string[]; year?: number }

const prepare = (c: MatchedColumn): Prepared => {
  const parts = c.path.split('.')
  return parts[0] === 'years' ? { ...c, keys: parts.slice(2), year: Number(parts[1]) } : { ...c, keys: parts }
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
    columns.map((c) => c && prepare(c)),
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
  const messages: string[] = []
  const issues: Message[] = []
  const headerOf = new Map<string, string>()
  columns.forEach((c, i) => {
    const cell = cells[i]?.trim() ?? ''
    if (!c || cell === '') return
    headerOf.set(c.path, c.header)
    const r = readCell(c.kind, cell, c.yuan)
    if (r.ok) setPath(raw, years, c, r.value)
    else {
      messages.push(`“${c.header}”：${r.message}`)
      issues.push(issue(r.key, { column: c.header, ...r.params }))
    }
  })
  raw.years = [...years.values()]
  // a blank 评估日期 is reported, never filled with today: it decides which fiscal years the row is read for
  const noDate = raw.assessmentDate === undefined
  if (noDate) {
    messages.push(BLANK_DATE)
    issues.push(issue('batch.issue.blankDate', { column: ASSESSMENT_DATE_HEADER }))
  }
  const v = validateProfile(raw)
  if (!v.ok)
    for (const p of v.problems) {
      if (noDate && p.path === 'assessmentDate') continue
      const h = headerOf.get(p.path) ?? (p.path === 'assessmentDate' ? ASSESSMENT_DATE_HEADER : undefined)
      messages.push(h ? `“${h}”：${p.message}` : p.message)
      issues.push(problemIssue(h, p))
    }
  return v.ok && messages.length === 0 ? { ok: true, profile: v.profile } : { ok: false, messages, issues }
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
    c && columns.findIndex((d) => d?.path === c.path) === i ? prepare(c) : undefined,
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
