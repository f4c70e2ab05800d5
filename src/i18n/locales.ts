// The languages and how their messages load. The app starts with only the start page's Chinese messages (built
// into main.ts by vite.config.ts); the full catalogue loads after the first paint (loadCatalogue) and before any
// other page opens. English loads when first chosen. Tests use index.ts, which has every message at once.
import { createI18n, type Composer, type DefineLocaleMessage } from 'vue-i18n'
import { messageCompiler } from './compile'
import { mergeTrees, type Tree } from './tree'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

export type MessageModule = { default: DefineLocaleMessage }
const zhLoaders = import.meta.glob<MessageModule>('./messages/zh-CN/*.ts')
const enLoaders = import.meta.glob<MessageModule>('./messages/en/*.ts')

/** one language's modules as one tree (the interface's `planner` and the engine's `planner.reason` side by side) */
export const merge = (mods: MessageModule[]): DefineLocaleMessage =>
  mergeTrees(mods.map((m) => m.default as Tree)) as DefineLocaleMessage

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v)

/** the Intl locale for numbers and dates */
export const intlLocale = (l: string): string => (l === 'en' ? 'en-US' : 'zh-CN')

/** an i18n instance with the given Chinese messages (all of them, or the start page's) */
export function createI18nWith(zh: DefineLocaleMessage, locale: Locale = DEFAULT_LOCALE) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messageCompiler,
    messages: { 'zh-CN': zh } as Record<string, DefineLocaleMessage>,
  })
}

type LocaleTarget = Pick<Composer, 'locale' | 'setLocaleMessage' | 'availableLocales'>

const loadAll = (loaders: Record<string, () => Promise<MessageModule>>) =>
  Promise.all(Object.values(loaders).map((load) => load())).then(merge)

let zhFull: Promise<DefineLocaleMessage> | undefined
/** the whole Chinese catalogue in place of the start page's part (once; later calls share the promise) */
export function loadCatalogue(target: Pick<Composer, 'setLocaleMessage'>): Promise<void> {
  zhFull ??= loadAll(zhLoaders)
  return zhFull.then((m) => target.setLocaleMessage('zh-CN', m))
}

/** makes `locale` the interface language, loading its messages first when they are not there yet */
export async function setLocale(target: LocaleTarget, locale: Locale): Promise<void> {
  if (locale === 'en' && !target.availableLocales.includes('en'))
    target.setLocaleMessage('en', await loadAll(enLoaders))
  target.locale.value = locale
}
