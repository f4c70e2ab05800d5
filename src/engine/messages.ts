// Engine messages in both languages. Rules register their catalogues at load; msg() renders zh-CN for the
// CLI and the printed record, and the UI renders the same key and params through vue-i18n.
import type { Message } from './types'

export type Catalogue = Record<string, string>

export const catalogues: { 'zh-CN': Catalogue; en: Catalogue } = { 'zh-CN': {}, en: {} }

export function defineMessages(zh: Catalogue, en: Catalogue): void {
  Object.assign(catalogues['zh-CN'], zh)
  Object.assign(catalogues.en, en)
}

export function render(template: string, params: Message['params'] = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))
}

export function msg(key: string, params?: Message['params']): Message {
  const template = catalogues['zh-CN'][key] ?? key
  return params ? { key, params, text: render(template, params) } : { key, text: render(template) }
}
