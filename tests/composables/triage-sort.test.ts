// The triage table's orders (src/composables/triage-sort.ts) and the rows shown (triage-rows.ts): orders worked
// out by hand from the collation (pinyin), the status ranks and the costs; a long list sorted in slices
// gives the same order as at once, and the table keeps its old order until the new one is ready.
import { describe, it, expect, vi } from 'vitest'
import { nextTick, reactive, shallowRef } from 'vue'
import type { TriageResult, TriageRow } from '@/batch'
import { rowsOf as all, type RowList } from '@/batch/row-store'
import type { ProgramStatus } from '@/engine/types'
import { sortOrder, sortOrderSliced, type SortKey } from '@/composables/triage-sort'
import { SORT_AT_ONCE, useTriageRows, type TableState } from '@/composables/triage-rows'

function row(n: number, name: string, hnte: ProgramStatus = 'ineligible', max = 50, cost?: number): TriageRow {
  return {
    row: n,
    name,
    creditCode: '',
    assessmentDate: '2026-11-26',
    hnteStatus: hnte,
    hnteScore: { min: max, max },
    tsmeStatus: 'eligible',
    tsmeScore: { min: 60, max: 60 },
    tsmeDirectPass: false,
    blockedBy: [],
    ...(cost === undefined ? {} : { cheapestPath: { lever: 'extraRdYuan', amount: 1, cost, text: '' } }),
  }
}
/** the rows a list shows (the table's list rebuilds them from its columns) */
const listed = (list: RowList): TriageRow[] => [...all(list)]
const rowsOf = (rows: readonly TriageRow[], order: Uint32Array) => [...order].map((i) => rows[i]!.row)

describe('sortOrder', () => {
  it('orders names by their pinyin (阿 a, 北 b, 张 z), not by code point', () => {
    const rows = [row(2, '张家口公司'), row(3, '阿克苏公司'), row(4, '北京公司')]
    expect(rowsOf(rows, sortOrder(rows, 'name'))).toEqual([3, 4, 2])
  })

  it('orders statuses eligible, borderline, incomplete, ineligible; a higher score first; ties in sheet order', () => {
    const rows = [
      row(2, 'a', 'ineligible', 70),
      row(3, 'b', 'incomplete', 40),
      row(4, 'c', 'eligible', 75),
      row(5, 'd', 'ineligible', 80),
      row(6, 'e', 'borderline', 68),
      row(7, 'f', 'ineligible', 70),
    ]
    expect(rowsOf(rows, sortOrder(rows, 'hnte'))).toEqual([4, 6, 3, 5, 2, 7])
  })

  it('puts the cheapest path first and firms without a path last, equal costs in row order', () => {
    const rows = [row(2, 'a'), row(3, 'b', 'ineligible', 50, 300), row(4, 'c', 'ineligible', 50, 100), row(5, 'd')]
    rows.push(row(6, 'e', 'ineligible', 50, 100))
    expect(rowsOf(rows, sortOrder(rows, 'path'))).toEqual([4, 6, 3, 2, 5])
  })

  it('gives the same order in slices as at once (3,001 rows, a pause at every chance)', async () => {
    const rows = Array.from({ length: 3001 }, (_, i) => row(i + 2, `企业${(i * 7919) % 3001}`, 'eligible', i % 7))
    for (const key of ['name', 'hnte'] as SortKey[])
      expect([...(await sortOrderSliced(rows, key, 0))]).toEqual([...sortOrder(rows, key)])
  })
})

describe('useTriageRows', () => {
  const table = (rows: TriageRow[]) => {
    const result = shallowRef<TriageResult | undefined>(undefined)
    const state = reactive<TableState>({
      search: '',
      hnte: '',
      tsme: '',
      sort: { key: 'row', dir: 'ascending' },
      sorting: '',
    })
    const view = useTriageRows(result, state)
    result.value = { rows, errors: [], unknownColumns: [], sheetProblems: [] }
    return { state, ...view }
  }

  it('reads an order backwards for descending, and filters by name and status in that order', async () => {
    const t = table([row(2, '张家口公司', 'eligible'), row(3, '阿克苏公司'), row(4, '北京公司', 'eligible')])
    await nextTick()
    t.sortBy('name')
    t.sortBy('name')
    expect(t.state.sort).toEqual({ key: 'name', dir: 'descending' })
    expect(listed(t.rows.value).map((r) => r.row)).toEqual([2, 4, 3])
    t.state.hnte = 'eligible'
    expect(listed(t.rows.value).map((r) => r.row)).toEqual([2, 4])
    t.state.search = '北京'
    expect(listed(t.rows.value).map((r) => r.row)).toEqual([4])
  })

  it('keeps a long list in its order, marked as sorting, until the new order is ready', async () => {
    const n = SORT_AT_ONCE + 1
    const t = table(Array.from({ length: n }, (_, i) => row(i + 2, `企业${n - i}`)))
    await nextTick()
    t.sortBy('name')
    expect(t.state.sorting).toBe('name')
    expect(t.state.sort.key).toBe('row')
    expect(t.rows.value.at(0)!.row).toBe(2)
    await vi.waitFor(() => expect(t.state.sort.key).toBe('name'), { timeout: 10_000 })
    expect(t.state.sorting).toBe('')
    const names = listed(t.rows.value).map((r) => r.name)
    expect(names.slice(0, 3)).toEqual(['企业1', '企业10', '企业100'])
  })

  it('shows, for every filter and search, the rows a plain filter of the rows gives, with their row numbers', async () => {
    const statuses: ProgramStatus[] = ['eligible', 'borderline', 'incomplete', 'ineligible']
    const rows = Array.from({ length: 300 }, (_, i) => ({
      ...row(i + 2, `企业${(i * 37) % 300}号Ab`, statuses[i % 4], i % 11),
      tsmeStatus: statuses[(i >> 2) % 4]!,
    }))
    const t = table(rows)
    await nextTick()
    // unsorted and unfiltered: the result's own list
    expect(t.rows.value).toBe(rows)
    for (const [hnte, tsme, search] of [
      ['eligible', '', ''],
      ['', 'ineligible', '1'],
      ['borderline', 'incomplete', 'ab'],
      ['', '', '企业2'],
    ] as const) {
      Object.assign(t.state, { hnte, tsme, search })
      const want = rows.filter(
        (r) =>
          (!hnte || r.hnteStatus === hnte) &&
          (!tsme || r.tsmeStatus === tsme) &&
          r.name.toLowerCase().includes(search.toLowerCase()),
      )
      expect(want.length).toBeGreaterThan(0)
      expect(listed(t.rows.value)).toEqual(want)
      expect([...t.rowNumbers.value]).toEqual(want.map((r) => r.row))
    }
    t.sortBy('hnte')
    t.sortBy('hnte')
    expect(listed(t.rows.value).map((r) => r.row)).toEqual(
      [...sortOrder(rows, 'hnte')]
        .reverse()
        .map((i) => rows[i]!)
        .filter((r) => r.name.toLowerCase().includes('企业2'))
        .map((r) => r.row),
    )
  })
})
