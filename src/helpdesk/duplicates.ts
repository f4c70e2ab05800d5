// A firm arriving (a file, a sheet row, a triage row) that is already on this device: found by its credit code
// (else its name, src/helpdesk/identity.ts), and what differs between the two, field by field.
import type { FirmProfile } from '../profile/types'
import { firmKey } from './identity'

export interface Difference {
  /** profile path; fiscal-year fields as `years.{year}.field` */
  path: string
  before: unknown
  after: unknown
}

function walk(value: unknown, path: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, out)
  } else if (value !== undefined) out.set(path, value)
}

/** every answered field of a profile by path (format and version left out: they are the file's, not the firm's) */
export function answersByPath(p: FirmProfile): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [k, v] of Object.entries(p)) if (!['years', 'format', 'version'].includes(k)) walk(v, k, out)
  for (const y of p.years) {
    const { year, ...fields } = y
    walk(fields, `years.${year}`, out)
  }
  return out
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** the fields whose answers differ, in the order of the incoming profile, then those only the existing one has */
export function differences(existing: FirmProfile, incoming: FirmProfile): Difference[] {
  const a = answersByPath(existing)
  const b = answersByPath(incoming)
  const out: Difference[] = []
  for (const [path, after] of b) if (!same(a.get(path), after)) out.push({ path, before: a.get(path), after })
  for (const [path, before] of a) if (!b.has(path)) out.push({ path, before, after: undefined })
  return out
}

/** the record already on the device for this firm, if any */
export function findMatch<R extends { profile: FirmProfile }>(records: Iterable<R>, p: FirmProfile): R | undefined {
  const key = firmKey(p)
  if (!key) return undefined
  for (const r of records) if (firmKey(r.profile) === key) return r
  return undefined
}
