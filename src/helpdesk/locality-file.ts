// The locality file: a bureau's settings (contact lines, addresses, batch deadlines, targets) exported from one
// laptop and imported on every other. Untrusted input, checked like a profile file: every problem is named and
// nothing is applied unless the whole file is good. The staff name and default date stay on each laptop.
import { isIsoDate } from '../engine/dates'
import { DEPARTMENT_IDS, type SettingsData } from '../stores/settings-data'

export const LOCALITY_FORMAT = 'innocheck-locality'

export type LocalityFile = Pick<SettingsData, 'phones' | 'addresses' | 'hnteDeadlines' | 'targets'>

export function localityJson(s: SettingsData, county: string): string {
  const body: LocalityFile = {
    phones: s.phones,
    addresses: s.addresses ?? {},
    hnteDeadlines: s.hnteDeadlines,
    targets: s.targets,
  }
  return JSON.stringify({ format: LOCALITY_FORMAT, version: 1, county, ...body }, null, 2)
}

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

/** the file's text → the settings it carries, or every problem found */
export function readLocalityFile(
  text: string,
): { ok: true; file: LocalityFile; county: string } | { ok: false; problems: string[] } {
  let d: unknown
  try {
    d = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problems: ['不是有效的 JSON 文件'] }
  }
  if (!isObject(d) || d.format !== LOCALITY_FORMAT) return { ok: false, problems: ['不是 InnoCheck 地区设置文件'] }
  if (d.version !== 1) return { ok: false, problems: [`文件版本 ${String(d.version)} 无法读取：请更新本工具`] }
  const problems: string[] = []
  const known = ['format', 'version', 'county', 'phones', 'addresses', 'hnteDeadlines', 'targets']
  for (const k of Object.keys(d)) if (!known.includes(k)) problems.push(`未知的字段“${k}”`)
  const phones = texts(d.phones, 'phones', 40, problems)
  const addresses = texts(d.addresses, 'addresses', 200, problems)
  const dates = d.hnteDeadlines ?? []
  if (!Array.isArray(dates)) problems.push('“hnteDeadlines”应为日期列表')
  else for (const x of dates) if (!isIsoDate(x)) problems.push(`“${String(x)}”不是有效日期（YYYY-MM-DD）`)
  const targets = d.targets ?? {}
  const out: LocalityFile['targets'] = {}
  if (!isObject(targets)) problems.push('“targets”应为目标数')
  else
    for (const [k, v] of Object.entries(targets)) {
      if (k !== 'hnteCount' && k !== 'techSmeCount') problems.push(`“targets”中有未知的目标“${k}”`)
      else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) problems.push(`目标“${k}”应为不小于 0 的整数`)
      else out[k] = v
    }
  if (problems.length) return { ok: false, problems }
  const hnteDeadlines = [...new Set(dates as string[])].sort()
  return {
    ok: true,
    county: typeof d.county === 'string' ? d.county : '',
    file: { phones, addresses, hnteDeadlines, targets: out },
  }
}
