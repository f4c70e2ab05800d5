// The rules a stored answer must follow, written once per field from its table row (kind, bounds, options, text
// rule). Two readers interpret the same list: validateProfile's plain checker (src/profile/check-value.ts, for
// files and drafts) and the wizard's yup schema per step (src/wizard/schemas.ts, for what is typed). Every rule
// names its problem code and the catalogue message that says how to fix it (fieldRule.<code>, zh-CN and en).
import { isIsoDate } from '../engine/dates'
import { boundsOf } from './bounds'
import { textRuleCheck, type TextProblem } from './text-rules'
import type { FieldDef } from './types'

export type { TextProblem }

export type FieldRule =
  | { kind: 'number' }
  | { kind: 'finite' }
  | { kind: 'boolean' }
  | { kind: 'string' }
  /** not above the bound (too-large) */
  | { kind: 'max'; bound: number }
  /** not below the bound: a bound of 0 reads "not negative" */
  | { kind: 'min'; bound: number }
  | { kind: 'integer' }
  /** at most two decimals in the stored unit: to the fen, or hundredths of a person (annual averages) */
  | { kind: 'hundredths' }
  | { kind: 'isoDate' }
  | { kind: 'oneOf'; values: readonly string[] }
  /** a text rule whose reason depends on the text (credit code check digit, firm name characters, codes) */
  | { kind: 'text'; check: (s: string) => TextProblem | undefined }

/** the problem code a broken rule reports (validateProfile's codes, also the catalogue key fieldRule.<code>) */
export function ruleCode(rule: FieldRule): string {
  switch (rule.kind) {
    case 'number':
    case 'boolean':
    case 'string':
      return 'type'
    case 'finite':
      return 'not-finite'
    case 'max':
      return 'too-large'
    case 'min':
      return rule.bound === 0 ? 'negative' : 'too-small'
    case 'integer':
      return 'not-integer'
    case 'hundredths':
      return 'decimals'
    case 'isoDate':
      return 'date'
    case 'oneOf':
      return 'enum'
    case 'text':
      return 'text'
  }
}

const NUMERIC = new Set<FieldDef['kind']>(['money', 'persons', 'count', 'year'])

/** the rules of one field, in the order they are checked (the first broken one is reported) */
export function fieldRules(f: FieldDef): FieldRule[] {
  if (f.kind === 'yesno') return [{ kind: 'boolean' }]
  // a choice is one of its options, whatever else it is (true for 'A' is an answer outside the list)
  if (f.options) return [{ kind: 'oneOf', values: f.options.map((o) => o.value) }]
  if (!NUMERIC.has(f.kind)) {
    const rules: FieldRule[] = [{ kind: 'string' }]
    if (f.kind === 'date') rules.push({ kind: 'isoDate' })
    const check = textRuleCheck(f)
    if (check) rules.push({ kind: 'text', check })
    return rules
  }
  const b = boundsOf(f)!
  const rules: FieldRule[] = [{ kind: 'number' }, { kind: 'finite' }]
  rules.push({ kind: 'max', bound: b.max }, { kind: 'min', bound: b.min })
  rules.push(f.kind === 'count' || f.kind === 'year' ? { kind: 'integer' } : { kind: 'hundredths' })
  return rules
}

const hasAtMost2Decimals = (v: number): boolean => Number(v.toFixed(2)) === v

/** whether a value of the rule's type keeps the rule (the type rules themselves are checked by typeof) */
export function ruleHolds(rule: FieldRule, v: unknown): boolean {
  switch (rule.kind) {
    case 'number':
      return typeof v === 'number'
    case 'finite':
      return Number.isFinite(v)
    case 'boolean':
      return typeof v === 'boolean'
    case 'string':
      return typeof v === 'string'
    case 'max':
      return (v as number) <= rule.bound
    case 'min':
      return (v as number) >= rule.bound
    case 'integer':
      return Number.isInteger(v)
    case 'hundredths':
      return hasAtMost2Decimals(v as number)
    case 'isoDate':
      return isIsoDate(v)
    case 'oneOf':
      return rule.values.includes(v as string)
    case 'text':
      return rule.check(v as string) === undefined
  }
}
