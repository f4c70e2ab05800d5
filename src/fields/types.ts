// The shape of one row of the field table (src/fields/table.ts): everything the app knows about one answer of
// the profile format, so that adding a question is a one-row change.
import type { FirmProfile, FiscalYearData } from '../profile/types'

/** every leaf of T as a dotted path ('company.name'); arrays and the typed-text map are not answers */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[]
    ? never
    : NonNullable<T[K]> extends object
      ? Leaves<NonNullable<T[K]>, `${P}${K}.`>
      : `${P}${K}`
}[keyof T & string]

/** every answer of FirmProfile, fiscal-year fields with '*' for the year ('years.*.rd.inHouse'); the sheet's notes
 * box, the typed texts and the tax answers' year are kept with the firm but are no answers */
export type FieldPath =
  | Leaves<Omit<FirmProfile, 'format' | 'version' | 'years' | 'typedTexts' | 'notes' | 'taxAnswersYear'>>
  | `years.*.${Leaves<Omit<FiscalYearData, 'year'>>}`

/** the wizard step that asks a field (the step list itself is src/wizard/steps.ts) */
export type FieldStep =
  'start' | 'company' | 'staff' | 'finance' | 'rd' | 'ip' | 'transformation' | 'compliance' | 'tax'

/**
 * money: stored in yuan, typed and shown in 万元; persons: annual averages (2 decimals); count: whole items;
 * year: a calendar year; catalogue: a code picked from a list; text: free text with an optional rule.
 */
export type FieldKind = 'money' | 'persons' | 'count' | 'year' | 'date' | 'yesno' | 'choice' | 'catalogue' | 'text'

export interface Text {
  zh: string
  en: string
}

/** who in the firm can answer: shown beside the question and in the glossary */
export type Answerer = 'manager' | 'finance' | 'tech' | 'hr'

export interface ChoiceOption {
  value: string
  label: Text
  /** the spelling in a batch CSV cell */
  cell: string
}

export interface FieldDef {
  path: FieldPath
  step: FieldStep
  kind: FieldKind
  /** fiscal-year fields: asked for each fiscal year, or for the last one only */
  years?: 'each' | 'last'
  /** the one label (wizard, review, results, sheet, planner) */
  label: Text
  /** the short form for table columns; its zh-CN text is also the batch CSV header */
  short: Text
  help?: Text
  /** bounds in the stored unit (yuan, persons, items, year); defaults by kind in bounds.ts */
  min?: number
  max?: number
  /** money: a negative amount makes sense (net assets, a loss) */
  signed?: boolean
  options?: readonly ChoiceOption[]
  catalogue?: 'industry' | 'techField'
  /** a year offered as a choice between the assessment year (estimate) and the year before (汇算清缴) */
  input?: 'taxYear'
  /** text: the rule the text must follow */
  rule?: 'firmName' | 'creditCode'
  /** a yes/no question ("有无…") that answers 无 for every fiscal year at once by writing zeros */
  none?: Text
  answerer: Answerer
  /** the legal term (法定术语) and the document and article that defines it */
  term: string
  source: string
  /**
   * a cross-check: this figure can never exceed the answer at `path` (of the same fiscal year for a per-year
   * field), and why the definitions make it so; a contradiction is shown at this field and no verdict uses either
   */
  notAbove?: { path: FieldPath; why: Text }
  /** false: the batch template leaves the column out (it is still read when present) */
  inTemplate?: false
}
