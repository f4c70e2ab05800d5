// `npm run triage` writes its CSV to a stream that may be slower than the workers (stdout piped to a slow
// reader): a full stream holds the pool (no new part starts until it drains), so memory holds the parts in
// flight, not the whole result; what is written is the same as to a fast stream.
import { describe, expect, it } from 'vitest'
import { Writable } from 'node:stream'
import { writeCsv } from '../../src/batch/csv'
import { triageCsv } from '../../src/batch/triage'
import { triageTable } from '../../src/batch/export'
import { runBatch, type BatchDone, type BatchJob, type RecordsJob } from '../../src/batch/batch-job'
import { triagePool, type PoolWorker } from '../../src/batch/pool'
import { triageRecords, type RecordsWorker } from '../../src/batch/pool-records'
import { csvPartWriter, writeOrWait } from '../../src/batch/csv-sink'
import { countedRows, HEADER, records } from './pool-sheet'

/** a stream that takes nothing until opened: its buffer is full after the first write */
function gated() {
  let open = false
  const waiting: (() => void)[] = []
  const chunks: string[] = []
  const stream = new Writable({
    highWaterMark: 16,
    decodeStrings: false,
    write(chunk: string, _enc, done) {
      chunks.push(chunk)
      if (open) done()
      else waiting.push(() => done())
    },
  })
  const release = () => {
    open = true
    waiting.splice(0).forEach((f) => f())
  }
  return { stream, chunks, release }
}

/** workers that count the parts they are given */
function counted(n: number) {
  const started = { parts: 0 }
  const workers: (PoolWorker & RecordsWorker)[] = Array.from({ length: n }, () => ({
    run: (job: BatchJob | RecordsJob) => {
      started.parts++
      return new Promise<BatchDone>((resolve) => setTimeout(() => resolve(runBatch(job))))
    },
  }))
  return { workers, started }
}

const settle = () => new Promise((r) => setTimeout(r, 50))

describe('writeOrWait', () => {
  it('waits for drain when the stream is full and fails when the stream fails', async () => {
    const g = gated()
    expect(writeOrWait(g.stream, 'x'.repeat(20))).toBeInstanceOf(Promise)
    let drained = false
    const p = writeOrWait(g.stream, 'y')!.then(() => (drained = true))
    await settle()
    expect(drained).toBe(false)
    g.release()
    await p
    expect(g.chunks.join('')).toBe(`${'x'.repeat(20)}y`)
    const broken = new Writable({
      highWaterMark: 1,
      write: (_c, _e, done) => setTimeout(() => done(new Error('EPIPE'))),
    })
    await expect(writeOrWait(broken, 'zz')).rejects.toThrow('EPIPE')
  })
})

describe('a slow output stream holds the pool', () => {
  it('starts no new CSV part while the stream is full, then writes what a fast stream gets', async () => {
    const text = writeCsv([HEADER, ...records(true)], { bom: true })
    const bytes = new TextEncoder().encode(text)
    const source = { size: bytes.length, read: (s: number, e: number) => Promise.resolve(bytes.slice(s, e)) }
    const run = async (out: Writable, workers: PoolWorker[]) => {
      const w = csvPartWriter(out)
      const done = triagePool(source, workers, { paths: false }, { part: w.part }, { partBytes: 1, chunkBytes: 500 })
      return { done, counts: w.counts }
    }
    const slow = gated()
    const pool = counted(2)
    const slowRun = await run(slow.stream, pool.workers)
    await settle()
    // parts of one record (the header line is a part of its own): two workers, each holding after the part it
    // finished, of 41
    expect(pool.started.parts).toBeLessThanOrEqual(4)
    slow.release()
    await slowRun.done
    expect(pool.started.parts).toBe(41)

    const fast = gated()
    fast.release()
    const fastRun = await run(fast.stream, counted(2).workers)
    await fastRun.done
    expect(slow.chunks.join('')).toBe(fast.chunks.join(''))
    // and both are the export of the whole sheet triaged at once: 32 firms, 8 bad rows
    const whole = triageCsv(text, { paths: false })
    const table = triageTable(whole.rows, whole.errors).map((r) => r.map((c) => (c === undefined ? '' : String(c))))
    expect(slow.chunks.join('')).toBe(writeCsv(table, { bom: true }))
    expect(slowRun.counts).toEqual({ firms: 32, bad: 8 })
  })

  it('reads no more workbook rows while the stream is full', async () => {
    const all = records(true)
    const { rows, count } = countedRows(all)
    const slow = gated()
    const w = csvPartWriter(slow.stream)
    const done = triageRecords(rows(), counted(2).workers, { paths: false }, { part: w.part }, 5)
    await settle()
    // two parts of 5 rows taken by the two workers, the next two read while they ran, then nothing
    expect(count.read).toBeLessThanOrEqual(20)
    slow.release()
    await done
    expect(count.read).toBe(40)
    expect(w.counts).toEqual({ firms: 32, bad: 8 })
  })
})
