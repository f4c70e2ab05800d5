// The triage page's worker pool: one Web Worker per core (at most 8), fed parts of the chosen file by
// src/batch/pool.ts. The page keeps each part's place in the file, so one firm can be read again when opened.
import { importRows, parseCsv, type ImportOptions, type TriageOptions, type TriageRow, type RowError } from '@/batch'
import type { BatchDone } from '@/batch/batch-job'
import { rowSharer } from '@/batch/share'
import { triagePool, type PartInfo, type PoolProgress, type PoolWorker } from '@/batch/pool'
import type { TriageMessage } from '@/batch/worker'
import type { FirmProfile } from '@/profile/types'
import type { Message } from '@/engine/types'

/** a sibling file in the normal build; inlined as a blob in the single-file build (file:// cannot load one) */
function startWorker(): Promise<Worker> {
  if (__SINGLE_FILE__) return import('../batch/worker.ts?worker&inline').then((m) => new m.default())
  return Promise.resolve(new Worker(new URL('../batch/worker.ts', import.meta.url), { type: 'module' }))
}

function poolWorker(worker: Worker): PoolWorker {
  return {
    run: (job) =>
      new Promise<BatchDone>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<TriageMessage>) =>
          e.data.type === 'batch' ? resolve(e.data.done) : e.data.type === 'error' && reject(new Error(e.data.message))
        worker.onerror = (e) => reject(new Error(e.message || 'worker error'))
        worker.postMessage({ job }, [job.bytes])
      }),
  }
}

export const poolSize = () => Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8))

export interface FileTriage {
  encoding: 'utf-8' | 'gbk'
  rows: TriageRow[]
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
  const workers = await Promise.all(Array.from({ length: poolSize() }, startWorker))
  const rows: TriageRow[] = []
  const errors: RowError[] = []
  const parts: (PartInfo & { records: number })[] = []
  let sheet: Pick<FileTriage, 'unknownColumns' | 'sheetProblems' | 'sheetIssues'> | undefined
  const share = rowSharer()
  const source = {
    size: file.size,
    read: async (s: number, e: number) => new Uint8Array(await file.slice(s, e).arrayBuffer()),
  }
  try {
    const run = await triagePool(source, workers.map(poolWorker), options, {
      part(done, info) {
        for (const r of done.rows) rows.push(share(r))
        for (const r of done.errors) errors.push(r)
        sheet ??= {
          unknownColumns: done.unknownColumns,
          sheetProblems: done.sheetProblems,
          sheetIssues: done.sheetIssues,
        }
        parts.push({ ...info, records: done.records })
      },
      progress: onProgress,
    })
    async function profileAt(row: number): Promise<FirmProfile | undefined> {
      const p = parts.find((x) => row - x.offset >= 2 && row - x.offset < x.records + 2)
      if (!p) return undefined
      const all = parseCsv(new TextDecoder(run.encoding).decode(await source.read(p.start, p.end)))
      const firms = importRows([run.header, ...(p.skipFirst ? all.slice(1) : all)], options).firms
      return firms.find((f) => f.row + p.offset === row)?.profile
    }
    return { encoding: run.encoding, rows, errors, unknownColumns: [], sheetProblems: [], ...sheet, profileAt }
  } finally {
    workers.forEach((w) => w.terminate())
  }
}
