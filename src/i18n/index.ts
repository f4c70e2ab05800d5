// vue-i18n (Composition API). Every file under messages/<locale>/ is merged in, so a feature adds its own file
// (results.ts, …) without touching this one. Message keys never contain dots: they are paths.
import { createI18n, type DefineLocaleMessage } from 'vue-i18n'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

type MessageModule = { default: DefineLocaleMessage }
const zhModules = import.meta.glob<MessageModule>('./messages/zh-CN/*.ts', { eager: true })
const enModules = import.meta.glob<MessageModule>('./messages/en/*.ts', { eager: true })

const merge = (mods: Record<string, MessageModule>): DefineLocaleMessage =>
  Object.assign({}, ...Object.values(mods).map((m) => m.default))

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v)

/** the Intl locale for numbers and dates */
export const intlLocale = (l: string): string => (l === 'en' ? 'en-US' : 'zh-CN')

export function createAppI18n(locale: Locale = DEFAULT_LOCALE) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { 'zh-CN': merge(zhModules), en: merge(enModules) } as Record<string, DefineLocaleMessage>,
  })
}
