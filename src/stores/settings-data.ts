// The settings kept on this device (innocheck:settings): read defensively (the JSON may be old or hand-edited),
// and the locality they produce. Earlier versions kept only phones, addresses, batch dates and two targets on top
// of 霸州市: those are read into the whole locality the page now edits, so nothing saved before is lost.
import { isIsoDate } from '../engine/dates'
import { DEPARTMENT_ROLES, localityFrom, localitySettings, type LocalitySettings } from '../locality/edit'
import { readLocalitySettings } from '../locality/read'
import type { DepartmentRole, Locality } from '../locality/types'

export type DepartmentId = DepartmentRole
export const DEPARTMENT_IDS = DEPARTMENT_ROLES

export interface SettingsData {
  staffName: string
  /** the assessment date for new firms; '' = the day the firm is created */
  defaultDate: string
  /** the locality as the bureau set it; absent: the default (霸州市) as shipped */
  locality?: LocalitySettings
}

/** what earlier versions kept (settings and locality files of version 1) */
export interface LegacyLocality {
  phones?: Partial<Record<DepartmentId, string>>
  addresses?: Partial<Record<DepartmentId, string>>
  hnteDeadlines?: string[]
  targets?: { hnteCount?: number; techSmeCount?: number }
}

export const defaultSettings = (): SettingsData => ({ staffName: '', defaultDate: '' })

const text = (v: unknown, max = 100): string => (typeof v === 'string' ? v.trim().slice(0, max) : '')
const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined

/** the old fields applied to a locality's settings (each only where it holds a value) */
export function withLegacy(s: LocalitySettings, old: LegacyLocality): LocalitySettings {
  const departments = s.departments.map((d) => {
    const id = d.id as DepartmentId
    const phone = text(old.phones?.[id], 40)
    const address = text(old.addresses?.[id], 200)
    return { ...d, ...(phone ? { phone } : {}), ...(address ? { address } : {}) }
  })
  const dates = Array.isArray(old.hnteDeadlines) ? old.hnteDeadlines.filter(isIsoDate) : []
  const kept = s.hnteBatches.filter((b) => !dates.includes(b.date))
  const hnteBatches = [...kept, ...[...new Set(dates)].map((date) => ({ date, checkedOn: '', source: '' }))].sort(
    (a, b) => a.date.localeCompare(b.date),
  )
  const hnteCount = count(old.targets?.hnteCount)
  const techSmeCount = count(old.targets?.techSmeCount)
  const targets = {
    ...s.targets,
    ...(hnteCount !== undefined ? { hnteCount } : {}),
    ...(techSmeCount !== undefined ? { techSmeCount } : {}),
  }
  return { ...s, departments, hnteBatches, targets }
}

const hasLegacy = (d: Record<string, unknown>) =>
  ['phones', 'addresses', 'hnteDeadlines', 'targets'].some((k) => d[k] !== undefined)

export function parseSettings(json: string | null, base: Locality): SettingsData {
  const out = defaultSettings()
  let d: unknown
  try {
    d = JSON.parse(json ?? 'null')
  } catch {
    return out
  }
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return out
  const o = d as Record<string, unknown>
  out.staffName = text(o.staffName)
  out.defaultDate = isIsoDate(o.defaultDate) ? o.defaultDate : ''
  // what is valid is kept; a hand-edited mistake drops that item only
  const saved = o.locality === undefined ? undefined : readLocalitySettings(o.locality, () => {})
  if (saved || hasLegacy(o)) out.locality = withLegacy(saved ?? localitySettings(base), o as LegacyLocality)
  return out
}

/** the locality the settings describe, on top of `base` (the base is never changed) */
export const applySettings = (base: Locality, s: SettingsData): Locality =>
  s.locality ? localityFrom(s.locality, base) : base
