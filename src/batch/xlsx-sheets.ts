// The workbooks the helpdesk offers: the batch template (its two example rows, drop-down lists for the
// yes/no and collection-method columns) and the triage export. Money stays in 万元 as in the CSV, as numbers.
import type { CellKind, Column } from './columns'
import { EXAMPLE_FIRMS } from './template-examples'
import { profileToCells, templateColumns } from './template'
import type { SheetCell, SheetColumn, SheetSpec } from './xlsx-write'

/** the words a drop-down offers per cell kind (the reader accepts more spellings than these) */
const LISTS: Partial<Record<CellKind, readonly string[]>> = {
  bool: ['是', '否'],
  taxCollection: ['查账征收', '核定征收'],
  ypn: ['是', '部分', '否'],
  rating: ['A', 'B', 'C', 'D', 'E'],
}

const NUMERIC = new Set<CellKind>(['wan', 'number'])

/** a template cell as the workbook holds it: amounts and counts as numbers, the rest as text */
export function typedCell(kind: CellKind, text: string): SheetCell {
  if (text === '') return undefined
  return NUMERIC.has(kind) ? Number(text) : text
}

export function sheetColumn(c: Column): SheetColumn {
  const list = LISTS[c.kind]
  return {
    header: c.header,
    ...(c.kind === 'wan' ? { numFmt: '0.00####' } : {}),
    ...(list ? { list } : {}),
  }
}

export function templateSheet(assessmentDate: string): SheetSpec {
  const columns = templateColumns(assessmentDate)
  const rows = EXAMPLE_FIRMS(assessmentDate).map((p) =>
    profileToCells(p, columns).map((text, i) => typedCell(columns[i]!.kind, text)),
  )
  return { name: '企业名单', columns: columns.map(sheetColumn), rows }
}
