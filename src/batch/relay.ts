// Parts of a sheet finish in any order (whichever worker is free takes the next); their results are handed on in
// sheet order, with each row's number shifted from the part's own (its first record is row 2) to the sheet's.
import type { BatchDone } from './batch-job'

export function inSheetOrder<I>(emit: (done: BatchDone, info: I, offset: number) => void) {
  const waiting = new Map<number, { done: BatchDone; info: I }>()
  let next = 0
  /** records before the next part, header excluded */
  let offset = 0
  return (index: number, done: BatchDone, info: I): void => {
    waiting.set(index, { done, info })
    for (let r = waiting.get(next); r; r = waiting.get(next)) {
      waiting.delete(next++)
      const at = offset
      const shift = <T extends { row?: number }>(x: T): T => ({ ...x, row: (x.row ?? 0) + at })
      emit({ ...r.done, rows: r.done.rows.map(shift), errors: r.done.errors.map(shift) }, r.info, at)
      offset += r.done.records
    }
  }
}

/** what the results' consumer still has to take: a worker waits for it before it starts another part, so a slow
 *  consumer (a full output pipe) stops the reading and triaging instead of letting results pile up in memory */
export function backPressure() {
  let pending: Promise<unknown> = Promise.resolve()
  return {
    hold(p: void | Promise<void>): void {
      if (p) pending = Promise.all([pending, p])
    },
    clear: (): Promise<unknown> => pending,
  }
}
