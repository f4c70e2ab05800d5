// The triage as a CSV for Excel: UTF-8 with a BOM, Chinese headers, formula-looking cells neutralised, import
// errors listed with their row numbers among the firms.
import type { ProgramStatus } from '../engine/types'
import { writeCsv } from './csv'
import type { RowError } from './import'
import type { TriageRow } from './triage'

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
]

export const STATUS_ZH: Record<ProgramStatus, string> = {
  eligible: '符合',
  borderline: '临界',
  ineligible: '不符合',
  incomplete: '信息不全',
}

const IMPORT_ERROR = '导入错误'

function cells(r: TriageRow): string[] {
  return [
    r.row === undefined ? '' : String(r.row),
    r.name,
    r.creditCode,
    r.assessmentDate,
    STATUS_ZH[r.hnteStatus],
    String(r.hnteScore.min),
    String(r.hnteScore.max),
    r.tsmeDirectPass ? `${STATUS_ZH[r.tsmeStatus]}（直接认定）` : STATUS_ZH[r.tsmeStatus],
    String(r.tsmeScore.min),
    String(r.tsmeScore.max),
    r.largestGap?.message.text ?? '',
    r.cheapestPath?.text ?? '',
    r.blockedBy.join('；'),
    r.firstStep ?? '',
  ]
}

const errorCells = (e: RowError): string[] =>
  TRIAGE_HEADERS.map((_, i) =>
    i === 0 ? String(e.row) : i === 4 ? IMPORT_ERROR : i === 10 ? e.messages.join('；') : '',
  )

/** the table the CSV holds: header, then firms and import errors in row order */
export function triageTable(rows: readonly TriageRow[], errors: readonly RowError[] = []): string[][] {
  const body = [
    ...rows.map((r) => ({ row: r.row ?? Infinity, cells: cells(r) })),
    ...errors.map((e) => ({ row: e.row, cells: errorCells(e) })),
  ].sort((a, b) => a.row - b.row)
  return [TRIAGE_HEADERS, ...body.map((b) => b.cells)]
}

export function triageToCsv(rows: readonly TriageRow[], errors: readonly RowError[] = []): string {
  return writeCsv(triageTable(rows, errors), { bom: true })
}
