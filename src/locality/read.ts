// Reading a locality from untrusted JSON (a locality file, or this device's saved settings, which may be old or
// hand-edited): every problem is named, in Chinese and in English, with the field it concerns; what is valid is kept.
import { isIsoDate } from '../engine/dates'
import type { BatchSettings, DepartmentSettings, LocalitySettings, WindowSettings } from './edit'
import { isRole } from './edit'

export const LIMITS = { name: 100, duties: 300, phone: 40, address: 200, source: 200, rows: 50 } as const

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** one problem, said in zh-CN and in English (the settings page shows the reader's language) */
type Say = (zh: string, en: string) => void

function text(o: Record<string, unknown>, key: string, max: number, where: string, say: Say): string {
  const v = o[key]
  if (v === undefined || v === null) return ''
  if (typeof v !== 'string' || v.length > max)
    return (
      say(`“${where}${key}”应为不超过 ${max} 字的文字`, `“${where}${key}” should be text of at most ${max} characters`),
      ''
    )
  return v.trim()
}

function date(o: Record<string, unknown>, key: string, where: string, say: Say, required = false): string {
  const v = o[key]
  if ((v === undefined || v === '') && !required) return ''
  if (!isIsoDate(v))
    return (
      say(
        `“${where}${key}”的“${String(v ?? '')}”不是有效日期（YYYY-MM-DD）`,
        `“${where}${key}”: “${String(v ?? '')}” is not a valid date (YYYY-MM-DD)`,
      ),
      ''
    )
  return v
}

function list<T>(v: unknown, field: string, say: Say, one: (o: Record<string, unknown>, where: string) => T | null) {
  if (v === undefined) return []
  if (!Array.isArray(v) || v.length > LIMITS.rows)
    return (
      say(
        `“${field}”应为不超过 ${LIMITS.rows} 项的列表`,
        `“${field}” should be a list of at most ${LIMITS.rows} entries`,
      ),
      []
    )
  const out: T[] = []
  v.forEach((x, i) => {
    const where = `${field}[${i + 1}].`
    const r = isObject(x)
      ? one(x, where)
      : (say(`“${field}”第 ${i + 1} 项应为一组字段`, `“${field}” entry ${i + 1} should be a group of fields`), null)
    if (r) out.push(r)
  })
  return out
}

function department(o: Record<string, unknown>, where: string, say: Say): DepartmentSettings | null {
  const id = typeof o.id === 'string' && /^(?:[a-z]+|extra-[a-z0-9-]{1,40})$/.test(o.id) ? o.id : ''
  if (!id || (!isRole(id) && !id.startsWith('extra-')))
    return (say(`“${where}id”不是已知的部门编号`, `“${where}id” is not a known department id`), null)
  const d: DepartmentSettings = {
    id,
    name: text(o, 'name', LIMITS.name, where, say),
    nameEn: text(o, 'nameEn', LIMITS.name, where, say),
    handles: text(o, 'handles', LIMITS.duties, where, say),
    handlesEn: text(o, 'handlesEn', LIMITS.duties, where, say),
    phone: text(o, 'phone', LIMITS.phone, where, say),
    address: text(o, 'address', LIMITS.address, where, say),
  }
  if (!d.name && !d.nameEn)
    return (
      say(
        `“${where}name”：部门须有名称（中文或英文）`,
        `“${where}name”: a department needs a name (Chinese or English)`,
      ),
      null
    )
  return d
}

function batch(o: Record<string, unknown>, where: string, say: Say): BatchSettings | null {
  const d = date(o, 'date', where, say, true)
  const b = {
    date: d,
    checkedOn: date(o, 'checkedOn', where, say),
    source: text(o, 'source', LIMITS.source, where, say),
  }
  return d ? b : null
}

function tsmeWindow(o: Record<string, unknown>, where: string, say: Say): WindowSettings | null {
  const year = typeof o.year === 'string' && /^\d{4}$/.test(o.year) ? o.year : ''
  if (!year) say(`“${where}year”应为四位年份，如 "2027"`, `“${where}year” should be a four-digit year, such as "2027"`)
  const from = date(o, 'from', where, say, true)
  const to = date(o, 'to', where, say, true)
  if (from && to && from > to)
    say(
      `“${where}”开始日期 ${from} 晚于结束日期 ${to}`,
      `“${where}”: the start date ${from} is after the end date ${to}`,
    )
  const w: WindowSettings = {
    year,
    from,
    to,
    checkedOn: date(o, 'checkedOn', where, say),
    source: text(o, 'source', LIMITS.source, where, say),
    ...(o.unverified === true ? { unverified: true } : {}),
  }
  return year && from && to && from <= to ? w : null
}

function count(v: unknown, field: string, say: Say): number | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v
  return (
    say(`目标“${field}”应为不小于 0 的整数`, `Target “${field}” should be a whole number of 0 or more`),
    undefined
  )
}

/** the locality settings in `v`, keeping what is valid; `say` hears every problem */
export function readLocalitySettings(v: unknown, say: Say): LocalitySettings | undefined {
  if (!isObject(v))
    return (say('“locality”应为一组地区设置', '“locality” should be a group of locality settings'), undefined)
  const t = isObject(v.targets) ? v.targets : {}
  const hnteCount = count(t.hnteCount, 'hnteCount', say)
  const techSmeCount = count(t.techSmeCount, 'techSmeCount', say)
  const year = t.year === undefined ? undefined : count(t.year, 'year', say)
  const s: LocalitySettings = {
    name: text(v, 'name', LIMITS.name, '', say),
    nameEn: text(v, 'nameEn', LIMITS.name, '', say),
    province: text(v, 'province', LIMITS.name, '', say),
    provinceEn: text(v, 'provinceEn', LIMITS.name, '', say),
    departments: list(v.departments, 'departments', say, (o, w) => department(o, w, say)),
    hnteBatches: list(v.hnteBatches, 'hnteBatches', say, (o, w) => batch(o, w, say)),
    techSmeWindows: list(v.techSmeWindows, 'techSmeWindows', say, (o, w) => tsmeWindow(o, w, say)),
    targets: {
      ...(hnteCount !== undefined ? { hnteCount } : {}),
      ...(techSmeCount !== undefined ? { techSmeCount } : {}),
      ...(year !== undefined ? { year } : {}),
      source: text(t, 'source', LIMITS.source, 'targets.', say),
      sourceEn: text(t, 'sourceEn', LIMITS.source, 'targets.', say),
    },
  }
  if (!s.name && !s.nameEn) say('“name”：请填写县（市、区）名称', '“name”: enter the county (city, district) name')
  const ids = s.departments.map((d) => d.id)
  for (const id of new Set(ids.filter((x, i) => ids.indexOf(x) !== i)))
    say(`部门编号“${id}”重复`, `Department id “${id}” appears twice`)
  const years = s.techSmeWindows.map((w) => w.year)
  for (const y of new Set(years.filter((x, i) => years.indexOf(x) !== i)))
    say(`${y} 年的科技型中小企业评价时间重复`, `The tech-SME window of ${y} appears twice`)
  return s
}
