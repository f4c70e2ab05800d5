// The triage table's rows as filtered and sorted on screen. Everything a keystroke or a click would otherwise
// redo per row is prepared once per result: the names in lower case and, per column, the rows' sorted order
// (triage-sort.ts). A search, a filter or a sort is then one pass over the rows, without a comparison, so it
// stays well under 100 ms for a province's 100,000 firms. Orders of a long list are computed in slices, in
// the background once the result is shown, so that neither the page nor a click on a heading waits long.
import { computed, shallowRef, watch, type Ref } from 'vue'
import type { TriageResult, TriageRow } from '@/batch'
import type { ProgramStatus } from '@/engine/types'
import { sortOrder, sortOrderSliced, type SortKey } from './triage-sort'

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

export function useTriageRows(result: Ref<TriageResult | undefined>, state: TableState) {
  const orders = shallowRef(new Map<SortKey, Uint32Array>())
  const pending = new Map<SortKey, Promise<Uint32Array>>()
  const lowerNames = computed(() => (result.value?.rows ?? []).map((r) => r.name.toLowerCase()))

  const keep = (all: readonly TriageRow[], key: SortKey, order: Uint32Array) => {
    if (result.value?.rows === all) orders.value = new Map(orders.value).set(key, order)
    return order
  }
  function orderOf(key: SortKey): Uint32Array | Promise<Uint32Array> {
    const all = result.value?.rows ?? []
    const known = orders.value.get(key) ?? pending.get(key)
    if (known) return known
    if (all.length <= SORT_AT_ONCE) return keep(all, key, sortOrder(all, key))
    const p = sortOrderSliced(all, key).then((o) => keep(all, key, o))
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
    if (all.some((x, i) => i > 0 && (x.row ?? 0) < (all[i - 1]!.row ?? 0))) void orderOf('row')
    if (key !== 'row') sortTo(key, dir)
    if (all.length > SORT_AT_ONCE)
      void KEYS.reduce<Promise<unknown>>(
        (prev, k) => prev.then(() => result.value === r && orderOf(k)),
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

  const rows = computed(() => {
    const all = result.value?.rows ?? []
    const order = orders.value.get(state.sort.key)
    const q = state.search.trim().toLowerCase()
    const lower = lowerNames.value
    const { hnte, tsme } = state
    const n = all.length
    const desc = state.sort.dir === 'descending'
    const out: TriageRow[] = []
    for (let k = 0; k < n; k++) {
      const at = desc ? n - 1 - k : k
      const i = order ? order[at]! : at
      const r = all[i]!
      if ((!q || lower[i]!.includes(q)) && (!hnte || r.hnteStatus === hnte) && (!tsme || r.tsmeStatus === tsme))
        out.push(r)
    }
    return out
  })

  /** the import errors the filters let through: none under a status filter, matched by name under a search */
  const errors = computed(() => {
    if (state.hnte || state.tsme) return []
    const q = state.search.trim().toLowerCase()
    return (result.value?.errors ?? []).filter((e) => !q || (e.name ?? '').toLowerCase().includes(q))
  })

  return { rows, errors, sortBy }
}
