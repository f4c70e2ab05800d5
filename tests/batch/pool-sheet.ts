// The reserve pool the pool tests triage: 40 firms of the template, named 企业0…企业39, and a reader of its rows
// that counts how many it has handed out (what back-pressure must hold back).
import { templateColumns, profileToCells } from '../../src/batch/template'
import { firm } from '../planner/fixtures'

export const DATE = '2026-11-26'
export const COLUMNS = templateColumns(DATE)
export const HEADER = COLUMNS.map((c) => c.header)

/** 40 firms, each named by its place; with `badEvery5th`, every 5th (from the third) has sales that do not read */
export function records(badEvery5th = false): string[][] {
  const name = COLUMNS.findIndex((c) => c.path === 'company.name')
  const sales = COLUMNS.findIndex((c) => c.header === '2025年销售收入(万元)')
  return Array.from({ length: 40 }, (_, i) => {
    const cells = profileToCells(firm(), COLUMNS)
    cells[name] = `企业${i}`
    if (badEvery5th && i % 5 === 2) cells[sales] = '约300万'
    return cells
  })
}

/** the sheet's rows as a workbook reader yields them (header first), and how many firm rows it has read so far */
export function countedRows(all: string[][]) {
  const count = { read: 0 }
  async function* rows() {
    yield { number: 1, cells: HEADER }
    for (const [i, cells] of all.entries()) {
      count.read++
      yield { number: i + 2, cells }
    }
  }
  return { rows, count }
}
