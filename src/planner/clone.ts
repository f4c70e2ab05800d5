// A deep copy of a profile, by its known shape (format v1): every leaf is a primitive, so copying each group
// object, each year and its rd / rdTax objects is a full copy — several times faster than structuredClone,
// which matters when a search copies the profile for every evaluation.
import type { FirmProfile } from '../profile/types'

export function cloneProfile(p: FirmProfile): FirmProfile {
  const out: FirmProfile = {
    ...p,
    company: { ...p.company },
    staff: { ...p.staff },
    years: p.years.map((y) => {
      const c = { ...y }
      if (y.rd) c.rd = { ...y.rd }
      if (y.rdTax) c.rdTax = { ...y.rdTax }
      return c
    }),
    ip: { ...p.ip },
    rdManagement: { ...p.rdManagement },
    record: { ...p.record },
    credentials: { ...p.credentials },
    tax: { ...p.tax },
  }
  return out
}
