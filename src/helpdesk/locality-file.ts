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

/** every problem found, in zh-CN and in English, side by side (the settings page shows the reader's language) */
class Problems {
  zh: string[] = []
  en: string[] = []
  say = (zh: string, en: string): void => {
    this.zh.push(zh)
    this.en.push(en)
  }
}

function texts(v: unknown, field: string, max: number, p: Problems): Partial<Record<string, string>> {
  if (v === undefined) return {}
  if (!isObject(v)) return (p.say(`“${field}”应为按部门列出的文字`, `“${field}” should be texts by department`), {})
  const out: Record<string, string> = {}
  for (const [k, x] of Object.entries(v)) {
    if (!(DEPARTMENT_IDS as readonly string[]).includes(k))
      p.say(`“${field}”中有未知的部门“${k}”`, `“${field}” names an unknown department “${k}”`)
    else if (typeof x !== 'string' || x.length > max)
      p.say(`“${field}.${k}”应为不超过 ${max} 字的文字`, `“${field}.${k}” should be text of at most ${max} characters`)
    else if (x.trim()) out[k] = x.trim()
  }
  return out
}

function readVersion1(d: Record<string, unknown>, p: Problems): LegacyLocality {
  const known = ['format', 'version', 'county', 'phones', 'addresses', 'hnteDeadlines', 'targets']
  for (const k of Object.keys(d)) if (!known.includes(k)) p.say(`未知的字段“${k}”`, `Unknown field “${k}”`)
  const phones = texts(d.phones, 'phones', 40, p)
  const addresses = texts(d.addresses, 'addresses', 200, p)
  const dates = d.hnteDeadlines ?? []
  if (!Array.isArray(dates)) p.say('“hnteDeadlines”应为日期列表', '“hnteDeadlines” should be a list of dates')
  else
    for (const x of dates)
      if (!isIsoDate(x))
        p.say(`“${String(x)}”不是有效日期（YYYY-MM-DD）`, `“${String(x)}” is not a valid date (YYYY-MM-DD)`)
  const targets = d.targets ?? {}
  const out: NonNullable<LegacyLocality['targets']> = {}
  if (!isObject(targets)) p.say('“targets”应为目标数', '“targets” should be target counts')
  else
    for (const [k, v] of Object.entries(targets)) {
      if (k !== 'hnteCount' && k !== 'techSmeCount')
        p.say(`“targets”中有未知的目标“${k}”`, `“targets” names an unknown target “${k}”`)
      else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        p.say(`目标“${k}”应为不小于 0 的整数`, `Target “${k}” should be a whole number of 0 or more`)
      else out[k] = v
    }
  const hnteDeadlines = Array.isArray(dates) ? [...new Set(dates as string[])].sort() : []
  return { phones, addresses, hnteDeadlines, targets: out }
}

function readVersion2(d: Record<string, unknown>, p: Problems): LocalitySettings | undefined {
  for (const k of Object.keys(d))
    if (!['format', 'version', 'county', 'locality'].includes(k)) p.say(`未知的字段“${k}”`, `Unknown field “${k}”`)
  const l = readLocalitySettings(d.locality, p.say)
  // the checklist names these departments: a file must say who they are
  for (const id of DEPARTMENT_IDS)
    if (l && !l.departments.some((x) => x.id === id))
      p.say(`“departments”缺少部门“${id}”`, `“departments” lacks the department “${id}”`)
  return l
}

type Refused = { ok: false; problems: string[]; /** the same problems in English */ problemsEn: string[] }
const refused = (zh: string, en: string): Refused => ({ ok: false, problems: [zh], problemsEn: [en] })

/** the file's text → the settings it carries, or every problem found (zh-CN `problems`, English `problemsEn`) */
export function readLocalityFile(text: string): { ok: true; file: LocalityImport; county: string } | Refused {
  let d: unknown
  try {
    d = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return refused('不是有效的 JSON 文件', 'Not a valid JSON file')
  }
  if (!isObject(d) || d.format !== LOCALITY_FORMAT)
    return refused('不是 InnoCheck 地区设置文件', 'Not an InnoCheck locality file')
  if (d.version !== 1 && d.version !== 2)
    return refused(
      `文件版本 ${String(d.version)} 无法读取：请更新本工具`,
      `File version ${String(d.version)} cannot be read: update this tool`,
    )
  const p = new Problems()
  const county = typeof d.county === 'string' ? d.county : ''
  const no = (): Refused => ({ ok: false, problems: p.zh, problemsEn: p.en })
  if (d.version === 1) {
    const legacy = readVersion1(d, p)
    return p.zh.length ? no() : { ok: true, county, file: { kind: 'legacy', legacy } }
  }
  const locality = readVersion2(d, p)
  if (p.zh.length || !locality) return no()
  return { ok: true, county: locality.name || locality.nameEn, file: { kind: 'whole', locality } }
}
