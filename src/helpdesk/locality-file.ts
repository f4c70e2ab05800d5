// The locality file: a bureau's settings (county and province, departments with duties, phones and addresses, in
// both languages; HNTE batch dates and tech-SME windows with where and when each was checked; targets with their
// source) exported from one laptop and imported on every other. Untrusted input, checked like a profile file:
// every problem is named and nothing is applied unless the whole file is good. The staff name and default date
// stay on each laptop. Files of version 1 (phones, addresses, batch dates, two targets) still import.
import { isIsoDate } from '../engine/dates'
import type { LocalitySettings } from '../locality/edit'
import { readLocalitySettings } from '../locality/read'
import { DEPARTMENT_IDS, withLegacy, type LegacyLocality } from '../stores/settings-data'

export const LOCALITY_FORMAT = 'innocheck-locality'
export const LOCALITY_VERSION = 2

export type LocalityImport = { kind: 'whole'; locality: LocalitySettings } | { kind: 'legacy'; legacy: LegacyLocality }

export function localityJson(locality: LocalitySettings): string {
  const county = locality.name || locality.nameEn
  return JSON.stringify({ format: LOCALITY_FORMAT, version: LOCALITY_VERSION, county, locality }, null, 2)
}

/** the locality after an import: a whole locality replaces the current one; an old file updates it */
export const importedLocality = (file: LocalityImport, current: LocalitySettings): LocalitySettings =>
  file.kind === 'whole' ? file.locality : withLegacy(current, file.legacy)

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function texts(v: unknown, field: string, max: number, problems: string[]): Partial<Record<string, string>> {
  if (v === undefined) return {}
  if (!isObject(v)) return (void problems.push(`“${field}”应为按部门列出的文字`), {})
  const out: Record<string, string> = {}
  for (const [k, x] of Object.entries(v)) {
    if (!(DEPARTMENT_IDS as readonly string[]).includes(k)) problems.push(`“${field}”中有未知的部门“${k}”`)
    else if (typeof x !== 'string' || x.length > max) problems.push(`“${field}.${k}”应为不超过 ${max} 字的文字`)
    else if (x.trim()) out[k] = x.trim()
  }
  return out
}

function readVersion1(d: Record<string, unknown>, problems: string[]): LegacyLocality {
  const known = ['format', 'version', 'county', 'phones', 'addresses', 'hnteDeadlines', 'targets']
  for (const k of Object.keys(d)) if (!known.includes(k)) problems.push(`未知的字段“${k}”`)
  const phones = texts(d.phones, 'phones', 40, problems)
  const addresses = texts(d.addresses, 'addresses', 200, problems)
  const dates = d.hnteDeadlines ?? []
  if (!Array.isArray(dates)) problems.push('“hnteDeadlines”应为日期列表')
  else for (const x of dates) if (!isIsoDate(x)) problems.push(`“${String(x)}”不是有效日期（YYYY-MM-DD）`)
  const targets = d.targets ?? {}
  const out: NonNullable<LegacyLocality['targets']> = {}
  if (!isObject(targets)) problems.push('“targets”应为目标数')
  else
    for (const [k, v] of Object.entries(targets)) {
      if (k !== 'hnteCount' && k !== 'techSmeCount') problems.push(`“targets”中有未知的目标“${k}”`)
      else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) problems.push(`目标“${k}”应为不小于 0 的整数`)
      else out[k] = v
    }
  const hnteDeadlines = Array.isArray(dates) ? [...new Set(dates as string[])].sort() : []
  return { phones, addresses, hnteDeadlines, targets: out }
}

function readVersion2(d: Record<string, unknown>, problems: string[]): LocalitySettings | undefined {
  for (const k of Object.keys(d))
    if (!['format', 'version', 'county', 'locality'].includes(k)) problems.push(`未知的字段“${k}”`)
  const l = readLocalitySettings(d.locality, (p) => problems.push(p))
  // the checklist names these departments: a file must say who they are
  for (const id of DEPARTMENT_IDS)
    if (l && !l.departments.some((x) => x.id === id)) problems.push(`“departments”缺少部门“${id}”`)
  return l
}

/** the file's text → the settings it carries, or every problem found */
export function readLocalityFile(
  text: string,
): { ok: true; file: LocalityImport; county: string } | { ok: false; problems: string[] } {
  let d: unknown
  try {
    d = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problems: ['不是有效的 JSON 文件'] }
  }
  if (!isObject(d) || d.format !== LOCALITY_FORMAT) return { ok: false, problems: ['不是 InnoCheck 地区设置文件'] }
  if (d.version !== 1 && d.version !== 2)
    return { ok: false, problems: [`文件版本 ${String(d.version)} 无法读取：请更新本工具`] }
  const problems: string[] = []
  const county = typeof d.county === 'string' ? d.county : ''
  if (d.version === 1) {
    const legacy = readVersion1(d, problems)
    return problems.length ? { ok: false, problems } : { ok: true, county, file: { kind: 'legacy', legacy } }
  }
  const locality = readVersion2(d, problems)
  if (problems.length || !locality) return { ok: false, problems }
  return { ok: true, county: locality.name || locality.nameEn, file: { kind: 'whole', locality } }
}
