// The settings kept on this device (innocheck:settings): read defensively (the JSON may be old or hand-edited),
// and the locality they produce: this county's data with the bureau's own contact lines, deadlines and targets.
import { isIsoDate } from '../engine/dates'
import type { Locality } from '../locality/types'

export type DepartmentId = keyof Locality['departments']
export const DEPARTMENT_IDS: readonly DepartmentId[] = ['science', 'approval', 'finance', 'tax', 'market', 'statistics']

export interface SettingsData {
  staffName: string
  /** the assessment date for new firms; '' = the day the firm is created */
  defaultDate: string
  phones: Partial<Record<DepartmentId, string>>
  /** the bureau's own addresses for its departments (where a firm goes in person) */
  addresses?: Partial<Record<DepartmentId, string>>
  /** HNTE batch deadlines, YYYY-MM-DD, grouped by year in the locality */
  hnteDeadlines: string[]
  targets: { hnteCount?: number; techSmeCount?: number }
}

export const defaultSettings = (): SettingsData => ({
  staffName: '',
  defaultDate: '',
  phones: {},
  hnteDeadlines: [],
  targets: {},
})

const text = (v: unknown, max = 100): string => (typeof v === 'string' ? v.trim().slice(0, max) : '')
const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined

export function parseSettings(json: string | null): SettingsData {
  const out = defaultSettings()
  let d: Record<string, unknown>
  try {
    d = JSON.parse(json ?? 'null') as Record<string, unknown>
  } catch {
    return out
  }
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return out
  out.staffName = text(d.staffName)
  out.defaultDate = isIsoDate(d.defaultDate) ? d.defaultDate : ''
  const phones = (d.phones ?? {}) as Record<string, unknown>
  for (const id of DEPARTMENT_IDS) if (text(phones[id])) out.phones[id] = text(phones[id])
  const addresses = (d.addresses ?? {}) as Record<string, unknown>
  for (const id of DEPARTMENT_IDS) if (text(addresses[id], 200)) (out.addresses ??= {})[id] = text(addresses[id], 200)
  out.hnteDeadlines = Array.isArray(d.hnteDeadlines) ? d.hnteDeadlines.filter(isIsoDate).sort() : []
  const targets = (d.targets ?? {}) as Record<string, unknown>
  const hnte = count(targets.hnteCount)
  const tsme = count(targets.techSmeCount)
  if (hnte !== undefined) out.targets.hnteCount = hnte
  if (tsme !== undefined) out.targets.techSmeCount = tsme
  return out
}

/** the base locality with the settings applied (the base is never changed) */
export function applySettings(base: Locality, s: SettingsData): Locality {
  const departments = { ...base.departments }
  for (const id of DEPARTMENT_IDS) {
    const phone = s.phones[id]
    const address = s.addresses?.[id]
    if (phone || address)
      departments[id] = { ...departments[id], ...(phone ? { phone } : {}), ...(address ? { address } : {}) }
  }
  const deadlines: Record<string, string[]> = { ...base.hnteBatchDeadlines }
  if (s.hnteDeadlines.length) {
    for (const year of new Set(s.hnteDeadlines.map((d) => d.slice(0, 4))))
      deadlines[year] = s.hnteDeadlines.filter((d) => d.startsWith(year))
  }
  return { ...base, departments, hnteBatchDeadlines: deadlines, targets: { ...base.targets, ...s.targets } }
}
