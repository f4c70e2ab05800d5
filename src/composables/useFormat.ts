// The one formatter (src/format) in the reader's current language. Money is 万元 in zh-CN (元 below 1 万元)
// and CNY in English; ratios are floored, or rounded away from the threshold they are shown beside.
import { useI18n } from 'vue-i18n'
import * as fmt from '@/format'
import type { FigureOptions } from '@/format'

export function messageKey(id: string): string {
  return id.replace(/[.-]/g, '_')
}

export function useFormat() {
  const { locale } = useI18n()
  const l = () => fmt.formatLocale(locale.value)

  return {
    locale: l,
    money: (yuan: number, o?: FigureOptions) => fmt.money(yuan, l(), o),
    /** a shortfall or excess, rounded up */
    moneyGap: (yuan: number) => fmt.moneyGap(yuan, l()),
    percent: (fraction: number, o?: FigureOptions) => fmt.percent(fraction, l(), o),
    /** a difference of two ratios, in percentage points, rounded up */
    points100: (fraction: number) => fmt.percentPoints(fraction, l()),
    persons: (n: number, o?: FigureOptions) => fmt.personsText(n, l(), o),
    days: (n: number, o?: FigureOptions) => fmt.days(n, l(), o),
    points: (n: number, o?: FigureOptions) => fmt.points(n, l(), o),
    /** a score range, "4–70 分"; one value when settled */
    pointsRange: (min: number, max: number) => fmt.pointsRange(min, max, l()),
    number: (n: number, o?: FigureOptions) => fmt.plain(n, o),
    date: (iso: string) => fmt.date(iso, l()),
    bounded: (text: string, bound: fmt.Bound | undefined) => fmt.bounded(text, bound, l()),
  }
}

export type Format = ReturnType<typeof useFormat>
