// vue-i18n (Composition API). Every file under messages/<locale>/ is merged in, so a feature adds its own file
// (results.ts, …) without touching this one. Message keys are paths; engine.ts holds the engine's messages, the
// same modules the engine's renderer reads (src/engine/messages.ts), so there is one catalogue and one key space.
// This entry has every Chinese message at once (tests, tools); the app itself starts from locales.ts with the
// start page's messages only and loads the rest after the first paint.
import type { DefineLocaleMessage } from 'vue-i18n'
import { createI18nWith, merge, type Locale, type MessageModule } from './locales'

export { LOCALES, DEFAULT_LOCALE, isLocale, intlLocale, setLocale, loadCatalogue, type Locale } from './locales'

const zhModules = import.meta.glob<MessageModule>('./messages/zh-CN/*.ts', { eager: true })

/** every Chinese message */
export const zhCatalogue = (): DefineLocaleMessage => merge(Object.values(zhModules))

export function createAppI18n(locale?: Locale) {
  return createI18nWith(zhCatalogue(), locale)
}
