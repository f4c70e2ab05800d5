// What a broken field rule says, in the reader's language: the field's label (with its year), the bound in the
// field's own unit, and how to fix it (catalogue keys fieldRule.*, rendered by the engine's renderer).
// the fieldRule.* texts alone, not the engine's whole catalogue: profile validation runs on the start page
import { parseMessage, renderParts, type EngineLocale } from '../engine/message-parts'
import { money } from '../format'
import en from '../i18n/messages/en/engine/fields'
import zh from '../i18n/messages/zh-CN/engine/fields'
import { fieldLabel } from './labels'
import { renderProblemKey, type ProblemKey, type ProblemParams } from './problem-text'
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

/**
 * A broken rule as a catalogue key and params in both languages: a param whose words differ by language has its
 * English form beside it as `{name}En` (label, bound, values). The batch import keeps this and renders it in the
 * reader's language (src/batch/issues.ts); ruleMessage renders it at once.
 */
export function ruleProblem(rule: FieldRule, f: FieldDef, path: string, v: unknown): ProblemKey {
  const params: ProblemParams = { label: fieldLabel(path, 'zh-CN'), labelEn: fieldLabel(path, 'en') }
  if (rule.kind === 'max' || rule.kind === 'min') {
    params.bound = boundText(path, rule.bound, 'zh-CN')
    params.boundEn = boundText(path, rule.bound, 'en')
  }
  if (rule.kind === 'oneOf') {
    params.values = rule.values.join('、')
    params.valuesEn = rule.values.join(', ')
  }
  if (rule.kind === 'isoDate') params.value = String(v)
  if (rule.kind === 'text') {
    params.reason = textRuleMessage(rule, v, 'zh-CN') ?? ''
    params.reasonEn = textRuleMessage(rule, v, 'en') ?? ''
  }
  return { key: key(rule, f), params }
}

/** the params of a problem for one language: each `{name}En` stands in for `{name}` in English */
export function paramsIn(params: ProblemParams | undefined, locale: EngineLocale): ProblemParams {
  if (!params || locale !== 'en') return params ?? {}
  const out: ProblemParams = { ...params }
  for (const [k, v] of Object.entries(params)) if (k.endsWith('En')) out[k.slice(0, -2)] = v
  return out
}

/** a fields-catalogue problem (fieldRule.*, crossCheck.*) rendered in one language, `{name}En` params in English */
export function renderFieldProblem(p: ProblemKey, locale: EngineLocale): string {
  const texts: Record<string, string> = locale === 'en' ? en : zh
  const params = paramsIn(p.params, locale)
  return renderParts(parseMessage(Object.hasOwn(texts, p.key) ? texts[p.key]! : p.key), (n) => params[n], locale)
}

export function ruleMessage(rule: FieldRule, f: FieldDef, path: string, v: unknown, locale: EngineLocale): string {
  const p = ruleProblem(rule, f, path, v)
  const texts: Record<string, string> = locale === 'en' ? en : zh
  const parts = parseMessage(Object.hasOwn(texts, p.key) ? texts[p.key]! : p.key)
  const params = paramsIn(p.params, locale)
  return renderParts(parts, (name) => params[name], locale)
}
