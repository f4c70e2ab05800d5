// One yup schema per step, built from the field table (keyed by DOM id, so no dots reach vee-validate): each
// field's kind gives its yup type, its typed text goes through the one parser in a transform (4800万元, 4,100万,
// ３９００ and ¥120 all read as 万元 amounts), and its rules (src/fields/rules.ts, the list validateProfile runs)
// become the schema's min/max/integer/oneOf/tests, with messages that say how to fix, in the reader's language.
// A blank answer is allowed everywhere: it means "not sure", never 0 or "no". A threshold missed is no error.
import { boolean, mixed, number, object, string, type AnyObject, type ObjectSchema, type Schema } from 'yup'
import type { EngineLocale } from '../engine/messages'
import {
  fieldDef,
  fieldRules,
  ruleCode,
  ruleHolds,
  ruleMessage,
  textRuleMessage,
  type FieldDef,
  type FieldRule,
} from '../fields'
import type { FirmProfile } from '../profile/types'
import { problemInLanguage } from '../profile/problems'
import { validateProfile } from '../profile/validate'
import { parseTyped } from './answers'
import { isTextField } from './fields'
import { fieldDomId, stepOfField, type StepId } from './steps'

export { isTextField }

/** text that does not parse: not of the schema's type, so yup reports it with the parser's message */
const UNPARSED = Symbol('unparsed')

function typed(path: string, value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined
  const r = parseTyped(path, value, 'zh-CN')
  return r.ok ? r.value : UNPARSED
}

function baseSchema(f: FieldDef, path: string, locale: EngineLocale): Schema {
  const parseMessage = ({ originalValue }: { originalValue: unknown }) => {
    const r = parseTyped(path, String(originalValue), locale)
    return r.ok ? '' : r.message
  }
  if (f.kind === 'yesno') return boolean().optional()
  if (f.options)
    return mixed()
      .transform((_: unknown, original: unknown) => typed(path, original))
      .optional()
  if (['money', 'persons', 'count', 'year'].includes(f.kind))
    return number()
      .transform((_: unknown, original: unknown) => {
        const v = typed(path, original)
        return v === UNPARSED ? Number.NaN : v
      })
      .typeError(parseMessage)
      .optional()
  return string()
    .transform((_: unknown, original: unknown) => typed(path, original))
    .typeError(parseMessage)
    .optional()
}

function withRule(s: Schema, rule: FieldRule, f: FieldDef, path: string, locale: EngineLocale): Schema {
  const message = ({ value }: { value: unknown }) =>
    rule.kind === 'text' ? (textRuleMessage(rule, value, locale) ?? '') : ruleMessage(rule, f, path, value, locale)
  if (rule.kind === 'max') return (s as ReturnType<typeof number>).max(rule.bound, message)
  if (rule.kind === 'min') return (s as ReturnType<typeof number>).min(rule.bound, message)
  if (rule.kind === 'integer') return (s as ReturnType<typeof number>).integer(message)
  if (rule.kind === 'oneOf') return (s as ReturnType<typeof mixed>).oneOf([...rule.values, undefined], message)
  // the type rules are the schema's own type; the rest are tests of the parsed value
  if (rule.kind === 'number' || rule.kind === 'string' || rule.kind === 'boolean') return s
  return s.test(ruleCode(rule), message, (v: unknown) => v === undefined || ruleHolds(rule, v))
}

const cache = new Map<string, Schema>()

/** the schema of one answer: its typed text (text inputs) or its chosen value (choices, yes/no, pickers) */
export function fieldSchema(path: string, locale: EngineLocale = 'zh-CN'): Schema {
  const key = `${locale} ${path}`
  let s = cache.get(key)
  if (s) return s
  const f = fieldDef(path)
  s = f
    ? fieldRules(f).reduce((acc, rule) => withRule(acc, rule, f, path, locale), baseSchema(f, path, locale))
    : mixed()
  cache.set(key, s)
  return s
}

export function stepSchema(paths: readonly string[], locale: EngineLocale = 'zh-CN'): ObjectSchema<AnyObject> {
  return object(Object.fromEntries(paths.map((path) => [fieldDomId(path), fieldSchema(path, locale)])))
}

/** contradictions between answers that can be fixed on `step`, by DOM id (first message per field) */
export function crossFieldErrors(step: StepId, profile: FirmProfile, locale = 'zh-CN'): Record<string, string> {
  const r = validateProfile(JSON.parse(JSON.stringify(profile)))
  if (r.ok) return {}
  const out: Record<string, string> = {}
  for (const p of r.problems) {
    const id = fieldDomId(p.path)
    if (stepOfField(p.path) === step && !(id in out)) out[id] = problemInLanguage(p, locale)
  }
  return out
}
