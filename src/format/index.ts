// The one formatter for figures a reader sees: money, ratios, persons, days, points and dates, in zh-CN or
// English. Pure TS (no Vue, no DOM): the engine's message renderer, the results, the sheet, the planner and
// the CSV/xlsx exports all call it, so one amount reads the same everywhere.
//
// Money, one rule: Chinese readers get 万元 with two decimals (the unit of Chinese forms), except a non-zero
// amount under 1 万元, which is given in 元 with two decimals, so it never reads "0.00 万元" or loses half its
// size to rounding (60 元 is "60.00 元", never "0.01 万元"). English readers get CNY with two decimals.
// Ratios never cross a threshold by rounding: pass `against` and the figure is rounded away from it.
import { awayFrom, decimalsFor, fixed, scaled, type Rounding } from './decimal'

export { fixed, type Rounding } from './decimal'
export type FormatLocale = 'zh-CN' | 'en'
export type Bound = 'at-least' | 'at-most'

export interface FigureOptions {
  /** how to round to the shown precision; default half-up (money), floor (ratios, never overstated) */
  rounding?: Rounding
  /** the threshold this figure is shown beside: rounding goes away from it (overrides `rounding`) */
  against?: number
  /** for a threshold: the figure it is shown beside, so both get the same number of digits */
  beside?: number
  /** the figure is built from partly-answered amounts: "至少"/"at least", "至多"/"at most" */
  bound?: Bound
}

const YUAN_PER_WAN = 10_000

/** 'en-US', 'en' → 'en'; anything else → 'zh-CN' */
export function formatLocale(locale: string): FormatLocale {
  return locale.startsWith('en') ? 'en' : 'zh-CN'
}

const BOUND_WORDS: Record<FormatLocale, Record<Bound, string>> = {
  'zh-CN': { 'at-least': '至少 ', 'at-most': '至多 ' },
  en: { 'at-least': 'at least ', 'at-most': 'at most ' },
}

/** "至少 26.60 万元" / "at least CNY 266,000.00" */
export function bounded(text: string, bound: Bound | undefined, locale: FormatLocale): string {
  return bound ? BOUND_WORDS[locale][bound] + text : text
}

function rounding(value: number, o: FigureOptions, fallback: Rounding): Rounding {
  return o.against !== undefined ? awayFrom(value, o.against) : (o.rounding ?? fallback)
}

/** whether a yuan amount is shown in 元 rather than 万元 for a Chinese reader (the one rule) */
export function inYuanUnit(yuan: number): boolean {
  return yuan !== 0 && Math.abs(yuan) < YUAN_PER_WAN
}

/** yuan → "1,234.57 万元" / "5,000.00 元" / "CNY 12,345,678.90" */
export function money(yuan: number, locale: FormatLocale, o: FigureOptions = {}): string {
  const r = rounding(yuan, o, 'half-up')
  if (locale === 'en') return bounded(`CNY ${fixed(yuan, 2, r)}`, o.bound, locale)
  const text = inYuanUnit(yuan) ? `${fixed(yuan, 2, r)} 元` : `${fixed(yuan / YUAN_PER_WAN, 2, r)} 万元`
  return bounded(text, o.bound, locale)
}

/** a shortfall or an excess: rounded up, so that closing the stated gap is always enough */
export function moneyGap(yuan: number, locale: FormatLocale): string {
  return money(yuan, locale, { rounding: 'ceil' })
}

/** yuan as a bare number of 万元, to the fen, for a spreadsheet cell whose header names the unit */
export function wanNumber(yuan: number): number {
  return scaled(yuan, 2, 'half-up') / 1_000_000
}

/** a fraction as a percentage: 0.0499999 → "4.99%"; beside a threshold, with enough digits to tell them apart */
export function percent(fraction: number, locale: FormatLocale, o: FigureOptions = {}): string {
  const pct = fraction * 100
  const against = o.against === undefined ? undefined : o.against * 100
  const d =
    against !== undefined
      ? decimalsFor(pct, against, 2, 6)
      : o.beside !== undefined
        ? decimalsFor(o.beside * 100, pct, 2, 6)
        : 2
  return bounded(`${fixed(pct, d, rounding(pct, { ...o, against }, 'floor'))}%`, o.bound, locale)
}

/** a difference of two ratios in percentage points, rounded up (a gap) */
export function percentPoints(fraction: number, locale: FormatLocale): string {
  const n = fixed(fraction * 100, 2, 'ceil')
  return locale === 'en' ? `${n} percentage points` : `${n} 个百分点`
}

function counted(n: number, locale: FormatLocale, o: FigureOptions, zh: string, en: [string, string]): string {
  const text = fixed(n, 2, rounding(n, o, 'half-up'), true)
  const unit = locale === 'en' ? ` ${text === '1' ? en[0] : en[1]}` : ` ${zh}`
  return bounded(text + unit, o.bound, locale)
}

/** staff (annual averages may have decimals): "12.5 人" / "1 person" */
export const personsText = (n: number, locale: FormatLocale, o: FigureOptions = {}): string =>
  counted(n, locale, o, '人', ['person', 'persons'])

export const days = (n: number, locale: FormatLocale, o: FigureOptions = {}): string =>
  counted(n, locale, o, '天', ['day', 'days'])

/** score points: "71 分" / "1 point" */
export const points = (n: number, locale: FormatLocale, o: FigureOptions = {}): string =>
  counted(n, locale, o, '分', ['point', 'points'])

/**
 * a score known only as a range: "4–70 分" / "4–70 points"; one value when min = max. The ends are rounded
 * outward, so the range shown always holds the true one (issue #8 §7: never the lower end alone beside a verdict)
 */
export function pointsRange(min: number, max: number, locale: FormatLocale): string {
  if (min === max) return points(min, locale)
  const text = `${fixed(min, 2, 'floor', true)}–${fixed(max, 2, 'ceil', true)}`
  return locale === 'en' ? `${text} points` : `${text} 分`
}

/** a plain number, up to two decimals, grouped: "1,234.5" */
export const plain = (n: number, o: FigureOptions = {}): string => fixed(n, 2, rounding(n, o, 'half-up'), true)

const MONTHS = 'January February March April May June July August September October November December'.split(' ')

/** 'YYYY-MM-DD' → "2026年11月30日" / "30 November 2026" (calendar date, no time zone involved) */
export function date(iso: string, locale: FormatLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return locale === 'en' ? `${d} ${MONTHS[mo - 1] ?? mo} ${y}` : `${y}年${mo}月${d}日`
}
