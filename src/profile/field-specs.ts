// The fields of profile format v1 (src/profile/types.ts) by group, as validation reads them, derived from the
// field table (src/fields). Only known fields ever reach the profile.
import { FIELDS, type FieldDef } from '../fields'
import { checkCreditCode, creditCodeReason } from './credit-code'
import { firmNameProblem } from './firm-name'

export type FieldKind =
  | { t: 'money'; signed?: boolean }
  | { t: 'staff' }
  | { t: 'count' }
  | { t: 'bool' }
  | { t: 'date' }
  | { t: 'enum'; values: readonly string[] }
  /** check returns a zh-CN reason when the text is not acceptable */
  | { t: 'text'; check?: (s: string) => { code: string; message: string } | undefined }

export interface FieldSpec {
  kind: FieldKind
  label: string
  /** the field table's row: bounds, unit */
  def: FieldDef
}
export type GroupSpec = Record<string, FieldSpec>

const money: FieldKind = { t: 'money' }
const staff: FieldKind = { t: 'staff' }
const count: FieldKind = { t: 'count' }
const bool: FieldKind = { t: 'bool' }
const date: FieldKind = { t: 'date' }

function creditCode(s: string) {
  const r = checkCreditCode(s)
  return r.ok ? undefined : { code: 'credit-code', message: creditCodeReason(r) }
}

/** GB/T 4754-2017: a section letter A–T, optionally followed by a 2-digit division (and group/class digits) */
function industry(s: string) {
  return /^[A-T](\d{2}(\d{1,2})?)?$/.test(s)
    ? undefined
    : {
        code: 'industry',
        message: '行业代码应为国民经济行业分类（GB/T 4754-2017）代码，如 “C”、“C33”、“F51”，字母大写',
      }
}

/** 《国家重点支持的高新技术领域》: '1'…'8', '1.2', '1.2.3', or 'none' */
function techField(s: string) {
  return s === 'none' || /^[1-8](\.[1-9]\d?){0,2}$/.test(s)
    ? undefined
    : {
        code: 'tech-field',
        message: '技术领域应为领域编号（如 “1”、“1.2”、“1.2.3”，一级为 1–8），不属于任何领域时填 “none”',
      }
}

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
  if (f.catalogue === 'industry') return { t: 'text', check: industry }
  if (f.catalogue === 'techField') return { t: 'text', check: techField }
  if (f.rule === 'creditCode') return { t: 'text', check: creditCode }
  if (f.rule === 'firmName') return { t: 'text', check: firmNameProblem }
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
