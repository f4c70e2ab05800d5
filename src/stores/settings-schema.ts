// The settings form's checks as one yup schema over the typed texts, keyed by each input's DOM id (so the error
// summary links to the field). Every message says how to fix the value.
import { object, string, type AnyObject, type ObjectSchema } from 'yup'
import { isIsoDate } from '../engine/dates'
import { LIMITS } from '../locality/read'
import type { SettingsForm } from './settings-form'

type T = (key: string, params?: Record<string, unknown>) => string
/** a message when the value is wrong, else null */
type Rule = (v: string) => string | null

const PHONE = /^[0-9+\-()（）\s转分机ext.,，、;；/]*$/i

export function settingsRules(f: SettingsForm, t: T, today: string): Record<string, [string, Rule]> {
  const m = (key: string, params?: Record<string, unknown>) => t(`helpdesk.settings.check.${key}`, params)
  const long =
    (max: number): Rule =>
    (v) =>
      v.trim().length > max ? m('tooLong', { max }) : null
  const date =
    (required: boolean): Rule =>
    (v) =>
      !v.trim() ? (required ? m('dateRequired') : null) : isIsoDate(v.trim()) ? null : m('badDate', { value: v.trim() })
  const checked: Rule = (v) =>
    date(false)(v) ?? (v.trim() > today ? m('checkedFuture', { value: v.trim(), today }) : null)
  const count: Rule = (v) => (!v.trim() || /^\d+$/.test(v.trim()) ? null : m('badCount'))
  const year: Rule = (v) => (!v.trim() || /^(19|20|21)\d{2}$/.test(v.trim()) ? null : m('badYear'))
  const phone: Rule = (v) =>
    long(LIMITS.phone)(v) ?? (PHONE.test(v.trim()) && (!v.trim() || /\d{3}/.test(v)) ? null : m('badPhone'))
  const named =
    (other: string, key: string): Rule =>
    (v) =>
      v.trim() || other.trim() ? long(LIMITS.name)(v) : m(key)
  const out: Record<string, [string, Rule]> = {
    'settings-staff': [f.staffName, long(LIMITS.name)],
    'settings-date': [f.defaultDate, date(false)],
    'settings-county': [f.name, named(f.nameEn, 'countyRequired')],
    'settings-county-en': [f.nameEn, long(LIMITS.name)],
    'settings-province': [f.province, long(LIMITS.name)],
    'settings-province-en': [f.provinceEn, long(LIMITS.name)],
  }
  for (const d of f.departments) {
    const p = `dept-${d.id}`
    out[`${p}-name`] = [d.name, named(d.nameEn, 'departmentRequired')]
    out[`${p}-name-en`] = [d.nameEn, long(LIMITS.name)]
    out[`${p}-handles`] = [d.handles, long(LIMITS.duties)]
    out[`${p}-handles-en`] = [d.handlesEn, long(LIMITS.duties)]
    out[`${p}-phone`] = [d.phone, phone]
    out[`${p}-address`] = [d.address, long(LIMITS.address)]
  }
  for (const b of f.batches) {
    out[`batch-${b.key}-date`] = [b.date, date(true)]
    out[`batch-${b.key}-checked`] = [b.checkedOn, checked]
    out[`batch-${b.key}-source`] = [b.source, long(LIMITS.source)]
  }
  Object.assign(out, windowRules(f, m, { date, checked, year, long }))
  // in the page's order, so the error summary lists them top to bottom
  Object.assign(out, {
    'settings-hnte-target': [f.hnteCount, count],
    'settings-tsme-target': [f.techSmeCount, count],
    'settings-target-year': [f.targetYear, year],
    'settings-target-source': [f.targetSource, long(LIMITS.source)],
    'settings-target-source-en': [f.targetSourceEn, long(LIMITS.source)],
  })
  return out
}

interface Rules {
  date: (required: boolean) => Rule
  checked: Rule
  year: Rule
  long: (max: number) => Rule
}

function windowRules(f: SettingsForm, m: T, r: Rules): Record<string, [string, Rule]> {
  const out: Record<string, [string, Rule]> = {}
  const years = f.windows.map((w) => w.year.trim())
  for (const w of f.windows) {
    const y = w.year.trim()
    const twice = years.indexOf(y) !== years.lastIndexOf(y)
    const from = w.from.trim()
    out[`window-${w.key}-year`] = [
      w.year,
      (v) => (!v.trim() ? m('yearRequired') : (r.year(v) ?? (twice ? m('yearTwice', { year: y }) : null))),
    ]
    out[`window-${w.key}-from`] = [
      w.from,
      (v) => r.date(true)(v) ?? (/^\d{4}$/.test(y) && !from.startsWith(y) ? m('fromYear', { year: y }) : null),
    ]
    out[`window-${w.key}-to`] = [
      w.to,
      (v) => r.date(true)(v) ?? (isIsoDate(from) && v.trim() < from ? m('toBeforeFrom', { from, to: v.trim() }) : null),
    ]
    out[`window-${w.key}-checked`] = [w.checkedOn, r.checked]
    out[`window-${w.key}-source`] = [w.source, r.long(LIMITS.source)]
  }
  return out
}

export function settingsSchema(rules: Record<string, [string, Rule]>): ObjectSchema<AnyObject> {
  const shape = Object.fromEntries(
    Object.entries(rules).map(([id, [, rule]]) => [
      id,
      string().test('settings', '', function (value) {
        const message = rule(value ?? '')
        return message === null || this.createError({ message })
      }),
    ]),
  )
  return object(shape)
}

export const settingsValues = (rules: Record<string, [string, Rule]>): Record<string, string> =>
  Object.fromEntries(Object.entries(rules).map(([id, [value]]) => [id, value]))
