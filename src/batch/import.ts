// Spreadsheet rows → validated profiles. Row numbers are the spreadsheet's (the header is row 1); a bad row gets
// its number and every message, good rows still import; unknown columns are ignored and reported once.
import { emptyProfile, type FirmProfile } from '../profile/types'
import { validateProfile } from '../profile/validate'
import { readCell, type CellValue } from './cells'
import { ASSESSMENT_DATE_HEADER, matchHeader, normaliseHeader, type MatchedColumn } from './columns'
import { parseCsvRecords, reportUnclosed } from './csv'
import { repeatedKeys } from '../helpdesk/identity'

export interface ImportedFirm {
  row: number
  profile: FirmProfile
}

export interface RowError {
  row: number
  messages: string[]
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
}

export interface ImportOptions {
  /** used when a row's 评估日期 is blank (e.g. today, chosen by the UI); else a blank date is an error */
  defaultAssessmentDate?: string
}

type Raw = Record<string, unknown>

const BLANK_DATE = `“${ASSESSMENT_DATE_HEADER}”为空：请填写该企业计划申报的日期（YYYY-MM-DD），空白不会按今天计算`

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
): { ok: true; profile: FirmProfile } | { ok: false; messages: string[] } {
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
): { ok: true; profile: FirmProfile } | { ok: false; messages: string[] } {
  const raw = emptyProfile('') as unknown as Raw
  // a blank 评估日期 cell falls back to the default, or stays missing and validation says so
  if (options.defaultAssessmentDate) raw.assessmentDate = options.defaultAssessmentDate
  else delete raw.assessmentDate
  const years = new Map<number, Raw>()
  const messages: string[] = []
  const headerOf = new Map<string, string>()
  columns.forEach((c, i) => {
    const cell = cells[i]?.trim() ?? ''
    if (!c || cell === '') return
    headerOf.set(c.path, c.header)
    const r = readCell(c.kind, cell, c.yuan)
    if (r.ok) setPath(raw, years, c, r.value)
    else messages.push(`“${c.header}”：${r.message}`)
  })
  raw.years = [...years.values()]
  // a blank 评估日期 is reported, never filled with today: it decides which fiscal years the row is read for
  const noDate = raw.assessmentDate === undefined
  if (noDate) messages.push(BLANK_DATE)
  const v = validateProfile(raw)
  if (!v.ok)
    for (const p of v.problems) {
      if (noDate && p.path === 'assessmentDate') continue
      const h = headerOf.get(p.path) ?? (p.path === 'assessmentDate' ? ASSESSMENT_DATE_HEADER : undefined)
      messages.push(h ? `“${h}”：${p.message}` : p.message)
    }
  return v.ok && messages.length === 0 ? { ok: true, profile: v.profile } : { ok: false, messages }
}

/** the name and credit code cells of a row that did not import */
function whoIs(cells: readonly string[], columns: readonly (Prepared | undefined)[]) {
  const at = (path: string) => cells[columns.findIndex((c) => c?.path === path)]?.trim() ?? ''
  const name = at('company.name')
  const creditCode = at('company.creditCode').toUpperCase()
  return { ...(name ? { name } : {}), ...(creditCode ? { creditCode } : {}) }
}

/** rows of one sheet that repeat a credit code: each firm should be one row */
function repeatedCodes(firms: readonly ImportedFirm[]): string[] {
  const code = (f: ImportedFirm) => f.profile.company.creditCode?.trim().toUpperCase() || undefined
  return repeatedKeys(firms, code, (f) => f.row).map(
    ({ key, rows }) =>
      `统一社会信用代码 ${key} 在第 ${rows.join('、')} 行重复出现：同一家企业应只占一行，请核对后删去多余的行`,
  )
}

const blank = (r: readonly string[]) => r.every((c) => c.trim() === '')

export function importRows(records: readonly (readonly string[])[], options: ImportOptions = {}): ImportResult {
  const result: ImportResult = { firms: [], errors: [], unknownColumns: [], sheetProblems: [] }
  const header = records[0]
  if (!header || blank(header)) return { ...result, sheetProblems: ['表格为空：第 1 行应为表头（请使用模板）'] }
  const columns = header.map((h) => (h.trim() === '' ? undefined : matchHeader(h)))
  result.unknownColumns = header.filter((h, i) => h.trim() !== '' && !columns[i]).map((h) => h.trim())
  const hasDate = columns.some((c) => c?.path === 'assessmentDate')
  if (!hasDate && !options.defaultAssessmentDate)
    result.sheetProblems.push(`缺少“${ASSESSMENT_DATE_HEADER}”列：每家企业须有评估日期（YYYY-MM-DD）`)
  const seen = new Set<string>()
  columns.forEach((c, i) => {
    if (!c) return
    if (seen.has(c.path)) result.sheetProblems.push(`“${header[i]!.trim()}”列重复出现，仅使用第一列`)
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
    else result.errors.push({ row, messages: r.messages, ...whoIs(cells, firstOnly) })
  })
  result.sheetProblems.push(...repeatedCodes(result.firms))
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
