// Engine messages in both languages. Rules register their catalogues at load; msg() renders zh-CN for the
// CLI and the printed record, and the UI renders the same key and params in the reader's language.
// A placeholder `{name:yuan}` formats a yuan amount for the reader with the one money formatter (src/format).
import { money, moneyGap } from '../format'
import type { Message } from './types'

export type Catalogue = Record<string, string>
export type EngineLocale = 'zh-CN' | 'en'

export const catalogues: Record<EngineLocale, Catalogue> = { 'zh-CN': {}, en: {} }

export function defineMessages(zh: Catalogue, en: Catalogue): void {
  Object.assign(catalogues['zh-CN'], zh)
  Object.assign(catalogues.en, en)
}

/** placeholders that carry a shortfall, or an amount just over a limit: rounded up, so that closing the stated
 * gap is enough and "over the limit" never reads as the limit itself */
const GAP_PARAMS = new Set(['gap', 'over'])

export function render(template: string, params: Message['params'] = {}, locale: EngineLocale = 'zh-CN'): string {
  return template.replace(/\{(\w+)(?::(yuan))?\}/g, (m, k: string, kind?: string) => {
    if (!(k in params)) return m
    const v = params[k]
    if (kind !== 'yuan' || typeof v !== 'number') return String(v)
    return GAP_PARAMS.has(k) ? moneyGap(v, locale) : money(v, locale)
  })
}

/** a message whose zh-CN text is rendered only when read (most are never printed: the UI renders its own) */
export function msg(key: string, params?: Message['params']): Message {
  let text: string | undefined
  return {
    key,
    ...(params ? { params } : {}),
    get text() {
      return (text ??= render(catalogues['zh-CN'][key] ?? key, params))
    },
  }
}
