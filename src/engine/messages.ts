// Engine messages in both languages. Rules register their catalogues at load; msg() renders zh-CN for the
// CLI and the printed record, and the UI renders the same key and params in the reader's language.
// A placeholder `{name:yuan}` formats a yuan amount for the reader: 万元 in Chinese, yuan in English.
import type { Message } from './types'

export type Catalogue = Record<string, string>
export type EngineLocale = 'zh-CN' | 'en'

export const catalogues: Record<EngineLocale, Catalogue> = { 'zh-CN': {}, en: {} }

export function defineMessages(zh: Catalogue, en: Catalogue): void {
  Object.assign(catalogues['zh-CN'], zh)
  Object.assign(catalogues.en, en)
}

/** 1234567.8 → '1,234,567.80' (half-up to 2 decimals, from the integer fen so no float drift shows) */
export function groupedDecimal(value: number): string {
  const negative = value < 0
  const hundredths = Math.round(Math.abs(value) * 100)
  const int = Math.floor(hundredths / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}${int}.${String(hundredths % 100).padStart(2, '0')}`
}

/** a yuan amount for a sentence: 万元 in Chinese (元 below 100 yuan, so a small gap never reads 0.00), yuan in English */
export function formatYuan(yuan: number, locale: EngineLocale): string {
  if (locale === 'en') return `${groupedDecimal(yuan)} yuan`
  return Math.abs(yuan) < 100 ? `${groupedDecimal(yuan)} 元` : `${groupedDecimal(yuan / 10_000)} 万元`
}

export function render(template: string, params: Message['params'] = {}, locale: EngineLocale = 'zh-CN'): string {
  return template.replace(/\{(\w+)(?::(yuan))?\}/g, (m, k: string, kind?: string) => {
    if (!(k in params)) return m
    const v = params[k]
    return kind === 'yuan' && typeof v === 'number' ? formatYuan(v, locale) : String(v)
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
