// Engine messages in both languages. Their texts live in the one catalogue (src/i18n/messages/<locale>/engine/,
// pure data that vue-i18n loads too); msg() renders zh-CN for the CLI and the printed record, and the UI renders
// the same key and params in the reader's language.
// A placeholder `{name:yuan}` formats a yuan amount for the reader with the one money formatter (src/format).
import { money, moneyGap } from '../format'
import { engineCatalogue as en } from '../i18n/messages/en/engine'
import { engineCatalogue as zh } from '../i18n/messages/zh-CN/engine'
import type { Catalogue } from '../i18n/tree'
import type { Message } from './types'

export type { Catalogue }
export type EngineLocale = 'zh-CN' | 'en'

export const catalogues: Record<EngineLocale, Catalogue> = { 'zh-CN': zh, en }

/** the text of a message key in one language, or undefined for a key the catalogue lacks */
export const messageText = (key: string, locale: EngineLocale = 'zh-CN'): string | undefined =>
  Object.hasOwn(catalogues[locale], key) ? catalogues[locale][key] : undefined

/** placeholders that carry a shortfall, or an amount just over a limit: rounded up, so that closing the stated
 * gap is enough and "over the limit" never reads as the limit itself */
const GAP_PARAMS = new Set(['gap', 'over'])

/** a message cut into text and placeholders: '还差 {n} 人（{gap:yuan}）' → ['还差 ', {name:'n'}, ' 人（', {name:'gap', kind:'yuan'}, '）'] */
export type MessagePart = string | { name: string; kind?: 'yuan' }

const PLACEHOLDER = /\{(\w+)(?::(yuan))?\}/g

export function parseMessage(template: string): MessagePart[] {
  const parts: MessagePart[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index))
    parts.push(m[2] ? { name: m[1]!, kind: 'yuan' } : { name: m[1]! })
    last = m.index + m[0].length
  }
  if (last < template.length) parts.push(template.slice(last))
  return parts
}

/**
 * The one renderer of every message, the engine's and the interface's (src/i18n/compile.ts): a value the
 * lookup does not have stays visible as `{name}`; a `{name:yuan}` number goes through the one money formatter.
 */
export function renderParts(
  parts: readonly MessagePart[],
  value: (name: string) => unknown,
  locale: EngineLocale,
): string {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p
      continue
    }
    const v = value(p.name)
    if (v === undefined) out += p.kind ? `{${p.name}:${p.kind}}` : `{${p.name}}`
    else if (p.kind !== 'yuan' || typeof v !== 'number') out += String(v)
    else out += GAP_PARAMS.has(p.name) ? moneyGap(v, locale) : money(v, locale)
  }
  return out
}

/** templates are few and rendered often: each is cut into parts once */
const parsed = new Map<string, MessagePart[]>()

function partsOf(template: string): MessagePart[] {
  let parts = parsed.get(template)
  if (!parts) parsed.set(template, (parts = parseMessage(template)))
  return parts
}

export function render(template: string, params: Message['params'] = {}, locale: EngineLocale = 'zh-CN'): string {
  return renderParts(partsOf(template), (k) => (k in params ? params[k] : undefined), locale)
}

/** rendered texts, by message: kept outside the object so that it stays {key, params} for deep equality */
const rendered = new WeakMap<object, string>()

/**
 * A message whose zh-CN text is rendered only when read (most are never printed: the UI renders its own). A class
 * rather than an object literal with a getter, which V8 builds ~10× slower (issue #11): `text` lives on the
 * prototype, so JSON goes through toJSON, and a message sent to a worker must first go through plainMessage().
 */
class LazyMessage implements Message {
  readonly key: string
  readonly params?: Message['params']
  constructor(key: string, params: Message['params'] | undefined) {
    this.key = key
    if (params) this.params = params
  }
  get text(): string {
    let text = rendered.get(this)
    if (text === undefined) {
      text = render(messageText(this.key) ?? this.key, this.params)
      rendered.set(this, text)
    }
    return text
  }
  toJSON(): Message {
    return plainMessage(this)
  }
}

/** the message as plain data, text rendered: for structuredClone and postMessage, which skip prototype getters */
export function plainMessage(m: Message): Message {
  return m.params ? { key: m.key, params: m.params, text: m.text } : { key: m.key, text: m.text }
}

export function msg(key: string, params?: Message['params']): Message {
  return new LazyMessage(key, params)
}
