// The interface language, kept on this device (innocheck:lang) and reflected in <html lang>.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { KEYS } from './persistence'

export function readLocale(): Locale {
  try {
    const v = window.localStorage.getItem(KEYS.lang)
    return isLocale(v) ? v : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function writeLocale(locale: Locale): void {
  document.documentElement.lang = locale
  try {
    window.localStorage.setItem(KEYS.lang, locale)
  } catch {
    // storage unavailable: the choice lasts for this page only, as the storage warning already says
  }
}
