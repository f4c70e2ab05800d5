// What the triage table sorts, filters and searches by: the columns of the rows' store (src/batch/row-store.ts),
// read once per row as the rows arrive instead of again at every keystroke or click. Rows given as an array (a
// small sheet triaged on the page, tests) are put into a store once.
import type { ProgramStatus } from '@/engine/types'
import { STATUSES } from '@/batch/row-codec'
import { RowStore, type RowList, type TriageKeys } from '@/batch/row-store'
import type { TriageRow } from '@/batch'

export type { TriageKeys }

/** status from best to worst: the sort's order, and how a status filter is matched */
export const RANK = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<ProgramStatus, number>

const stores = new WeakMap<RowList, RowStore>()

/** the list as a store: itself, or its rows put into one (once per list) */
export function storeOf(list: RowList): RowStore {
  if (list instanceof RowStore) return list
  let s = stores.get(list)
  if (!s) {
    const rows: TriageRow[] = Array.isArray(list) ? list : Array.from({ length: list.length }, (_, i) => list.at(i)!)
    stores.set(list, (s = RowStore.fromRows(rows)))
  }
  return s
}

/** the rows' keys */
export const keysOf = (list: RowList): TriageKeys => storeOf(list).keys()
