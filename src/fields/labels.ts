// Labels from the field table, for every screen that names an answer: results, sheet, planner, review, CSV.
// Fiscal-year paths carry their year: 'years.2025.salesRevenue' → "2025年 销售收入" / "2025 Sales revenue".
import { fieldDef, fieldYear } from './table'
import type { Answerer, FieldDef, Text } from './types'

export type LabelForm = 'label' | 'short'

const pick = (t: Text, locale: string): string => (locale.startsWith('en') ? t.en : t.zh)

/** a note to the one answering at the end of a question's label ("（如有）", "(if any)"): it belongs beside the
 *  input, not in a message that names the question ("高新技术企业证书发证日期（如有）不是有效日期" misreads) */
const ANSWERING_NOTE = /\s*(?:（如有）|\((?:if any|if ever)\))$/

/** the name of a profile path's question in the interface language, as every screen and message quotes it (no
 *  note to the one answering); an unknown path is returned as it is */
export function fieldLabel(path: string, locale: string, form: LabelForm = 'label'): string {
  // a fiscal-year field may be named without its year ('salesRevenue', 'rd.inHouse') for a table's row heading
  const f = fieldDef(path) ?? fieldDef(`years.*.${path}`)
  if (!f) return path
  const text = pick(form === 'short' ? f.short : f.label, locale).replace(ANSWERING_NOTE, '')
  const year = fieldYear(path)
  if (year === undefined) return text
  return locale.startsWith('en') ? `${year} ${text}` : `${year}年 ${text}`
}

/** the help text of a field, if it has one */
export const fieldHelp = (path: string, locale: string): string | undefined => {
  const help = fieldDef(path)?.help
  return help && pick(help, locale)
}

/** the label of one answer of a choice field ('ip.advancement', 'A') */
export function optionLabel(path: string, value: string, locale: string): string {
  const o = fieldDef(path)?.options?.find((x) => x.value === value)
  return o ? pick(o.label, locale) : value
}

export const ANSWERERS: Record<Answerer, Text> = {
  manager: { zh: '企业负责人', en: 'Managing director' },
  finance: { zh: '财务负责人', en: 'Head of finance' },
  tech: { zh: '技术负责人', en: 'Head of technology' },
  hr: { zh: '人事负责人', en: 'Head of HR' },
}

/** who in the firm should answer the field at `path` */
export const answererLabel = (f: FieldDef, locale: string): string => pick(ANSWERERS[f.answerer], locale)
