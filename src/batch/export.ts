// The triage as a table for Excel (CSV with a BOM, or a workbook): the rows in the order and selection shown on
// screen, words from the caller (the UI's language; Chinese by default), check names instead of ids, import errors
// with the firm's name and code, and note lines saying what the export holds (filter, sort, local time).
import { messageText } from '../engine/messages'
import type { Message, ProgramStatus } from '../engine/types'
import { writeCsv } from './csv'
import type { RowError } from './import'
import type { TriageRow } from './triage'
import type { RowList } from './row-store'
import type { SheetCell, SheetSpec } from './xlsx-write'

export const TRIAGE_HEADERS = [
  '行号',
  '企业名称',
  '统一社会信用代码',
  '评估日期',
  '高企状态',
  '高企得分下限',
  '高企得分上限',
  '科小状态',
  '科小得分下限',
  '科小得分上限',
  '最大差距',
  '最省路径',
  '无法通过调整解决的条件',
  '第一步',
  // the money gap as a number a spreadsheet can sum and sort (blank when the gap is not in money)
  '最大差距(万元)',
]

/** the column of TRIAGE_HEADERS holding 万元 */
const GAP_WAN = TRIAGE_HEADERS.length - 1

export const STATUS_ZH: Record<ProgramStatus, string> = {
  eligible: '符合',
  borderline: '临界',
  ineligible: '不符合',
  incomplete: '信息不全',
}

export interface TriageWords {
  headers: readonly string[]
  status(s: ProgramStatus): string
  /** appended to the tech-SME status of a firm that passes directly (“（直接认定）”) */
  direct: string
  importError: string
  /** a check's name (the conditions no change can settle are listed by name, never by id) */
  checkName(id: string): string
  message(m: Message): string
  /** an import problem (src/batch/issues.ts: its reason rendered within it) */
  issue(m: Message): string
  /** between list items: “；” or “; ” */
  separator: string
}

export const ZH_WORDS: TriageWords = {
  headers: TRIAGE_HEADERS,
  status: (s) => STATUS_ZH[s],
  direct: '（直接认定）',
  importError: '导入错误',
  checkName: (id) => messageText(`checklist.fix.${id}`) ?? id,
  message: (m) => m.text,
  issue: (m) => m.text,
  separator: '；',
}

function cells(r: TriageRow, w: TriageWords): SheetCell[] {
  const path = r.cheapestPath
  return [
    r.row,
    r.name,
    r.creditCode,
    r.assessmentDate,
    w.status(r.hnteStatus),
    r.hnteScore.min,
    r.hnteScore.max,
    r.tsmeDirectPass ? `${w.status(r.tsmeStatus)}${w.direct}` : w.status(r.tsmeStatus),
    r.tsmeScore.min,
    r.tsmeScore.max,
    r.largestGap ? w.message(r.largestGap.message) : '',
    path ? (path.label ? w.message(path.label) : path.text) : '',
    r.blockedBy.map(w.checkName).join(w.separator),
    r.firstStepMessage ? w.message(r.firstStepMessage) : (r.firstStep ?? ''),
    r.largestGap?.wan,
  ]
}

const errorCells = (e: RowError, w: TriageWords): SheetCell[] =>
  w.headers.map((_, i) =>
    i === 0
      ? e.row
      : i === 1
        ? (e.name ?? '')
        : i === 2
          ? (e.creditCode ?? '')
          : i === 4
            ? w.importError
            : i === 10
              ? (e.issues?.length === e.messages.length ? e.issues.map(w.issue) : e.messages).join(w.separator)
              : '',
  )

/**
 * header + one row per firm. Rows keep the order given (the screen's sort); errors follow in row order, or are
 * merged by row number when `byRow` (the screen is sorted by row number).
 */
export function triageTable(
  rows: RowList,
  errors: readonly RowError[] = [],
  words: TriageWords = ZH_WORDS,
  byRow = true,
): SheetCell[][] {
  const body: { row: number; cells: SheetCell[] }[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const r = rows.at(i)!
    body[i] = { row: r.row ?? Infinity, cells: cells(r, words) }
  }
  const bad = [...errors].sort((a, b) => a.row - b.row).map((e) => ({ row: e.row, cells: errorCells(e, words) }))
  const all = byRow ? [...body, ...bad].sort((a, b) => a.row - b.row) : [...body, ...bad]
  return [[...words.headers], ...all.map((b) => b.cells)]
}

const text = (c: SheetCell) => (c === undefined ? '' : String(c))

export function triageToCsv(
  rows: RowList,
  errors: readonly RowError[] = [],
  words: TriageWords = ZH_WORDS,
  notes: readonly string[] = [],
  byRow = true,
): string {
  const table = triageTable(rows, errors, words, byRow).map((r) => r.map(text))
  return writeCsv([...table, ...(notes.length ? [[], ...notes.map((n) => [n])] : [])], { bom: true })
}

/** the same table as a workbook sheet: row numbers and scores as numbers */
export function triageSheet(
  rows: RowList,
  errors: readonly RowError[],
  words: TriageWords = ZH_WORDS,
  notes: readonly string[] = [],
  byRow = true,
): SheetSpec {
  const [header, ...body] = triageTable(rows, errors, words, byRow)
  const columns = header!.map((h, i) => ({ header: text(h), ...(i === GAP_WAN ? { numFmt: '0.00' } : {}) }))
  return { name: 'triage', columns, rows: body, notes }
}
