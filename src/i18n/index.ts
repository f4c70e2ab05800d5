// vue-i18n (Composition API). Every file under messages/<locale>/ is merged in, so a feature adds its own file
// (results.ts, …) without touching this one. Message keys never contain dots: they are paths.
import { createI18n, type Composer, type DefineLocaleMessage } from 'vue-i18n'
import { messageCompiler } from './compile'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

type MessageModule = { default: DefineLocaleMessage }
const zhModules = import.meta.glob<MessageModule>('./messages/zh-CN/*.ts', { eager: true })
// English is loaded when first chosen: it is not in the first page's download (issue #3 size budget)
const enLoaders = import.meta.glob<MessageModule>('./messages/en/*.ts')

const merge = (mods: MessageModule[]): DefineLocaleMessage => Object.assign({}, ...mods.map((m) => m.default))

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v)

/** the Intl locale for numbers and dates */
export const intlLocale = (l: string): string => (l === 'en' ? 'en-US' : 'zh-CN')

export function createAppI18n(locale: Locale = DEFAULT_LOCALE) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messageCompiler,
    messages: { 'zh-CN': merge(Object.values(zhModules)) } as Record<string, DefineLocaleMessage>,
  })
}

type LocaleTarget = Pick<Composer, 'locale' | 'setLocaleMessage' | 'availableLocales'>

/** makes `locale` the interface language, loading its messages first when they are not there yet */
export async function setLocale(target: LocaleTarget, locale: Locale): Promise<void> {
  if (locale === 'en' && !target.availableLocales.includes('en')) {
    target.setLocaleMessage('en', merge(await Promise.all(Object.values(enLoaders).map((load) => load()))))
  }
  target.locale.value = locale
}
