// `npm run triage -- pool.csv [--out result.csv] [--workers N] [--no-paths]`: triages a reserve pool's CSV (UTF-8
// or GBK, the batch template) or .xlsx workbook of any size from the command line, for a province's data office.
// A CSV is read in parts cut at record boundaries (src/batch/pool.ts), a workbook row by row by a streaming
// reader (src/batch/xlsx-stream.ts) in runs of rows (pool-records.ts); worker threads (one per core) triage the
// parts, and the result rows are written as they come, in sheet order, as the triage page's CSV export: memory
// stays bounded by the parts in flight, whatever the number of firms (a slow reader of stdout holds the workers
// instead of letting results pile up). Progress goes to stderr.
import { open } from 'node:fs/promises'
import { createWriteStream } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { csvPartWriter } from '../src/batch/csv-sink'
import type { BatchDone, BatchJob, RecordsJob } from '../src/batch/batch-job'
import { triagePool, type PoolWorker } from '../src/batch/pool'
import { triageRecords, type RecordsWorker } from '../src/batch/pool-records'
import { workbookRows } from '../src/batch/xlsx-stream'
import { isLegacyXls, isWorkbook } from '../src/batch/xlsx-detect'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args.splice(i, 2)[1] : undefined
}
const out = flag('out')
const count = Number(flag('workers') ?? availableParallelism())
const paths = !args.includes('--no-paths')
const input = args.find((a) => !a.startsWith('--'))
if (!input) {
  console.error('usage: npm run triage -- pool.csv [--out result.csv] [--workers N] [--no-paths]')
  process.exit(2)
}

function threadWorker(): PoolWorker & RecordsWorker & { close(): Promise<number> } {
  const w = new Worker(new URL('./triage-worker.mjs', import.meta.url))
  return {
    run: (job: BatchJob | RecordsJob) =>
      new Promise<BatchDone>((resolve, reject) => {
        w.once('message', (m: { done?: BatchDone; error?: string }) =>
          m.done ? resolve(m.done) : reject(new Error(m.error)),
        )
        w.postMessage(job, 'bytes' in job ? [job.bytes] : [])
      }),
    close: () => w.terminate(),
  }
}

/** progress on stderr: rewritten in place on a terminal (4 times a second at most), else a line every 10 s (a log) */
function progressLine(t0: number) {
  const tty = process.stderr.isTTY
  let last = 0
  return (rows: number, share?: number) => {
    const now = Date.now()
    if (now - last < (tty ? 250 : 10_000)) return
    last = now
    const s = (now - t0) / 1000
    const done = share === undefined ? '' : `${(100 * share).toFixed(0)}% of the file, `
    const text = `${done}${rows} rows triaged in ${s.toFixed(0)} s (${Math.round(rows / Math.max(s, 0.001))} rows/s)`
    process.stderr.write(tty ? `\r${text}   ` : `${text}\n`)
  }
}

async function main(file: string): Promise<void> {
  const fh = await open(file)
  const size = (await fh.stat()).size
  const read = async (start: number, end: number) => {
    const b = new Uint8Array(end - start)
    await fh.read(b, 0, b.length, start)
    return b
  }
  const head = await read(0, Math.min(size, 8))
  if (isLegacyXls(head)) throw new Error('an old .xls workbook: save it as .xlsx or CSV (UTF-8) first')
  const sink = out ? createWriteStream(out) : process.stdout
  const workers = Array.from({ length: Math.max(1, count) }, threadWorker)
  const t0 = Date.now()
  // a full output buffer (a slow reader of stdout) holds the workers: see src/batch/csv-sink.ts
  const { part, counts } = csvPartWriter(sink)
  const status = progressLine(t0)
  try {
    if (isWorkbook(head))
      await triageRecords(workbookRows(file), workers, { paths }, { part, progress: (n) => status(n) })
    else
      await triagePool(
        { size, read },
        workers,
        { paths },
        { part, progress: (p) => status(p.done, p.triaged / Math.max(1, p.size)) },
      )
  } finally {
    await Promise.all(workers.map((w) => w.close()))
    await fh.close()
  }
  if (out) await new Promise((r) => (sink as ReturnType<typeof createWriteStream>).end(r))
  const s = (Date.now() - t0) / 1000
  process.stderr.write(
    `${process.stderr.isTTY ? '\n' : ''}${counts.firms} firms triaged, ${counts.bad} rows with errors, ${s.toFixed(1)} s with ${workers.length} worker threads\n`,
  )
}

main(input).catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
