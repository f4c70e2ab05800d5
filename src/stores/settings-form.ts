// The settings page's form: every value as typed (strings), kept on this device while it is edited
// (innocheck:settings-draft) so a reload loses nothing, and turned into settings only when it is valid.
import { localitySettings, type DepartmentSettings, type LocalitySettings } from '../locality/edit'
import type { Locality } from '../locality/types'
import type { SettingsData } from './settings-data'

/** a department as the form holds it: the same texts as the settings (all strings, as typed) */
export type DepartmentRow = DepartmentSettings
export interface BatchRow {
  key: string
  date: string
  checkedOn: string
  source: string
}
export interface WindowRow {
  key: string
  year: string
  from: string
  to: string
  checkedOn: string
  source: string
  /** `from|to` as shipped while they were read in secondary sources only */
  unverifiedFor?: string
}
export interface SettingsForm {
  staffName: string
  defaultDate: string
  name: string
  nameEn: string
  province: string
  provinceEn: string
  departments: DepartmentRow[]
  batches: BatchRow[]
  windows: WindowRow[]
  hnteCount: string
  techSmeCount: string
  targetYear: string
  targetSource: string
  targetSourceEn: string
  /** the next free number for a row key (DOM ids stay unique after removals) */
  next: number
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n))

export function formOf(data: SettingsData, base: Locality): SettingsForm {
  const l = data.locality ?? localitySettings(base)
  let next = 1
  const key = () => String(next++)
  return {
    staffName: data.staffName,
    defaultDate: data.defaultDate,
    name: l.name,
    nameEn: l.nameEn,
    province: l.province,
    provinceEn: l.provinceEn,
    departments: l.departments.map((d) => ({ ...d })),
    batches: l.hnteBatches.map((b) => ({ key: key(), ...b })),
    windows: l.techSmeWindows.map(({ unverified, ...w }) => ({
      key: key(),
      ...w,
      ...(unverified ? { unverifiedFor: `${w.from}|${w.to}` } : {}),
    })),
    hnteCount: num(l.targets.hnteCount),
    techSmeCount: num(l.targets.techSmeCount),
    targetYear: num(l.targets.year),
    targetSource: l.targets.source,
    targetSourceEn: l.targets.sourceEn,
    next,
  }
}

const t = (s: string) => s.trim()
const opt = <K extends string>(k: K, s: string) => (s.trim() ? ({ [k]: Number(s.trim()) } as Record<K, number>) : {})

/** a valid form → the settings (the locality left out while it is the default's, so defaults are not written) */
export function settingsOf(f: SettingsForm, base: Locality): SettingsData {
  const locality: LocalitySettings = {
    name: t(f.name),
    nameEn: t(f.nameEn),
    province: t(f.province),
    provinceEn: t(f.provinceEn),
    departments: f.departments.map((d) => ({
      id: d.id,
      name: t(d.name),
      nameEn: t(d.nameEn),
      handles: t(d.handles),
      handlesEn: t(d.handlesEn),
      phone: t(d.phone),
      address: t(d.address),
    })),
    hnteBatches: f.batches
      .map((b) => ({ date: t(b.date), checkedOn: t(b.checkedOn), source: t(b.source) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    techSmeWindows: f.windows
      .map((w) => ({
        year: t(w.year),
        from: t(w.from),
        to: t(w.to),
        checkedOn: t(w.checkedOn),
        source: t(w.source),
        ...(w.unverifiedFor === `${t(w.from)}|${t(w.to)}` ? { unverified: true } : {}),
      }))
      .sort((a, b) => a.year.localeCompare(b.year)),
    targets: {
      ...opt('hnteCount', f.hnteCount),
      ...opt('techSmeCount', f.techSmeCount),
      ...opt('year', f.targetYear),
      source: t(f.targetSource),
      sourceEn: t(f.targetSourceEn),
    },
  }
  const same = JSON.stringify(locality) === JSON.stringify(localitySettings(base))
  return { staffName: t(f.staffName), defaultDate: t(f.defaultDate), ...(same ? {} : { locality }) }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const rows = <T>(v: unknown, keys: readonly (keyof T & string)[]): T[] =>
  Array.isArray(v)
    ? v.map((r: Record<string, unknown>) => {
        const row = Object.fromEntries(keys.map((k) => [k, str(r?.[k])])) as Record<string, string>
        if (typeof r?.unverifiedFor === 'string') row.unverifiedFor = r.unverifiedFor
        return row as T
      })
    : []

/** a saved form draft (this device's own JSON, but possibly from an older version or hand-edited): every value
 * read as text, so the form shows what was typed and never breaks on a missing one */
export function parseFormDraft(json: string | null): SettingsForm | null {
  let d: Record<string, unknown>
  try {
    d = JSON.parse(json ?? 'null') as Record<string, unknown>
  } catch {
    return null
  }
  if (typeof d !== 'object' || d === null || !Array.isArray(d.departments)) return null
  const texts = ['staffName', 'defaultDate', 'name', 'nameEn', 'province', 'provinceEn', 'hnteCount', 'techSmeCount']
  const more = ['targetYear', 'targetSource', 'targetSourceEn'] as const
  const f = Object.fromEntries([...texts, ...more].map((k) => [k, str(d[k])])) as unknown as SettingsForm
  f.departments = rows<DepartmentRow>(d.departments, [
    'id',
    'name',
    'nameEn',
    'handles',
    'handlesEn',
    'phone',
    'address',
  ])
  f.departments = f.departments.filter((x) => x.id)
  f.batches = rows<BatchRow>(d.batches, ['key', 'date', 'checkedOn', 'source'])
  f.windows = rows<WindowRow>(d.windows, ['key', 'year', 'from', 'to', 'checkedOn', 'source'])
  f.next = typeof d.next === 'number' && Number.isInteger(d.next) ? d.next : 1000
  return f
}
