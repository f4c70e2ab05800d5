// What a broken field rule says, in the reader's language: the field's label (with its year), the bound in the
// field's own unit, and how to fix it (catalogue keys fieldRule.*, rendered by the engine's renderer).
// the fieldRule.* texts alone, not the engine's whole catalogue: profile validation runs on the start page
import { parseMessage, renderParts, type EngineLocale } from '../engine/message-parts'
import { money } from '../format'
import en from '../i18n/messages/en/engine/fields'
import zh from '../i18n/messages/zh-CN/engine/fields'
import { fieldLabel } from './labels'
import { renderProblemKey } from './problem-text'
import { quantityText } from './quantity'
import { fieldDef } from './table'
import { ruleCode, type FieldRule } from './rules'
import type { FieldDef } from './types'

function boundText(path: string, bound: number, locale: EngineLocale): string {
  // Chinese readers get the 万元 they type in; English readers the yuan amount
  return locale === 'en' && fieldDef(path)?.kind === 'money' ? money(bound, 'en') : quantityText(path, bound, locale)
}

function key(rule: FieldRule, f: FieldDef): string {
  if (rule.kind === 'number' || rule.kind === 'boolean' || rule.kind === 'string') return `fieldRule.type.${rule.kind}`
  if (rule.kind === 'hundredths') return `fieldRule.decimals.${f.kind === 'money' ? 'money' : 'persons'}`
  return `fieldRule.${ruleCode(rule)}`
}

/** a text rule's own reason for the value, in the reader's language; undefined when the value keeps the rule */
export function textRuleMessage(
  rule: Extract<FieldRule, { kind: 'text' }>,
  v: unknown,
  locale: EngineLocale,
): string | undefined {
  const p = rule.check(String(v))
  return p && renderProblemKey(p, locale)
}

export function ruleMessage(rule: FieldRule, f: FieldDef, path: string, v: unknown, locale: EngineLocale): string {
  const params: Record<string, string | number> = { label: fieldLabel(path, locale) }
  if (rule.kind === 'max' || rule.kind === 'min') params.bound = boundText(path, rule.bound, locale)
  if (rule.kind === 'oneOf') params.values = rule.values.join(locale === 'en' ? ', ' : '、')
  if (rule.kind === 'isoDate') params.value = String(v)
  if (rule.kind === 'text') params.reason = textRuleMessage(rule, v, locale) ?? ''
  const k = key(rule, f)
  const texts: Record<string, string> = locale === 'en' ? en : zh
  const parts = parseMessage(Object.hasOwn(texts, k) ? texts[k]! : k)
  return renderParts(parts, (name) => params[name], locale)
}
