// The fields of profile format v1 (src/profile/types.ts) by group, as validation reads them, derived from the
// field table (src/fields). Only known fields ever reach the profile.
import { FIELDS, type FieldDef } from '../fields'

export type FieldKind =
  | { t: 'money'; signed?: boolean }
  | { t: 'staff' }
  | { t: 'count' }
  | { t: 'bool' }
  | { t: 'date' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'text' }

export interface FieldSpec {
  kind: FieldKind
  label: string
  /** the field table's row: its rules (src/fields/rules.ts) are what validation checks */
  def: FieldDef
}
export type GroupSpec = Record<string, FieldSpec>

const money: FieldKind = { t: 'money' }
const staff: FieldKind = { t: 'staff' }
const count: FieldKind = { t: 'count' }
const bool: FieldKind = { t: 'bool' }
const date: FieldKind = { t: 'date' }

const KINDS: Record<FieldDef['kind'], FieldKind> = {
  money: money,
  persons: staff,
  count: count,
  year: count,
  date: date,
  yesno: bool,
  choice: { t: 'enum', values: [] }, // replaced by the field's own options in kindOf
  catalogue: { t: 'text' },
  text: { t: 'text' },
}

function kindOf(f: FieldDef): FieldKind {
  if (f.kind === 'money' && f.signed) return { t: 'money', signed: true }
  if (f.options) return { t: 'enum', values: f.options.map((o) => o.value) }
  return KINDS[f.kind]
}

/** the fields of one group, from the field table: 'company' → { name: …, creditCode: … } */
function group(prefix: string): GroupSpec {
  const out: GroupSpec = {}
  for (const f of FIELDS) {
    if (!f.path.startsWith(prefix) || f.path.slice(prefix.length).includes('.')) continue
    out[f.path.slice(prefix.length)] = { kind: kindOf(f), label: f.label.zh, def: f }
  }
  return out
}

export const yearSpec = group('years.*.')
export const rdSpec = group('years.*.rd.')
export const rdTaxSpec = group('years.*.rdTax.')

/** top-level `transformations` (科技成果转化 count over the fiscal years used) */
export const transformationsSpec: FieldSpec = group('')['transformations']!

/** the group objects every profile has (issue #2 §2.1) */
export const groupSpecs = {
  company: group('company.'),
  staff: group('staff.'),
  ip: group('ip.'),
  rdManagement: group('rdManagement.'),
  record: group('record.'),
  credentials: group('credentials.'),
  tax: group('tax.'),
} as const
