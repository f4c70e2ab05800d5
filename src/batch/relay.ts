// Parts of a sheet finish in any order (whichever worker is free takes the next); their results are handed on in
// sheet order, with each row's number shifted from the part's own (its first record is row 2) to the sheet's.
import type { BatchDone } from './batch-job'

/**
 * `relay` takes each part's results as it finishes and hands them on in order. `room` resolves when a worker may
 * take a new part: while fewer than `window` parts are taken and not yet handed on. Without it, one slow part (its
 * worker descheduled, a run of hard firms) let the other workers race ahead and every part they finished wait here,
 * in memory, however long the sheet.
 */
export function inSheetOrder<I>(emit: (done: BatchDone, info: I, offset: number) => void, window = Infinity) {
  const waiting = new Map<number, { done: BatchDone; info: I }>()
  const rooms: (() => void)[] = []
  let next = 0
  /** parts taken (room given) so far: a part taken has an index below this */
  let taken = 0
  /** records before the next part, header excluded */
  let offset = 0
  const admit = () => {
    while (rooms.length && taken - next < window) {
      taken++
      rooms.shift()!()
    }
  }
  return {
    relay(index: number, done: BatchDone, info: I): void {
      waiting.set(index, { done, info })
      for (let r = waiting.get(next); r; r = waiting.get(next)) {
        waiting.delete(next++)
        const at = offset
        const shift = <T extends { row?: number }>(x: T): T => ({ ...x, row: (x.row ?? 0) + at })
        emit({ ...r.done, rows: r.done.rows.map(shift), errors: r.done.errors.map(shift) }, r.info, at)
        offset += r.done.records
      }
      admit()
    },
    room: (): Promise<void> =>
      new Promise<void>((resolve) => {
        rooms.push(resolve)
        admit()
      }),
  }
}

/** parts each worker may be ahead of the slowest part still running: enough that none idles while a part is
 *  handed on, few enough that finished parts waiting for a slow one stay a handful */
export const windowFor = (workers: number) => 2 * workers

/** what the results' consumer still has to take: a worker waits for it before it starts another part, so a slow
 *  consumer (a full output pipe) stops the reading and triaging instead of letting results pile up in memory */
export function backPressure() {
  let pending: Promise<unknown> = Promise.resolve()
  return {
    hold(p: void | Promise<void>): void {
      // then(): a chain of Promise.all results would nest one array per held part, kept as long as the run
      if (p) pending = Promise.all([pending, p]).then(() => undefined)
    },
    clear: (): Promise<unknown> => pending,
  }
}

/** the next part for a worker, once the consumer has room (back-pressure) and the window lets it take one */
export async function nextPart<T>(
  flow: { clear(): Promise<unknown> },
  order: { room(): Promise<void> },
  parts: AsyncGenerator<T>,
): Promise<IteratorResult<T>> {
  await flow.clear()
  await order.room()
  return parts.next()
}
