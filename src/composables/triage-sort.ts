// The triage table's sort orders: status from best to worst then score, names by the Chinese collation,
// the cheapest path by its planning cost (no path last). An order is the rows' positions, computed once per
// column and result (descending reads it backwards), by a stable merge sort: ties stay in sheet order. A
// province's 100,000 names take seconds to collate, so the sort can pause (sortOrderSliced) to keep the page
// answering; a county's list is sorted at once.
import type { RowList } from '@/batch/row-store'
import { keysOf, type TriageKeys } from './triage-keys'

export type SortKey = 'row' | 'name' | 'hnte' | 'tsme' | 'gap' | 'path'

const collator = new Intl.Collator('zh-CN')

type Compare = (i: number, j: number) => number

/** the gaps' words, rebuilt from the store (pausable: a province's take a few hundred milliseconds) */
function* gapTexts(k: TriageKeys): Generator<void, string[]> {
  const out: string[] = new Array(k.row.length)
  for (let i = 0; i < out.length; i++) {
    out[i] = k.gapText(i)
    if ((i & 1023) === 1023) yield
  }
  return out
}

/** the comparison of two rows by position, on the rows' keys (triage-keys.ts) */
function* comparer(key: SortKey, k: TriageKeys): Generator<void, Compare> {
  const texts = (s: readonly string[]) => (i: number, j: number) => collator.compare(s[i]!, s[j]!)
  const status = (rank: Uint8Array, score: Float64Array) => (i: number, j: number) =>
    rank[i]! - rank[j]! || score[j]! - score[i]!
  const row = k.row
  switch (key) {
    case 'name':
      return texts(k.name)
    case 'gap':
      return texts(yield* gapTexts(k))
    case 'hnte':
      return status(k.hnte, k.hnteMax)
    case 'tsme':
      return status(k.tsme, k.tsmeMax)
    case 'path': {
      const cost = k.cost
      return (i, j) => (cost[i] === cost[j] ? row[i]! - row[j]! : cost[i]! < cost[j]! ? -1 : 1)
    }
    default:
      return (i, j) => row[i]! - row[j]!
  }
}

/** bottom-up merge sort of the rows by the column, yielding every 1,024 comparisons so that a caller may pause */
function* mergeOrder(rows: RowList, key: SortKey): Generator<void, Uint32Array> {
  const n = rows.length
  const cmp = yield* comparer(key, keysOf(rows))
  let a = Uint32Array.from({ length: n }, (_, i) => i)
  let b = new Uint32Array(n)
  let ops = 0
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let i = lo
      let j = mid
      for (let k = lo; k < hi; k++) {
        b[k] = i < mid && (j >= hi || cmp(a[i]!, a[j]!) <= 0) ? a[i++]! : a[j++]!
        if ((++ops & 1023) === 0) yield
      }
    }
    ;[a, b] = [b, a]
  }
  return a
}

/** the rows' positions in ascending order of the column, at once */
export function sortOrder(rows: RowList, key: SortKey): Uint32Array {
  const run = mergeOrder(rows, key)
  for (;;) {
    const r = run.next()
    if (r.done) return r.value
  }
}

/** Chromium's task scheduler (scheduler.postTask): a pause that lets input and drawing go first, without the
 *  4 ms a chain of timers is held to */
type Priority = 'user-visible' | 'background'
const scheduler = (globalThis as { scheduler?: { postTask(f: () => void, o: { priority: Priority }): Promise<void> } })
  .scheduler
const pause = (priority: Priority) =>
  scheduler ? scheduler.postTask(() => {}, { priority }) : new Promise<void>((resolve) => setTimeout(resolve))

/** the same order, computed in slices of about `sliceMs` with the page free to run between them (a loaded
 *  machine stretches a slice several times over: a short one keeps the page's tasks short); `background` for an
 *  order prepared before anyone asked for it */
export async function sortOrderSliced(
  rows: RowList,
  key: SortKey,
  sliceMs = 10,
  priority: Priority = 'user-visible',
): Promise<Uint32Array> {
  const run = mergeOrder(rows, key)
  let until = performance.now() + sliceMs
  for (;;) {
    const r = run.next()
    if (r.done) return r.value
    if (performance.now() > until) {
      await pause(priority)
      until = performance.now() + sliceMs
    }
  }
}
