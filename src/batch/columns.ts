// The batch template's columns (docs/batch-template.md), derived from the field table (src/fields): the header is
// the field's short zh-CN label, “(万元)” added for money. A header ending in “(元)” instead is read in yuan.
// Fiscal-year columns carry the absolute year in the header (“2025年销售收入(万元)”): each row uses the years its
// 评估日期 calls for.
import { FIELDS, type FieldDef } from '../fields'

export type CellKind =
  'text' | 'code' | 'date' | 'bool' | 'wan' | 'number' | 'taxCollection' | 'ypn' | 'rating' | 'techField'

export interface Column {
  header: string
  /** dotted profile path; fiscal-year columns use `years.{year}.field` */
  path: string
  kind: CellKind
  /** in the downloadable template (others are accepted too) */
  inTemplate: boolean
}

const CHOICE_CELLS: Record<string, CellKind> = {
  'company.taxCollection': 'taxCollection',
  'ip.advancement': 'rating',
  'ip.coreSupport': 'rating',
}

/** how a field's cell is read and written (src/batch/cells.ts) */
export function cellKind(f: FieldDef): CellKind {
  switch (f.kind) {
    case 'money':
      return 'wan'
    case 'persons':
    case 'count':
    case 'year':
      return 'number'
    case 'yesno':
      return 'bool'
    case 'date':
      return 'date'
    case 'choice':
      return CHOICE_CELLS[f.path] ?? 'ypn'
    case 'catalogue':
      return f.catalogue === 'techField' ? 'techField' : 'code'
    case 'text':
      return f.rule === 'creditCode' ? 'code' : 'text'
  }
}

const column = (f: FieldDef): Column => ({
  header: f.short.zh + (f.kind === 'money' ? '(万元)' : ''),
  path: f.path.replace(/^years\.\*\./, ''),
  kind: cellKind(f),
  inTemplate: f.inTemplate !== false,
})

export const FIRM_COLUMNS: Column[] = FIELDS.filter((f) => !f.path.startsWith('years.')).map(column)

export const ASSESSMENT_DATE_HEADER = FIRM_COLUMNS.find((c) => c.path === 'assessmentDate')!.header

/** per fiscal year: header without the “{year}年” prefix → path below `years.{year}` */
export const YEAR_COLUMNS: Column[] = FIELDS.filter((f) => f.path.startsWith('years.')).map(column)

/** headers compare without spaces and with ASCII parentheses: “研发费用（万元）” = “研发费用(万元)” */
export const normaliseHeader = (h: string): string => h.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')

const BY_HEADER = new Map(FIRM_COLUMNS.map((c) => [normaliseHeader(c.header), c]))
const YEAR_BY_HEADER = new Map(YEAR_COLUMNS.map((c) => [normaliseHeader(c.header), c]))

export interface MatchedColumn extends Column {
  /** the amount is in yuan (a “(元)” header), not 万元 */
  yuan?: boolean
}

function lookup(table: Map<string, Column>, h: string): MatchedColumn | undefined {
  const direct = table.get(h)
  if (direct) return direct
  if (!h.endsWith('(元)')) return undefined
  const wan = table.get(`${h.slice(0, -'(元)'.length)}(万元)`)
  return wan ? { ...wan, yuan: true } : undefined
}

/** the column a header names, or undefined for an unknown column */
export function matchHeader(raw: string): MatchedColumn | undefined {
  const h = normaliseHeader(raw)
  const m = /^(\d{4})年(.+)$/.exec(h)
  if (!m) return lookup(BY_HEADER, h)
  const c = lookup(YEAR_BY_HEADER, m[2]!)
  return c && { ...c, header: raw, path: `years.${m[1]}.${c.path}` }
}
