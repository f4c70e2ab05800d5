// The triage page's worker pool: one Web Worker per core (at most 8), fed parts of the chosen file by
// src/batch/pool.ts. The page keeps each part's place in the file, so one firm can be read again when opened.
import { importRows, parseCsv, type ImportOptions, type TriageOptions, type RowError } from '@/batch'
import type { BatchDone } from '@/batch/batch-job'
import type { CompactRows } from '@/batch/row-codec'
import { RowStore } from '@/batch/row-store'
import { triagePool, type PartInfo, type PoolProgress, type PoolWorker } from '@/batch/pool'
import type { PartRequest, TriageMessage } from '@/batch/worker'
import type { FirmProfile } from '@/profile/types'
import type { Message } from '@/engine/types'

/** a sibling file in the normal build; inlined as a blob in the single-file build (file:// cannot load one) */
function startWorker(): Promise<Worker> {
  if (__SINGLE_FILE__) return import('../batch/worker.ts?worker&inline').then((m) => new m.default())
  return Promise.resolve(new Worker(new URL('../batch/worker.ts', import.meta.url), { type: 'module' }))
}

/** a part's results with its rows as columns (the worker sends them so; `rows` is empty) */
type CompactDone = BatchDone & { compact?: CompactRows }

/** a worker given its parts in turn: it answers them in the order given (one message each) */
function poolWorker(worker: Worker): PoolWorker {
  const waiting: { resolve(d: CompactDone): void; reject(e: Error): void }[] = []
  worker.onmessage = (e: MessageEvent<TriageMessage>) => {
    if (e.data.type === 'batch') waiting.shift()?.resolve({ ...e.data.done, compact: e.data.compact })
    else if (e.data.type === 'error') waiting.shift()?.reject(new Error(e.data.message))
  }
  worker.onerror = (e) => waiting.splice(0).forEach((w) => w.reject(new Error(e.message || 'worker error')))
  return {
    run: (job) =>
      new Promise<BatchDone>((resolve, reject) => {
        waiting.push({ resolve, reject })
        worker.postMessage({ job, compact: true } satisfies PartRequest, [job.bytes])
      }),
  }
}

export const poolSize = () => Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8))

/** parts given to each worker at a time: the next one waits in the worker while it posts a result, so it never
 *  idles until the page (busy drawing progress, reading the file) sends it more */
const IN_FLIGHT = 2

/** workers started before a file is chosen (the page opened): their code is loaded by then */
let ready: Promise<Worker[]> | undefined
export function prepareWorkers(): void {
  if (typeof Worker !== 'undefined') ready ??= Promise.all(Array.from({ length: poolSize() }, startWorker))
}
/** the page closed before a file was chosen */
export function releaseWorkers(): void {
  void ready?.then((ws) => ws.forEach((w) => w.terminate()))
  ready = undefined
}
function takeWorkers(): Promise<Worker[]> {
  const w = ready ?? Promise.all(Array.from({ length: poolSize() }, startWorker))
  ready = undefined
  return w
}

export interface FileTriage {
  encoding: 'utf-8' | 'gbk'
  rows: RowStore
  errors: RowError[]
  unknownColumns: string[]
  sheetProblems: string[]
  sheetIssues?: Message[]
  /** the profile of the firm on a sheet row, read again from the file */
  profileAt(row: number): Promise<FirmProfile | undefined>
}

export async function triageFile(
  file: Blob,
  options: TriageOptions & ImportOptions,
  onProgress: (p: PoolProgress) => void,
): Promise<FileTriage> {
  const workers = await takeWorkers()
  const rows = new RowStore()
  const errors: RowError[] = []
  const parts: (PartInfo & { records: number })[] = []
  let sheet: Pick<FileTriage, 'unknownColumns' | 'sheetProblems' | 'sheetIssues'> | undefined
  const source = {
    size: file.size,
    read: async (s: number, e: number) => new Uint8Array(await file.slice(s, e).arrayBuffer()),
  }
  try {
    const lanes = workers.map(poolWorker).flatMap((w) => Array<PoolWorker>(IN_FLIGHT).fill(w))
    const run = await triagePool(
      source,
      lanes,
      options,
      {
        part(done: CompactDone, info) {
          // the part's rows are numbered from 2 (the relay shifts only `rows`, empty here)
          if (done.compact) rows.append(done.compact, info.offset)
          for (const r of done.errors) errors.push(r)
          sheet ??= {
            unknownColumns: done.unknownColumns,
            sheetProblems: done.sheetProblems,
            sheetIssues: done.sheetIssues,
          }
          parts.push({ ...info, records: done.records })
        },
        progress: onProgress,
      },
      // the file scanned for record ends in quarter-megabyte reads: a read resumes the page with its bytes in
      // one task, and a megabyte's took up to 90 ms of a province's triage on a loaded machine. Parts of a large
      // file are larger (up to 1 MB, about 1,700 firms): each part's answer is a task on the page, and a loaded
      // machine stretches some of them whatever their work, so the fewer the better; a county's file keeps
      // 128 KB parts so that both workers stay busy to its end
      { chunkBytes: 1 << 18, partBytes: Math.min(1 << 20, Math.max(1 << 17, Math.round(file.size / 64))) },
    )
    async function profileAt(row: number): Promise<FirmProfile | undefined> {
      const p = parts.find((x) => row - x.offset >= 2 && row - x.offset < x.records + 2)
      if (!p) return undefined
      const all = parseCsv(new TextDecoder(run.encoding).decode(await source.read(p.start, p.end)))
      const firms = importRows([run.header, ...(p.skipFirst ? all.slice(1) : all)], options).firms
      return firms.find((f) => f.row + p.offset === row)?.profile
    }
    return { encoding: run.encoding, rows, errors, unknownColumns: [], sheetProblems: [], ...sheet, profileAt }
  } finally {
    // not started again for a next file at once: loading them would take the cores from the table just shown
    workers.forEach((w) => w.terminate())
  }
}
