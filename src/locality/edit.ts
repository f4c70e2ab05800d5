// The locality as a bureau edits it (settings page, locality file): plain fields and lists, in both languages,
// and the Locality the engine reads built from it. The six role departments are named by the checklist, so
// they are always there (renamed, never removed); the bureau may add further departments.
import type { Department, DepartmentRole, Locality } from './types'

export const DEPARTMENT_ROLES: readonly DepartmentRole[] = [
  'science',
  'approval',
  'finance',
  'tax',
  'market',
  'statistics',
]
export const isRole = (id: string): id is DepartmentRole => (DEPARTMENT_ROLES as readonly string[]).includes(id)

export interface DepartmentSettings {
  /** a role id, or `extra-…` for a department the bureau added */
  id: string
  name: string
  nameEn: string
  handles: string
  handlesEn: string
  phone: string
  address: string
}

export interface BatchSettings {
  date: string
  checkedOn: string
  source: string
}

export interface WindowSettings {
  year: string
  from: string
  to: string
  checkedOn: string
  source: string
  /** read in secondary sources only (kept while the dates are the ones shipped) */
  unverified?: boolean
}

export interface TargetSettings {
  hnteCount?: number
  techSmeCount?: number
  year?: number
  source: string
  sourceEn: string
}

export interface LocalitySettings {
  name: string
  nameEn: string
  province: string
  provinceEn: string
  departments: DepartmentSettings[]
  hnteBatches: BatchSettings[]
  techSmeWindows: WindowSettings[]
  targets: TargetSettings
}

const deptSettings = (d: Department): DepartmentSettings => ({
  id: d.id,
  name: d.name,
  nameEn: d.nameEn ?? '',
  handles: d.handles,
  handlesEn: d.handlesEn ?? '',
  phone: d.phone ?? '',
  address: d.address ?? '',
})

/** what the settings page starts from for a locality */
export function localitySettings(l: Locality): LocalitySettings {
  const checked = l.hnteBatchChecked ?? {}
  return {
    name: l.name,
    nameEn: l.nameEn ?? '',
    province: l.province,
    provinceEn: l.provinceEn ?? '',
    departments: [...DEPARTMENT_ROLES.map((r) => l.departments[r]), ...(l.otherDepartments ?? [])].map(deptSettings),
    hnteBatches: Object.values(l.hnteBatchDeadlines)
      .flat()
      .sort()
      .map((date) => ({ date, checkedOn: checked[date]?.checkedOn ?? '', source: checked[date]?.source ?? '' })),
    techSmeWindows: Object.entries(l.techSmeWindows)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, w]) => ({
        year,
        from: w.from,
        to: w.to,
        checkedOn: w.checkedOn ?? '',
        source: w.source ?? '',
        ...(w.unverified ? { unverified: true } : {}),
      })),
    targets: {
      ...(l.targets.hnteCount !== undefined ? { hnteCount: l.targets.hnteCount } : {}),
      ...(l.targets.techSmeCount !== undefined ? { techSmeCount: l.targets.techSmeCount } : {}),
      ...(l.targets.year !== undefined ? { year: l.targets.year } : {}),
      source: l.targets.source ?? '',
      sourceEn: l.targets.sourceEn ?? '',
    },
  }
}

const opt = <K extends string>(key: K, v: string): Partial<Record<K, string>> =>
  v.trim() ? ({ [key]: v.trim() } as Record<K, string>) : {}

function department(d: DepartmentSettings): Department {
  // a name typed in English only is the name in both languages
  const name = d.name.trim() || d.nameEn.trim()
  return {
    id: d.id,
    name,
    ...opt('nameEn', d.nameEn),
    handles: d.handles.trim() || d.handlesEn.trim(),
    ...opt('handlesEn', d.handlesEn),
    ...opt('phone', d.phone),
    ...opt('address', d.address),
  }
}

/** the batch deadlines by year (a date entered twice counted once) and the windows, with where each was read */
function dates(s: LocalitySettings): Pick<Locality, 'hnteBatchDeadlines' | 'hnteBatchChecked' | 'techSmeWindows'> {
  const hnteBatchDeadlines: Record<string, string[]> = {}
  const hnteBatchChecked: NonNullable<Locality['hnteBatchChecked']> = {}
  for (const b of [...s.hnteBatches].sort((x, y) => x.date.localeCompare(y.date))) {
    const year = (hnteBatchDeadlines[b.date.slice(0, 4)] ??= [])
    if (!year.includes(b.date)) year.push(b.date)
    hnteBatchChecked[b.date] = {
      ...hnteBatchChecked[b.date],
      ...opt('checkedOn', b.checkedOn),
      ...opt('source', b.source),
    }
  }
  const techSmeWindows: Locality['techSmeWindows'] = {}
  for (const w of s.techSmeWindows)
    techSmeWindows[w.year] = {
      from: w.from,
      to: w.to,
      ...opt('checkedOn', w.checkedOn),
      ...opt('source', w.source),
      ...(w.unverified ? { unverified: true } : {}),
    }
  return { hnteBatchDeadlines, hnteBatchChecked, techSmeWindows }
}

/** the Locality the engine and the pages read; `base` gives what the settings do not hold (the notes) */
export function localityFrom(s: LocalitySettings, base: Locality): Locality {
  const byRole = new Map(s.departments.filter((d) => isRole(d.id)).map((d) => [d.id, department(d)]))
  const departments = Object.fromEntries(
    DEPARTMENT_ROLES.map((r) => [r, byRole.get(r) ?? base.departments[r]]),
  ) as Locality['departments']
  const name = s.name.trim() || s.nameEn.trim()
  const province = s.province.trim() || s.provinceEn.trim()
  const { source, sourceEn, ...counts } = s.targets
  return {
    // the county's notes (Hebei's provincial register) hold for its province only
    ...(province === base.province ? { notes: base.notes, notesEn: base.notesEn ?? [] } : { notes: [], notesEn: [] }),
    id: name === base.name ? base.id : 'custom',
    name,
    ...opt('nameEn', s.nameEn),
    province,
    ...opt('provinceEn', s.provinceEn),
    departments,
    otherDepartments: s.departments.filter((d) => !isRole(d.id)).map(department),
    ...dates(s),
    targets: { ...counts, ...opt('source', source), ...opt('sourceEn', sourceEn) },
  }
}
