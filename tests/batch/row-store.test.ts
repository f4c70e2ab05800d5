// The page keeps a province's triage rows as columns (src/batch/row-codec.ts, row-store.ts): every row read back
// equals the row triaged (gaps and paths with their amounts, years and decimals exactly as worded), the export
// from the store is the export from the rows, and the repeated parts are held once.
import { describe, expect, it } from 'vitest'
import { triageCsv, triageRow, type TriageRow } from '../../src/batch/triage'
import { encodeRows, SLOT } from '../../src/batch/row-codec'
import { RowStore, rowsOf } from '../../src/batch/row-store'
import { triageToCsv } from '../../src/batch/export'
import { sheet } from '../../scripts/bench-data'
import { firm } from '../planner/fixtures'

/** a path of each lever (R&D 56.78万, high-tech income 6,159,999.83 yuan, 3 hires), a date gap, a firm with no
 *  sheet row, then 300 generated firms (point gaps, 万元 gaps, checks named in words) */
function rows(): TriageRow[] {
  const staff = firm([800_000, 1_000_000, 1_960_000], (x) => (x.staff = { total: 100, scienceTech: 8 }))
  const hitech = firm([800_000, 1_000_000, 1_960_000], (x) => (x.years[2]!.hiTechIncome = 10_000_000.05))
  const young = firm(undefined, (p) => (p.company.registeredOn = '2026-03-01'))
  return [
    triageRow(firm(), {}, 2),
    triageRow(hitech, {}, 3),
    triageRow(staff, {}, 4),
    triageRow(young, {}, 5),
    triageRow(firm()),
    ...triageCsv(sheet(300)).rows.map((r) => ({ ...r, row: r.row! + 4 })),
  ]
}

const all = rows()

describe('RowStore', () => {
  it('gives back every row as triaged, paths and gaps with their amounts', () => {
    const store = RowStore.fromRows(all)
    expect(store.length).toBe(all.length)
    expect([...rowsOf(store)]).toEqual(all)
    expect(store.at(0)!.cheapestPath?.text).toBe(
      '2026 年研发费用增加 56.78 万元（计入 2027 年申报的 2024–2026 年研发费用合计）',
    )
    expect(store.at(1)!.cheapestPath?.amount).toBe(6_159_999.83)
    expect(store.at(4)).not.toHaveProperty('row')
    expect([store.at(-1), store.at(all.length)]).toEqual([undefined, undefined])
  })

  it('takes parts as a worker sends them (structured clone), numbering their rows after the parts before', () => {
    // a part's rows are numbered from 2 within the part; the pool says how many records came before it
    const part = (from: number, to: number, before: number) =>
      structuredClone(encodeRows(all.slice(from, to).map((r) => ({ ...r, row: r.row! - before }))))
    const store = new RowStore()
    store.append(part(0, 4, 0), 0)
    store.append(part(5, 100, 4), 4)
    store.append(part(100, all.length, 99), 99)
    expect([...rowsOf(store)]).toEqual(all.filter((r) => r.row !== undefined))
    expect(store.keys().inRowOrder).toBe(true)
  })

  it('exports exactly what the rows export', () => {
    expect(triageToCsv(RowStore.fromRows(all))).toBe(triageToCsv(all))
  })

  it('keeps the gap’s words for the sort, and the name itself where it has no capitals to lower', () => {
    const store = RowStore.fromRows(all)
    const k = store.keys()
    all.forEach((r, i) => expect(k.gapText(i)).toBe(r.largestGap?.message.text ?? ''))
    expect(k.lower[0]).toBe(k.name[0])
    expect(RowStore.fromRows([{ ...all[0]!, name: 'ABC 公司' }]).keys().lower[0]).toBe('abc 公司')
  })

  it('notices rows out of sheet order', () => {
    expect(RowStore.fromRows([all[1]!, all[0]!]).keys().inRowOrder).toBe(false)
  })
})

describe('encodeRows', () => {
  it('holds what rows repeat once per part, and per firm only its name, code and the digits of its gap and path', () => {
    const c = encodeRows(all)
    // 305 firms: 3 dates, a few dozen blocking lists, first steps and gap wordings
    expect(c.texts.length).toBeLessThan(all.length / 3)
    expect(c.digits.every((d) => /^[\d,]*$/.test(d))).toBe(true)
    expect(c.digits[0]).toMatch(/26,60/)
    expect(c.texts.filter((t) => t.includes(SLOT)).every((t) => !/\d/.test(t))).toBe(true)
  })
})
