// What the triage table sorts, filters and searches by, one array per column, read once per row as the rows
// arrive (the pool's parts, in sheet order) instead of again at every keystroke or click: a province's 100,000
// rows are objects of many shapes (optional gap, path, step), and walking them all in one task took hundreds of
// milliseconds, where a loop over these arrays takes a few.
import type { TriageRow } from '@/batch'
import type { ProgramStatus } from '@/engine/types'

/** status from best to worst: the sort's order, and how a status filter is matched */
export const RANK: Record<ProgramStatus, number> = { eligible: 0, borderline: 1, incomplete: 2, ineligible: 3 }

export interface TriageKeys {
  /** the spreadsheet row (0 when the firm came from no sheet) */
  row: Float64Array
  name: string[]
  /** the name in lower case, for the search */
  lower: string[]
  hnte: Uint8Array
  hnteMax: Float64Array
  tsme: Uint8Array
  tsmeMax: Float64Array
  /** the cheapest path's planning cost (Infinity: no path) */
  cost: Float64Array
  /** the largest gap's words (the sort's collation is on these) */
  gap: string[]
  /** the rows are in ascending sheet order (the pool hands them on so) */
  inRowOrder: boolean
}

/** the keys of rows as they come, then all at once */
export function keysBuilder() {
  const row: number[] = []
  const name: string[] = []
  const lower: string[] = []
  const hnte: number[] = []
  const hnteMax: number[] = []
  const tsme: number[] = []
  const tsmeMax: number[] = []
  const cost: number[] = []
  const gap: string[] = []
  let inRowOrder = true
  function push(r: TriageRow): void {
    const n = r.row ?? 0
    if (row.length && n < row[row.length - 1]!) inRowOrder = false
    row.push(n)
    name.push(r.name)
    lower.push(r.name.toLowerCase())
    hnte.push(RANK[r.hnteStatus])
    hnteMax.push(r.hnteScore.max)
    tsme.push(RANK[r.tsmeStatus])
    tsmeMax.push(r.tsmeScore.max)
    cost.push(r.cheapestPath?.cost ?? Infinity)
    gap.push(r.largestGap?.message.text ?? '')
  }
  function done(): TriageKeys {
    return {
      row: Float64Array.from(row),
      name,
      lower,
      hnte: Uint8Array.from(hnte),
      hnteMax: Float64Array.from(hnteMax),
      tsme: Uint8Array.from(tsme),
      tsmeMax: Float64Array.from(tsmeMax),
      cost: Float64Array.from(cost),
      gap,
      inRowOrder,
    }
  }
  return { push, done }
}

/** keys handed over with the rows they were read from (the pool reads them as the parts arrive) */
const known = new WeakMap<readonly TriageRow[], TriageKeys>()

export function keepKeys(rows: readonly TriageRow[], keys: TriageKeys): void {
  known.set(rows, keys)
}

/** the rows' keys: those handed over, or read now */
export function keysOf(rows: readonly TriageRow[]): TriageKeys {
  const k = known.get(rows)
  if (k) return k
  const b = keysBuilder()
  for (const r of rows) b.push(r)
  const keys = b.done()
  known.set(rows, keys)
  return keys
}
