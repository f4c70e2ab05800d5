// Typed text ↔ profile value for the text-like inputs (numbers, dates, names, credit codes): the one parser of
// each kind reads the text, then the field's rules (src/fields/rules.ts: the same list validateProfile and the
// step's yup schema run) decide whether the value may go into the profile. The text itself is never rewritten.
import { fieldDef, fieldRules, renderProblemKey, ruleHolds, ruleMessage, textRuleMessage } from '../fields'
import type { EngineLocale } from '../engine/messages'
import { fieldSpec } from './fields'
import { parseDate } from './parse-date'
import { parseNumber, toHalfWidth, yuanToWanText } from './parse-number'
import type { AnswerValue } from './profile-path'

export type Interpretation = { ok: true; value: AnswerValue } | { ok: false; message: string }

const NUMBER_KINDS = new Set(['money', 'persons', 'count', 'year'])

/** what typed text stands for, by the parser of the field's kind (no rule applied yet); empty = not answered.
 * A failure's message is in `locale` (the page's language: no default, so no caller gets Chinese unasked). */
export function parseTyped(path: string, text: string, locale: EngineLocale): Interpretation {
  const kind = fieldSpec(path)?.kind ?? (path === 'assessmentDate' ? 'date' : 'text')
  if (NUMBER_KINDS.has(kind)) {
    // the sign is the rules' business (a field's lower bound), so that it is said once, with the field's name
    const r = parseNumber(text, kind === 'year' ? 'count' : (kind as 'money'), { allowNegative: true })
    return r.ok
      ? { ok: true, value: r.empty ? undefined : r.value }
      : { ok: false, message: renderProblemKey(r, locale) }
  }
  if (kind === 'date') {
    const r = parseDate(text)
    return r.ok
      ? { ok: true, value: r.empty ? undefined : r.value }
      : { ok: false, message: renderProblemKey(r, locale) }
  }
  const s = kind === 'creditCode' ? toHalfWidth(text).toUpperCase() : text.trim()
  return { ok: true, value: s === '' ? undefined : s }
}

/** the message of the first rule of the field that the value breaks, or undefined */
export function brokenRule(path: string, value: unknown, locale: EngineLocale): string | undefined {
  const f = fieldDef(path)
  if (!f || value === undefined) return undefined
  const rule = fieldRules(f).find((r) => !ruleHolds(r, value))
  if (!rule) return undefined
  return rule.kind === 'text' ? textRuleMessage(rule, value, locale) : ruleMessage(rule, f, path, value, locale)
}

/** what a piece of typed text means for the field at `path`; empty text = not sure (undefined) */
export function interpret(path: string, text: string, locale: EngineLocale): Interpretation {
  const r = parseTyped(path, text, locale)
  if (!r.ok) return r
  const bad = brokenRule(path, r.value, locale)
  return bad ? { ok: false, message: bad } : r
}

/** the text an input shows for a stored value (money in 万元) */
export function valueText(path: string, value: AnswerValue): string {
  if (value === undefined) return ''
  if (typeof value === 'number' && fieldSpec(path)?.kind === 'money') return yuanToWanText(value)
  return String(value)
}
