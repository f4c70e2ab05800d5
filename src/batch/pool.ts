// A sheet of any size triaged by a pool of workers: the bytes are read in chunks and cut at record boundaries
// (split.ts) into parts of about `partBytes`, each part triaged by whichever worker is free (batch-job.ts), and
// the parts' results handed on in sheet order with their spreadsheet row numbers. Nothing here blocks: the
// caller's thread only scans bytes and relays. Used by the triage page (Web Workers) and `npm run triage`
// (worker threads); memory is bounded by the parts in flight plus whatever the caller keeps of the results.
import { parseCsv } from './csv'
import type { BatchDone, BatchJob } from './batch-job'
import type { ImportOptions } from './import'
import { backPressure, inSheetOrder, nextPart, windowFor } from './relay'
import { recordEnds, sniffEncoding } from './split'
import type { TriageOptions } from './triage'

export interface PoolSource {
  size: number
  read(start: number, end: number): Promise<Uint8Array>
}

export interface PoolWorker {
  run(job: BatchJob): Promise<BatchDone>
}

/** a part's place in the sheet: enough to read one of its firms again later */
export interface PartInfo {
  start: number
  end: number
  skipFirst: boolean
  /** records before the part, header excluded: part row n is sheet row n + offset */
  offset: number
}

export interface PoolProgress {
  /** bytes scanned of `size` */
  bytes: number
  size: number
  /** records triaged (blank ones included) */
  done: number
  /** records found so far (exact once every byte is scanned) */
  total: number
  /** bytes of the parts triaged: `triaged / size` is the share done */
  triaged: number
}

export interface PoolHooks {
  /** each part's results, in sheet order, rows already numbered as in the sheet; a promise returned says the
   *  caller cannot take more yet (an output stream's buffer is full): no worker starts a new part until it settles */
  part?(done: BatchDone, info: PartInfo): void | Promise<void>
  progress?(p: PoolProgress): void
}

export interface PoolSettings {
  chunkBytes?: number
  partBytes?: number
  /** parts taken and not yet handed on, at most (relay.ts): default two per worker */
  window?: number
}

export interface PoolRun {
  encoding: 'utf-8' | 'gbk'
  header: string[]
}

type Part = { index: number; job: BatchJob; start: number; end: number }

export async function triagePool(
  source: PoolSource,
  workers: readonly PoolWorker[],
  options: TriageOptions & ImportOptions,
  hooks: PoolHooks = {},
  settings: PoolSettings = {},
): Promise<PoolRun> {
  const chunkBytes = settings.chunkBytes ?? 1 << 20
  const partBytes = settings.partBytes ?? 1 << 17
  const head = await source.read(0, Math.min(source.size, chunkBytes))
  const encoding = sniffEncoding(head, head.length === source.size)
  const decode = (b: Uint8Array) => new TextDecoder(encoding).decode(b)
  const progress: PoolProgress = { bytes: 0, size: source.size, done: 0, total: 0, triaged: 0 }
  let header: string[] | undefined

  async function* parts(): AsyncGenerator<Part> {
    const state = { quoted: false }
    let start = 0
    let index = 0
    const part = (end: number): Part => {
      const p = { index, start, end, job: job() }
      index++
      start = end
      return p
    }
    const job = () => ({
      bytes: new ArrayBuffer(0),
      encoding,
      header: header!,
      skipFirst: start === 0,
      options,
    })
    for (let pos = 0; pos < source.size; pos += chunkBytes) {
      const chunk = pos === 0 ? head : await source.read(pos, Math.min(source.size, pos + chunkBytes))
      const ends = recordEnds(chunk, state).map((e) => e + pos)
      progress.bytes = pos + chunk.length
      progress.total += ends.length
      for (const end of ends) {
        header ??= parseCsv(decode(await source.read(0, end)))[0] ?? []
        if (end - start >= partBytes) yield part(end)
      }
      hooks.progress?.({ ...progress, total: Math.max(0, progress.total - 1) })
    }
    header ??= parseCsv(decode(await source.read(0, source.size)))[0] ?? []
    if (start < source.size || index === 0) yield part(source.size)
  }

  const flow = backPressure()
  const order = inSheetOrder<Part>(
    (done, part, offset) =>
      flow.hold(hooks.part?.(done, { start: part.start, end: part.end, skipFirst: part.job.skipFirst, offset })),
    settings.window ?? windowFor(workers.length),
  )
  function settle(part: Part, done: BatchDone): void {
    progress.done += done.records
    progress.triaged += part.end - part.start
    order.relay(part.index, done, part)
    hooks.progress?.({ ...progress, total: Math.max(progress.done, progress.total - 1) })
  }

  const it = parts()
  await Promise.all(
    workers.map(async (w) => {
      // a new part only once the consumer has room (back-pressure) and the parts ahead are few (the window)
      for (let n = await nextPart(flow, order, it); !n.done; n = await nextPart(flow, order, it)) {
        const p = n.value
        const bytes = await source.read(p.start, p.end)
        p.job.bytes = bytes.buffer.byteLength === bytes.length ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer
        settle(p, await w.run(p.job))
      }
    }),
  )
  return { encoding, header: header ?? [] }
}
