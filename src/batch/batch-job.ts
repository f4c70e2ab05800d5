// One part of a large sheet, triaged by a pool worker (src/batch/pool.ts cuts a CSV at record boundaries,
// pool-records.ts a workbook's rows into runs): the part's bytes decoded (or its records as read), read under
// the sheet's header, triaged. Row numbers come back relative
// to the part (its first record is row 2, as if it followed the header directly); the pool shifts them.
import { parseCsvRecords, reportUnclosed } from './csv'
import { importRows, type ImportOptions, type RowError } from './import'
import { triageFirms, type TriageOptions, type TriageRow } from './triage'
import type { Message } from '../engine/types'

export interface BatchJob {
  bytes: ArrayBuffer
  encoding: 'utf-8' | 'gbk'
  header: string[]
  /** the part starts with the header record itself (the first part) */
  skipFirst: boolean
  options?: TriageOptions & ImportOptions
}

/** a part of a workbook, already read into text records (header excluded; blank rows kept, as empty records) */
export interface RecordsJob {
  records: string[][]
  header: string[]
  options?: TriageOptions & ImportOptions
}

export interface BatchDone {
  rows: TriageRow[]
  errors: RowError[]
  unknownColumns: string[]
  sheetProblems: string[]
  sheetIssues?: Message[]
  /** records in the part (blank ones included), header excluded: what the next part's rows are shifted by */
  records: number
}

export function runBatch(job: BatchJob | RecordsJob): BatchDone {
  if ('records' in job) {
    const { firms, ...rest } = importRows([job.header, ...job.records], job.options)
    return { ...rest, rows: triageFirms(firms, job.options), records: job.records.length }
  }
  const { rows: all, unclosed } = parseCsvRecords(new TextDecoder(job.encoding).decode(job.bytes))
  const records = job.skipFirst ? all.slice(1) : all
  // a record whose quote never closed is that row's error (as in importCsv): index i of `records` is row i + 2
  const shift = job.skipFirst ? 1 : 2
  const unclosedRows = unclosed.map((i) => i + shift).filter((row) => row >= 2)
  const { firms, ...rest } = reportUnclosed(importRows([job.header, ...records], job.options), unclosedRows)
  return { ...rest, rows: triageFirms(firms, job.options), records: records.length }
}
