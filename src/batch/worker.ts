// Web Worker entry: triage off the main thread. A pool worker (src/batch/pool.ts) receives { job }, a part of a
// sheet, and posts { type: 'batch', done } for each. A single worker receives { csvText }, { records } (a workbook's cells, read by
// xlsx-worker.ts) or { profiles }; posts { type: 'progress', done, total } every `progressEvery` firms and
// { type: 'result', result } at the end (or { type: 'error', message }). The logic lives in triage.ts;
// handleRequest is testable without a worker.
import { triageCsv, triageProfiles, type TriageOptions, type TriageResult } from './triage'
import type { ImportOptions } from './import'
import { runBatch, type BatchDone, type BatchJob } from './batch-job'

export type TriageRequest = ({ csvText: string } | { records: string[][] } | { profiles: unknown[] }) & {
  options?: TriageOptions & ImportOptions
  progressEvery?: number
}

export type TriageMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: TriageResult }
  | { type: 'error'; message: string }
  | { type: 'batch'; done: BatchDone }

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

// only inside a worker (the module is also imported by tests, where there is no `self`)
if (typeof self !== 'undefined') {
  self.onmessage = (e: MessageEvent<TriageRequest | { job: BatchJob }>) => {
    const post = (m: TriageMessage) => self.postMessage(m)
    if (!('job' in e.data)) return handleRequest(e.data, post)
    try {
      post({ type: 'batch', done: runBatch(e.data.job) })
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
    }
  }
}
