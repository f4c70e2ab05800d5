// The triage table's rows as filtered and sorted on screen. Everything a keystroke or a click would otherwise
// redo per row is prepared once per result: the columns' keys (triage-keys.ts: names in lower case, status
// ranks, scores, costs) and, per column, the rows' sorted order (triage-sort.ts). A search, a filter or a sort
// is then one pass over those arrays, without a comparison and without reading a row, so it stays well under
// 100 ms for a province's 100,000 firms; the whole list unsorted and unfiltered is the result's own array. Orders of a long list are computed in slices, in
// the background once the result is shown, so that neither the page nor a click on a heading waits long.
import { computed, shallowRef, watch, type Ref } from 'vue'
import type { TriageResult, TriageRow } from '@/batch'
import type { RowList } from '@/batch/row-store'
import type { ProgramStatus } from '@/engine/types'
import { sortOrder, sortOrderSliced, type SortKey } from './triage-sort'
import { keysOf, RANK } from './triage-keys'

/** a triage result whose rows may be kept as a store (src/batch/row-store.ts) */
export type TriageOutcome = Omit<TriageResult, 'rows'> & { rows: RowList }

/** the rows of a list at the given positions (a search's or a sort's), read from the list when shown */
export class RowView implements RowList {
  constructor(
    private readonly list: RowList,
    private readonly positions: Uint32Array,
    readonly length: number,
  ) {}
  at(p: number): TriageRow | undefined {
    return p >= 0 && p < this.length ? this.list.at(this.positions[p]!) : undefined
  }
}

export interface TableState {
  search: string
  hnte: '' | ProgramStatus
  tsme: '' | ProgramStatus
  sort: { key: SortKey; dir: 'ascending' | 'descending' }
  /** a column whose order is still being computed (its heading was clicked) */
  sorting: '' | SortKey
}

/** up to this many rows an order is computed at once (a few tens of milliseconds at most) */
export const SORT_AT_ONCE = 5_000
const KEYS: readonly SortKey[] = ['name', 'hnte', 'tsme', 'path', 'gap', 'row']

export function useTriageRows(result: Ref<TriageOutcome | undefined>, state: TableState) {
  const orders = shallowRef(new Map<SortKey, Uint32Array>())
  const pending = new Map<SortKey, Promise<Uint32Array>>()
  const keys = computed(() => keysOf(result.value?.rows ?? []))

  const keep = (all: RowList, key: SortKey, order: Uint32Array) => {
    if (result.value?.rows === all) orders.value = new Map(orders.value).set(key, order)
    return order
  }
  function orderOf(
    key: SortKey,
    priority: 'user-visible' | 'background' = 'user-visible',
  ): Uint32Array | Promise<Uint32Array> {
    const all = result.value?.rows ?? []
    const known = orders.value.get(key) ?? pending.get(key)
    if (known) return known
    if (all.length <= SORT_AT_ONCE) return keep(all, key, sortOrder(all, key))
    const p = sortOrderSliced(all, key, 10, priority).then((o) => keep(all, key, o))
    pending.set(key, p)
    return p
  }
  // a new result: the old orders go, the column sorted by stays sorted by (the sheet order until its order is
  // known); a long list's orders are prepared while the reader looks at the table
  watch(result, (r) => {
    orders.value = new Map()
    pending.clear()
    if (!r) return
    const { key, dir } = state.sort
    if (key !== 'row') state.sort = { key: 'row', dir: 'ascending' }
    const all = r.rows
    if (!keys.value.inRowOrder) void orderOf('row')
    if (key !== 'row') sortTo(key, dir)
    if (all.length > SORT_AT_ONCE)
      void KEYS.reduce<Promise<unknown>>(
        (prev, k) => prev.then(() => result.value === r && orderOf(k, 'background')),
        Promise.resolve(),
      )
  })

  function sortTo(key: SortKey, dir: TableState['sort']['dir']): void {
    const o = orderOf(key)
    if (!(o instanceof Promise)) return void (state.sort = { key, dir })
    state.sorting = key
    void o.then(() => {
      if (state.sorting !== key) return
      state.sorting = ''
      state.sort = { key, dir }
    })
  }

  function sortBy(key: SortKey): void {
    sortTo(key, state.sort.key === key && state.sort.dir === 'ascending' ? 'descending' : 'ascending')
  }

  /** the rows shown, and their sheet row numbers (the table's keys, read without touching a row) */
  const shown = computed(() => {
    const all = result.value?.rows ?? []
    const k = keys.value
    const order = orders.value.get(state.sort.key)
    const q = state.search.trim().toLowerCase()
    const hnte = state.hnte ? RANK[state.hnte] : -1
    const tsme = state.tsme ? RANK[state.tsme] : -1
    const desc = state.sort.dir === 'descending'
    // the whole list in sheet order: itself
    if (!q && hnte < 0 && tsme < 0 && !desc && !order) return { rows: all, numbers: k.row }
    const { lower } = k
    const n = all.length
    const at = new Uint32Array(n)
    let m = 0
    for (let p = 0; p < n; p++) {
      const i = order ? order[desc ? n - 1 - p : p]! : desc ? n - 1 - p : p
      if ((!q || lower[i]!.includes(q)) && (hnte < 0 || k.hnte[i] === hnte) && (tsme < 0 || k.tsme[i] === tsme))
        at[m++] = i
    }
    const numbers = new Float64Array(m)
    for (let p = 0; p < m; p++) numbers[p] = k.row[at[p]!]!
    return { rows: new RowView(all, at, m) as RowList, numbers }
  })
  const rows = computed(() => shown.value.rows)
  const rowNumbers = computed(() => shown.value.numbers)

  /** the import errors the filters let through: none under a status filter, matched by name under a search */
  const errors = computed(() => {
    if (state.hnte || state.tsme) return []
    const q = state.search.trim().toLowerCase()
    return (result.value?.errors ?? []).filter((e) => !q || (e.name ?? '').toLowerCase().includes(q))
  })

  return { rows, rowNumbers, errors, sortBy }
}
