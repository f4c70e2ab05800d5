// Numbers and dates for display, with Intl in the interface language (zh-CN / en-US).
import { yuanToWanText } from './parse-number'

/** yuan shown in 万元 with at least 2 decimals (more only when the amount has them, down to the fen) */
export function formatWan(yuan: number, locale: string): string {
  const text = yuanToWanText(yuan)
  const decimals = (text.split('.')[1] ?? '').length
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: Math.max(2, decimals),
  }).format(Number(text))
}

export const formatNumber = (n: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n)

export const formatIsoDate = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
