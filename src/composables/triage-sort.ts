// The triage table's sort orders: status from best to worst then score, names by the Chinese collation,
// the cheapest path by its planning cost (no path last). An order is the rows' positions, computed once per
// column and result (descending reads it backwards), by a stable merge sort: ties stay in sheet order. A
// province's 100,000 names take seconds to collate, so the sort can pause (sortOrderSliced) to keep the page
// answering; a county's list is sorted at once.
import type { ProgramStatus } from '@/engine/types'
import type { TriageRow } from '@/batch'

export type SortKey = 'row' | 'name' | 'hnte' | 'tsme' | 'gap' | 'path'

const RANK: Record<ProgramStatus, number> = { eligible: 0, borderline: 1, incomplete: 2, ineligible: 3 }
const collator = new Intl.Collator('zh-CN')

type Compare = (i: number, j: number) => number

/** the comparison of two rows by position, with each row's key read once (not once per comparison) */
function comparer(key: SortKey, rows: readonly TriageRow[]): Compare {
  const texts = (f: (r: TriageRow) => string) => {
    const s = rows.map(f)
    return (i: number, j: number) => collator.compare(s[i]!, s[j]!)
  }
  const status = (f: (r: TriageRow) => [ProgramStatus, number]) => {
    const rank = Uint8Array.from(rows, (r) => RANK[f(r)[0]])
    const score = Float64Array.from(rows, (r) => f(r)[1])
    return (i: number, j: number) => rank[i]! - rank[j]! || score[j]! - score[i]!
  }
  const row = Float64Array.from(rows, (r) => r.row ?? 0)
  switch (key) {
    case 'name':
      return texts((r) => r.name)
    case 'gap':
      return texts((r) => r.largestGap?.message.text ?? '')
    case 'hnte':
      return status((r) => [r.hnteStatus, r.hnteScore.max])
    case 'tsme':
      return status((r) => [r.tsmeStatus, r.tsmeScore.max])
    case 'path': {
      const cost = Float64Array.from(rows, (r) => r.cheapestPath?.cost ?? Infinity)
      return (i, j) => (cost[i] === cost[j] ? row[i]! - row[j]! : cost[i]! < cost[j]! ? -1 : 1)
    }
    default:
      return (i, j) => row[i]! - row[j]!
  }
}

/** bottom-up merge sort of 0..n-1, yielding every 1,024 comparisons so that a caller may pause */
function* mergeOrder(n: number, cmp: Compare): Generator<void, Uint32Array> {
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
export function sortOrder(rows: readonly TriageRow[], key: SortKey): Uint32Array {
  const run = mergeOrder(rows.length, comparer(key, rows))
  for (;;) {
    const r = run.next()
    if (r.done) return r.value
  }
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve))

/** the same order, computed in slices of about `sliceMs` with the page free to run between them */
export async function sortOrderSliced(rows: readonly TriageRow[], key: SortKey, sliceMs = 25): Promise<Uint32Array> {
  const run = mergeOrder(rows.length, comparer(key, rows))
  let until = performance.now() + sliceMs
  for (;;) {
    const r = run.next()
    if (r.done) return r.value
    if (performance.now() > until) {
      await pause()
      until = performance.now() + sliceMs
    }
  }
}
