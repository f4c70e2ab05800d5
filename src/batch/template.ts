// The downloadable batch template: Chinese headers with the fiscal years of an assessment date written into the
// year columns, and two example rows. docs/batch-template.md documents every column.
import { yearOf } from '../engine/dates'
import type { FirmProfile } from '../profile/types'
import { writeCell } from './cells'
import { FIRM_COLUMNS, YEAR_COLUMNS, type Column } from './columns'
import { writeCsv } from './csv'
import { EXAMPLE_FIRMS } from './template-examples'

/** the template's columns for an assessment date: firm columns, then each of its three fiscal years */
export function templateColumns(assessmentDate: string, all = false): Column[] {
  const y = yearOf(assessmentDate)
  const years = [y - 3, y - 2, y - 1]
  const firm = FIRM_COLUMNS.filter((c) => all || c.inTemplate)
  const perYear = years.flatMap((fy) =>
    YEAR_COLUMNS.filter((c) => all || c.inTemplate).map((c) => ({
      ...c,
      header: `${fy}年${c.header}`,
      path: `years.${fy}.${c.path}`,
    })),
  )
  return [...firm, ...perYear]
}

function valueAt(p: FirmProfile, path: string): unknown {
  const parts = path.split('.')
  if (parts[0] === 'years') {
    const y = p.years.find((fy) => fy.year === Number(parts[1]))
    return parts.slice(2).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], y)
  }
  return parts.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], p)
}

/** one spreadsheet row for a profile, in the given columns */
export function profileToCells(p: FirmProfile, columns: readonly Column[]): string[] {
  return columns.map((c) => writeCell(c.kind, valueAt(p, c.path)))
}

/** the template as CSV text (UTF-8 with a BOM, so that Excel opens it correctly), with the two example rows */
export function templateCsv(assessmentDate: string): string {
  const columns = templateColumns(assessmentDate)
  const rows = EXAMPLE_FIRMS(assessmentDate).map((p) => profileToCells(p, columns))
  return writeCsv([columns.map((c) => c.header), ...rows], { bom: true })
}
