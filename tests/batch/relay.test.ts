// One slow part must not let the pool's memory grow with the sheet: parts that finish behind it wait to be handed on
// in sheet order, so a worker takes a new part only while fewer than `window` are taken and not yet handed on
// (src/batch/relay.ts). Before the window, the free workers went on through the whole sheet while the first part
// was held, and every finished part waited in memory.
import { describe, expect, it } from 'vitest'
import { writeCsv } from '../../src/batch/csv'
import { triageCsv } from '../../src/batch/triage'
import { runBatch, type BatchDone, type BatchJob, type RecordsJob } from '../../src/batch/batch-job'
import { triagePool, type PoolWorker } from '../../src/batch/pool'
import { triageRecords, type RecordsWorker } from '../../src/batch/pool-records'
import { backPressure, inSheetOrder } from '../../src/batch/relay'
import { countedRows, HEADER, records } from './pool-sheet'

/** three workers; the first part any of them is given is held until `release`; the parts started are counted */
function oneSlowPart() {
  let release = () => {}
  const held = new Promise<void>((r) => (release = r))
  const seen = { started: 0 }
  const workers: (PoolWorker & RecordsWorker)[] = Array.from({ length: 3 }, () => ({
    run: async (job: BatchJob | RecordsJob) => {
      if (seen.started++ === 0) await held
      await new Promise((r) => setTimeout(r))
      return runBatch(job)
    },
  }))
  return { workers, seen, release }
}

const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms))

/** until the workers have started nothing new for a while: the free ones have gone as far as they may */
async function quiet(seen: { started: number }): Promise<void> {
  for (let before = -1; before !== seen.started;) {
    before = seen.started
    await settle(150)
  }
}

describe('the window of parts taken and not yet handed on', () => {
  it('holds the free workers while the first CSV part is slow, then gives the whole sheet in order', async () => {
    const text = writeCsv([HEADER, ...records()], { bom: true })
    const bytes = new TextEncoder().encode(text)
    const source = { size: bytes.length, read: (s: number, e: number) => Promise.resolve(bytes.slice(s, e)) }
    const slow = oneSlowPart()
    const names: string[] = []
    const run = triagePool(
      source,
      slow.workers,
      { paths: false },
      { part: (d) => void names.push(...d.rows.map((r) => r.name ?? '')) },
      // one record a part (the header line is part 0): 41 parts; at most 6 taken while part 0 is held
      { partBytes: 1, chunkBytes: 500, window: 6 },
    )
    await quiet(slow.seen)
    // part 0 held by one worker, parts 1–5 done by the two others, who then wait (without the window: all 41)
    expect(slow.seen.started).toBe(6)
    slow.release()
    await run
    expect(slow.seen.started).toBe(41)
    expect(names).toEqual(triageCsv(text, { paths: false }).rows.map((r) => r.name))
  })

  it('reads no more workbook rows than the window’s parts while the first part is slow', async () => {
    const all = records()
    const { rows, count } = countedRows(all)
    const slow = oneSlowPart()
    const names: string[] = []
    const run = triageRecords(
      rows(),
      slow.workers,
      { paths: false },
      { part: (d) => void names.push(...d.rows.map((r) => r.name ?? '')) },
      2,
    )
    await quiet(slow.seen)
    // three workers: a window of 6 parts of 2 rows; the seventh part's first row may be read before the wait
    expect(slow.seen.started).toBe(6)
    expect(count.read).toBeLessThanOrEqual(13)
    slow.release()
    await run
    expect(count.read).toBe(40)
    expect(names).toEqual(all.map((_, i) => `企业${i}`))
  })

  it('gives room only while fewer than the window are taken and not handed on', async () => {
    const handed: number[] = []
    const order = inSheetOrder<number>((_d, i) => void handed.push(i), 2)
    const done: BatchDone = { rows: [], errors: [], unknownColumns: [], sheetProblems: [], records: 0 }
    const given: number[] = []
    for (let i = 0; i < 4; i++) void order.room().then(() => given.push(i))
    await settle()
    expect(given).toEqual([0, 1])
    order.relay(1, done, 1)
    await settle()
    // part 1 waits behind part 0: still two taken and not handed on
    expect([given, handed]).toEqual([[0, 1], []])
    order.relay(0, done, 0)
    await settle()
    expect([given, handed]).toEqual([
      [0, 1, 2, 3],
      [0, 1],
    ])
  })
})

describe('backPressure', () => {
  it('keeps nothing of the parts it waited for once they are written', async () => {
    const flow = backPressure()
    for (let i = 0; i < 3; i++) flow.hold(Promise.resolve())
    // the old chain resolved to [[[undefined, undefined], undefined], undefined]: one array per held part
    expect(await flow.clear()).toBeUndefined()
  })
})
