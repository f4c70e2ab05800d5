// Who to ask for a checklist item: the department's name, phone and address as the locality settings give them
// (the engine names a department by its id, or already by its name; none means the firm itself).
import type { Locality } from '@/locality/types'

export interface Contact {
  name: string
  phone?: string
  address?: string
}

type Dept = { name: string; phone?: string; address?: string }

export function departmentContact(locality: Locality, who: string): Contact {
  const depts = Object.values(locality.departments as Record<string, Dept | undefined>)
  const byId = (locality.departments as Record<string, Dept | undefined>)[who]
  const d = byId ?? depts.find((x) => x?.name === who)
  if (!d) return { name: who }
  const out: Contact = { name: d.name }
  if (d.phone?.trim()) out.phone = d.phone.trim()
  if (d.address?.trim()) out.address = d.address.trim()
  return out
}
