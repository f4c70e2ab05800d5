// Every question of the wizard by profile path: the input kind and options, read from the field table
// (src/fields). Year fields are written with '*' for the year: 'years.*.salesRevenue'.
import { fieldDef, FIELDS, fieldShape, fieldYear, type FieldDef } from '../fields'
import { OPTION_SETS } from '../fields/options'

export { fieldShape, fieldYear }

export type FieldKind =
  | 'text'
  | 'creditCode'
  | 'date'
  | 'money'
  | 'persons'
  | 'count'
  | 'year'
  | 'taxYear'
  | 'yesno'
  | 'choice'
  | 'industry'
  | 'techField'

export interface FieldSpec {
  kind: FieldKind
  /** choice only: the stored values, labelled by option.<optionSet>.<value> */
  options?: readonly string[]
  optionSet?: string
  /** money only: negative amounts make sense (net assets, a loss) */
  allowNegative?: boolean
}

function inputKind(f: FieldDef): FieldKind {
  if (f.input) return f.input
  if (f.kind === 'catalogue') return f.catalogue ?? 'industry'
  if (f.kind === 'text') return f.rule === 'creditCode' ? 'creditCode' : 'text'
  return f.kind
}

function specOf(f: FieldDef): FieldSpec {
  const spec: FieldSpec = { kind: inputKind(f) }
  if (f.options) {
    spec.options = f.options.map((o) => o.value)
    spec.optionSet = Object.entries(OPTION_SETS).find(([, set]) => set === f.options)?.[0]
  }
  if (f.signed) spec.allowNegative = true
  return spec
}

export const FIELD_SPECS: Record<string, FieldSpec> = Object.fromEntries(
  FIELDS.filter((f) => f.path !== 'assessmentDate').map((f) => [f.path, specOf(f)]),
)

export function fieldSpec(path: string): FieldSpec | undefined {
  const f = fieldDef(path)
  return f && f.path !== 'assessmentDate' ? FIELD_SPECS[f.path] : undefined
}

/** the i18n key of a field's label: 'field.company.name', 'field.years.rd.inHouse' (no year in keys) */
export function labelKey(path: string): string {
  return 'field.' + fieldShape(path).replace('.*.', '.')
}

export function hintKey(path: string): string {
  return 'hint.' + fieldShape(path).replace('.*.', '.')
}

const TEXT_KINDS = new Set<string>(['text', 'creditCode', 'date', 'money', 'persons', 'count', 'year'])

/** a path the wizard has a text input for (here, not in schemas.ts: the draft store needs it without yup) */
export const isTextField = (path: string): boolean =>
  path === 'assessmentDate' || TEXT_KINDS.has(fieldSpec(path)?.kind ?? '')
