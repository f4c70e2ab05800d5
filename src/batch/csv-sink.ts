// The triage's CSV written part by part to an output stream (`npm run triage`: a file or stdout, perhaps piped to a
// slow reader). A stream whose buffer is full says so (write() returns false): the part's promise then waits for
// 'drain', and the pools (pool.ts, pool-records.ts) start no new part meanwhile, so memory holds the parts in
// flight and the stream's buffer, not every result the reader has not taken yet.
import { writeCsv } from './csv'
import { triageTable } from './export'
import type { BatchDone } from './batch-job'

/** the part of a Node Writable this needs */
export interface OutStream {
  write(chunk: string): boolean
  once(event: 'drain' | 'error', listener: (e?: unknown) => void): unknown
  off(event: 'drain' | 'error', listener: (e?: unknown) => void): unknown
}

/** resolves once the stream has room again (at once if it has), rejects if it fails meanwhile */
export function writeOrWait(out: OutStream, text: string): Promise<void> | undefined {
  if (out.write(text)) return undefined
  return new Promise<void>((resolve, reject) => {
    const drained = () => {
      out.off('error', failed)
      resolve()
    }
    const failed = (e?: unknown) => {
      out.off('drain', drained)
      reject(e instanceof Error ? e : new Error(String(e)))
    }
    out.once('drain', drained)
    out.once('error', failed)
  })
}

/** the triage export's header once (with a BOM, for Excel), then each part's rows as they come in sheet order */
export function csvPartWriter(out: OutStream) {
  const counts = { firms: 0, bad: 0 }
  let first = true
  function part(done: BatchDone): Promise<void> | undefined {
    const [header, ...body] = triageTable(done.rows, done.errors).map((r) =>
      r.map((c) => (c === undefined ? '' : String(c))),
    )
    counts.firms += done.rows.length
    counts.bad += done.errors.length
    const write = body.length || first ? writeCsv(first ? [header!, ...body] : body, { bom: first }) : ''
    first = false
    return write ? writeOrWait(out, write) : undefined
  }
  return { part, counts }
}
