// A locality's names in the page's language: the English form where there is one, else the Chinese one as typed
// (a bureau may type a name in one language only; it is shown as typed rather than guessed).
import type { Checked, Department, Locality, LocalityTargets } from './types'

export const inLanguage = (zh: string, en: string | undefined, locale: string): string =>
  locale === 'en' && en?.trim() ? en.trim() : zh

export const countyName = (l: Locality, locale: string): string => inLanguage(l.name, l.nameEn, locale)
export const provinceName = (l: Locality, locale: string): string => inLanguage(l.province, l.provinceEn, locale)
/** “霸州市（河北省）”, “Bazhou, Hebei Province”; '' for a locality without a county */
export function placeName(l: Locality, locale: string): string {
  const county = countyName(l, locale)
  const province = provinceName(l, locale)
  if (!county || !province) return county
  return locale === 'en' ? `${county}, ${province}` : `${county}（${province}）`
}
export const departmentName = (d: Department, locale: string): string => inLanguage(d.name, d.nameEn, locale)
export const departmentDuties = (d: Department, locale: string): string => inLanguage(d.handles, d.handlesEn, locale)
export const targetSource = (t: LocalityTargets, locale: string): string =>
  inLanguage(t.source ?? '', t.sourceEn, locale)

/** the role departments first, then the ones the bureau added */
export const allDepartments = (l: Locality): Department[] => [
  ...Object.values(l.departments),
  ...(l.otherDepartments ?? []),
]

/**
 * where and when the bureau read a checklist date that comes from its settings: an HNTE item's batch deadline, a
 * tech-SME item's window close (a later reader of the sheet can judge the date); none for any other date
 */
export function dateChecked(l: Locality, itemId: string, date: string | undefined): Checked | undefined {
  if (!date) return undefined
  const program = /^(?:apply|fix|answer)\.(hnte|tsme)\b/.exec(itemId)?.[1]
  const c =
    program === 'hnte'
      ? l.hnteBatchChecked?.[date]
      : program === 'tsme'
        ? Object.values(l.techSmeWindows).find((w) => w.to === date)
        : undefined
  return c?.checkedOn || c?.source ? { checkedOn: c.checkedOn, source: c.source } : undefined
}
