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

type Rules = Record<string, [value: string, rule: Rule]>

/** the checks, each returning how to fix a wrong value */
function checks(m: T, today: string) {
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
  /** a name in at least one of the two languages */
  const named =
    (other: string, key: string): Rule =>
    (v) =>
      v.trim() || other.trim() ? long(LIMITS.name)(v) : m(key)
  const twice = (date: string) => m('dateTwice', { date })
  return { long, date, checked, count, year, phone, named, twice }
}
type Checks = ReturnType<typeof checks>

function departmentRules(f: SettingsForm, c: Checks): Rules {
  const out: Rules = {}
  for (const d of f.departments) {
    const p = `dept-${d.id}`
    out[`${p}-name`] = [d.name, c.named(d.nameEn, 'departmentRequired')]
    out[`${p}-name-en`] = [d.nameEn, c.long(LIMITS.name)]
    out[`${p}-handles`] = [d.handles, c.long(LIMITS.duties)]
    out[`${p}-handles-en`] = [d.handlesEn, c.long(LIMITS.duties)]
    out[`${p}-phone`] = [d.phone, c.phone]
    out[`${p}-address`] = [d.address, c.long(LIMITS.address)]
  }
  const dates = f.batches.map((b) => b.date.trim())
  for (const b of f.batches) {
    const twice = dates.indexOf(b.date.trim()) !== dates.lastIndexOf(b.date.trim())
    out[`batch-${b.key}-date`] = [b.date, (v) => c.date(true)(v) ?? (twice ? c.twice(v.trim()) : null)]
    out[`batch-${b.key}-checked`] = [b.checkedOn, c.checked]
    out[`batch-${b.key}-source`] = [b.source, c.long(LIMITS.source)]
  }
  return out
}

function windowRules(f: SettingsForm, m: T, c: Checks): Rules {
  const out: Rules = {}
  const years = f.windows.map((w) => w.year.trim())
  for (const w of f.windows) {
    const y = w.year.trim()
    const twice = years.indexOf(y) !== years.lastIndexOf(y)
    const from = w.from.trim()
    out[`window-${w.key}-year`] = [
      w.year,
      (v) => (!v.trim() ? m('yearRequired') : (c.year(v) ?? (twice ? m('yearTwice', { year: y }) : null))),
    ]
    out[`window-${w.key}-from`] = [
      w.from,
      (v) => c.date(true)(v) ?? (/^\d{4}$/.test(y) && !from.startsWith(y) ? m('fromYear', { year: y }) : null),
    ]
    out[`window-${w.key}-to`] = [
      w.to,
      (v) => c.date(true)(v) ?? (isIsoDate(from) && v.trim() < from ? m('toBeforeFrom', { from, to: v.trim() }) : null),
    ]
    out[`window-${w.key}-checked`] = [w.checkedOn, c.checked]
    out[`window-${w.key}-source`] = [w.source, c.long(LIMITS.source)]
  }
  return out
}

/** every input's typed text and its check, by DOM id, in the page's order (the error summary lists them so) */
export function settingsRules(f: SettingsForm, t: T, today: string): Rules {
  const m: T = (key, params) => t(`helpdesk.settings.check.${key}`, params)
  const c = checks(m, today)
  return {
    'settings-staff': [f.staffName, c.long(LIMITS.name)],
    'settings-date': [f.defaultDate, c.date(false)],
    'settings-county': [f.name, c.named(f.nameEn, 'countyRequired')],
    'settings-county-en': [f.nameEn, c.long(LIMITS.name)],
    'settings-province': [f.province, c.long(LIMITS.name)],
    'settings-province-en': [f.provinceEn, c.long(LIMITS.name)],
    ...departmentRules(f, c),
    ...windowRules(f, m, c),
    'settings-hnte-target': [f.hnteCount, c.count],
    'settings-tsme-target': [f.techSmeCount, c.count],
    'settings-target-year': [f.targetYear, c.year],
    'settings-target-source': [f.targetSource, c.long(LIMITS.source)],
    'settings-target-source-en': [f.targetSourceEn, c.long(LIMITS.source)],
  }
}

export function settingsSchema(rules: Rules): ObjectSchema<AnyObject> {
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

export const settingsValues = (rules: Rules): Record<string, string> =>
  Object.fromEntries(Object.entries(rules).map(([id, [value]]) => [id, value]))
