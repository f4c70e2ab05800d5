// A workbook of any size triaged by a pool of workers as its rows are read (`npm run triage -- pool.xlsx`): the
// rows come from a streaming reader (xlsx-stream.ts), are cut into runs of `partRows` records and triaged by
// whichever worker is free (batch-job.ts); results are handed on in sheet order, numbered as in the sheet. Rows
// are read only as fast as workers take them, so memory holds the parts in flight, not the sheet.
import type { BatchDone, RecordsJob } from './batch-job'
import type { ImportOptions } from './import'
import { backPressure, inSheetOrder, nextPart, windowFor } from './relay'
import type { TriageOptions } from './triage'

/** a spreadsheet row: its number (the header is 1) and its cells as text */
export interface SheetRow {
  number: number
  cells: string[]
}

export interface RecordsWorker {
  run(job: RecordsJob): Promise<BatchDone>
}

export interface RecordsHooks {
  /** a promise returned holds the workers (and so the reader) until it settles: see PoolHooks.part */
  part?(done: BatchDone): void | Promise<void>
  /** records triaged so far (blank ones included), header excluded */
  progress?(done: number): void
}

export async function triageRecords(
  rows: AsyncIterable<SheetRow>,
  workers: readonly RecordsWorker[],
  options: TriageOptions & ImportOptions,
  hooks: RecordsHooks = {},
  partRows = 500,
): Promise<{ header: string[] }> {
  let header: string[] = []
  async function* parts(): AsyncGenerator<{ index: number; job: RecordsJob }> {
    let records: string[][] = []
    let index = 0
    /** the next sheet row expected: rows the reader skips (blank) become empty records */
    let expect = 2
    for await (const row of rows) {
      if (row.number === 1) header = row.cells
      if (row.number < 2) continue
      for (; expect < row.number; expect++) records.push([])
      records.push(row.cells)
      expect = row.number + 1
      if (records.length >= partRows) {
        yield { index: index++, job: { records, header, options } }
        records = []
      }
    }
    if (records.length || index === 0) yield { index, job: { records, header, options } }
  }
  let done = 0
  const flow = backPressure()
  const order = inSheetOrder<undefined>((d) => flow.hold(hooks.part?.(d)), windowFor(workers.length))
  const it = parts()
  await Promise.all(
    workers.map(async (w) => {
      for (let n = await nextPart(flow, order, it); !n.done; n = await nextPart(flow, order, it)) {
        const result = await w.run(n.value.job)
        done += result.records
        order.relay(n.value.index, result, undefined)
        hooks.progress?.(done)
      }
    }),
  )
  return { header }
}
