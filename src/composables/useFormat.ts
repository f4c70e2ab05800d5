// Numbers, money and dates for the results, formatted with Intl in the current locale.
// Money is shown in 万元 (the unit of Chinese forms) in zh-CN and in yuan in English.
import { useI18n } from 'vue-i18n'

const YUAN_PER_WAN = 10_000

export function messageKey(id: string): string {
  return id.replace(/[.-]/g, '_')
}

function isoToUtc(iso: string): Date {
  return new Date(iso + 'T00:00:00Z')
}

export function useFormat() {
  const { locale, t } = useI18n()
  const tag = () => (locale.value.startsWith('en') ? 'en' : 'zh-CN')
  const fixed2 = (n: number) =>
    new Intl.NumberFormat(tag(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)
  const upTo2 = (n: number) => new Intl.NumberFormat(tag(), { maximumFractionDigits: 2 }).format(n)

  return {
    money(yuan: number): string {
      if (tag() === 'en') return t('results.units.money', { n: fixed2(yuan) })
      // an amount that would read "0.00 万元" but is not zero (a gap of one fen) is given in 元
      if (yuan !== 0 && Math.abs(yuan) < YUAN_PER_WAN / 200) return t('results.units.yuan', { n: fixed2(yuan) })
      return t('results.units.money', { n: fixed2(yuan / YUAN_PER_WAN) })
    },
    percent: (fraction: number) =>
      new Intl.NumberFormat(tag(), { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        fraction,
      ),
    /** a difference of two ratios, in percentage points */
    points100: (fraction: number) => t('results.units.pp', { n: fixed2(fraction * 100) }),
    persons: (n: number) => t('results.units.persons', { n: upTo2(n) }),
    days: (n: number) => t('results.units.days', { n: upTo2(n) }),
    points: (n: number) => t('results.units.points', { n: upTo2(n) }),
    number: upTo2,
    date: (iso: string) =>
      new Intl.DateTimeFormat(tag(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
        isoToUtc(iso),
      ),
  }
}

export type Format = ReturnType<typeof useFormat>
