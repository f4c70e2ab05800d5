// Who to ask for a checklist item: the department's name, phone and address as the locality settings give them
// (the engine names a department by its id, or already by its Chinese name; none means the firm itself), in the
// page's language.
import type { Department, Locality } from '@/locality/types'
import { allDepartments, dateChecked, departmentName } from '@/locality/text'

export interface Contact {
  name: string
  phone?: string
  address?: string
}

export function departmentContact(locality: Locality, who: string, locale = 'zh-CN'): Contact {
  const byId = Object.hasOwn(locality.departments, who)
    ? (locality.departments as Record<string, Department>)[who]
    : undefined
  const d = byId ?? allDepartments(locality).find((x) => x.name === who)
  if (!d) return { name: who }
  const out: Contact = { name: departmentName(d, locale) }
  if (d.phone?.trim()) out.phone = d.phone.trim()
  if (d.address?.trim()) out.address = d.address.trim()
  return out
}

/** “日期来源：…（… 核对）” under a checklist date taken from the settings, or '' */
export function dateCheckedText(
  locality: Locality,
  item: { id: string; by?: string },
  t: (key: string, params: Record<string, string>) => string,
): string {
  const c = dateChecked(locality, item.id, item.by)
  if (!c) return ''
  const key = c.checkedOn && c.source ? 'checkedBoth' : c.source ? 'checkedSource' : 'checkedOn'
  return t(`results.checklist.${key}`, { source: c.source ?? '', checkedOn: c.checkedOn ?? '' })
}
