// The field table: every answer of the profile format, once. Types, validation, the wizard, the review page,
// labels on results/sheet/planner, the batch CSV columns and docs/glossary.md are all derived from it.
import { companyRows } from './rows-company'
import { financeRows } from './rows-finance'
import { ipRows } from './rows-ip'
import { rdRows } from './rows-rd'
import { complianceRows, taxRows } from './rows-tax'
import { fieldShape } from './shape'
import type { FieldDef, FieldPath } from './types'

const ROWS = [...companyRows, ...financeRows, ...rdRows, ...ipRows, ...complianceRows, ...taxRows] as const

/** the table, in the order the wizard asks */
export const FIELDS: readonly FieldDef[] = ROWS

// The table and FirmProfile cannot drift: a profile field without a row, or a row without a profile field,
// is a type error here (rows are typed FieldPath, so a row naming no profile field fails where it is written).
type Missing = Exclude<FieldPath, (typeof ROWS)[number]['path']>
const complete: [Missing] extends [never] ? true : { missingRowFor: Missing } = true
void complete

const BY_PATH = new Map<string, FieldDef>(FIELDS.map((f) => [f.path, f]))

export { fieldShape }

/** the row of a profile path (years by number or '*'), or undefined for a path that is no answer */
export const fieldDef = (path: string): FieldDef | undefined => BY_PATH.get(fieldShape(path))

/** the year of a fiscal-year path, or undefined */
export function fieldYear(path: string): number | undefined {
  const m = /^years\.(\d+)\./.exec(path)
  return m ? Number(m[1]) : undefined
}

export const fieldsOfStep = (step: FieldDef['step']): FieldDef[] => FIELDS.filter((f) => f.step === step)
