// Web Worker entry: triage off the main thread. A pool worker (src/batch/pool.ts) receives { job }, a part of a
// sheet, and posts { type: 'batch', done } for each. A single worker receives { csvText }, { records } (a workbook's cells, read by
// xlsx-worker.ts) or { profiles }; posts { type: 'progress', done, total } every `progressEvery` firms and
// { type: 'result', result } at the end (or { type: 'error', message }). Asked for `compact`, either sends its rows
// as columns (row-codec.ts), which the page keeps as they are. The logic lives in triage.ts; handleRequest is
// testable without a worker.
import { triageCsv, triageProfiles, type TriageOptions, type TriageResult } from './triage'
import type { ImportOptions } from './import'
import { runBatch, type BatchDone, type BatchJob } from './batch-job'
import { buffersOf, encodeRows, type CompactRows } from './row-codec'

export type TriageRequest = ({ csvText: string } | { records: string[][] } | { profiles: unknown[] }) & {
  options?: TriageOptions & ImportOptions
  progressEvery?: number
  /** the rows sent as columns (row-codec.ts; `rows` left empty): the page keeps them so */
  compact?: boolean
}

/** a pool's part; `compact` as in TriageRequest */
export interface PartRequest {
  job: BatchJob
  compact?: boolean
}

export type TriageMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: TriageResult; compact?: CompactRows }
  | { type: 'error'; message: string }
  | { type: 'batch'; done: BatchDone; compact?: CompactRows }

export function handleRequest(req: TriageRequest, post: (m: TriageMessage) => void): void {
  const every = req.progressEvery ?? 100
  const progress = (done: number, total: number) => post({ type: 'progress', done, total })
  try {
    const result =
      'profiles' in req
        ? triageProfiles(req.profiles, req.options, progress, every)
        : triageCsv('csvText' in req ? req.csvText : req.records, req.options, progress, every)
    post({ type: 'result', result })
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}

// only inside a worker. The page imports handleRequest too (useTriage's fallback), and there `self` is the window:
// a handler set on it took every message posted to the window (exceljs's setImmediate posts strings to it) and
// threw "Cannot use 'in' operator to search for 'job'". Tests have neither.
if (typeof self !== 'undefined' && typeof window === 'undefined') {
  self.onmessage = (e: MessageEvent<TriageRequest | PartRequest>) => {
    const compact = e.data.compact === true
    const post = (m: TriageMessage) => {
      if (!compact || (m.type !== 'result' && m.type !== 'batch')) return self.postMessage(m)
      const rows = m.type === 'result' ? m.result.rows : m.done.rows
      const c = encodeRows(rows)
      rows.length = 0
      self.postMessage({ ...m, compact: c }, buffersOf(c))
    }
    if (!('job' in e.data)) return handleRequest(e.data, post)
    try {
      post({ type: 'batch', done: runBatch(e.data.job) })
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
    }
  }
}
