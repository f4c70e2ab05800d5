// Engine messages in both languages. Their texts live in the one catalogue (src/i18n/messages/<locale>/engine/,
// pure data that vue-i18n loads too); msg() renders zh-CN for the CLI and the printed record, and the UI renders
// the same key and params in the reader's language.
// A placeholder `{name:yuan}` formats a yuan amount for the reader with the one money formatter (src/format).
import { engineCatalogue as en } from '../i18n/messages/en/engine'
import { engineCatalogue as zh } from '../i18n/messages/zh-CN/engine'
import type { Catalogue } from '../i18n/tree'
import { parseMessage, renderParts, type EngineLocale, type MessagePart } from './message-parts'
import type { Message } from './types'

export type { Catalogue, EngineLocale, MessagePart }
export { parseMessage, renderParts }

export const catalogues: Record<EngineLocale, Catalogue> = { 'zh-CN': zh, en }

/** the text of a message key in one language, or undefined for a key the catalogue lacks */
export const messageText = (key: string, locale: EngineLocale = 'zh-CN'): string | undefined =>
  Object.hasOwn(catalogues[locale], key) ? catalogues[locale][key] : undefined

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
