// Reading and writing one answer of a profile by its dotted path ('company.name', 'years.2025.rd.inHouse').
// Years are addressed by number; writing `undefined` removes the answer (= not sure / not answered).
import type { FirmProfile, FiscalYearData } from '../profile/types'

export type AnswerValue = string | number | boolean | undefined

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9]*$/

function yearEntry(profile: FirmProfile, year: number, create: boolean): FiscalYearData | undefined {
  let entry = profile.years.find((y) => y.year === year)
  if (!entry && create) {
    entry = { year }
    profile.years.push(entry)
    profile.years.sort((a, b) => a.year - b.year)
  }
  return entry
}

function split(path: string): { year?: number; keys: string[] } {
  const parts = path.split('.')
  if (parts[0] === 'years') {
    const keys = parts.slice(2)
    if (!/^\d{4}$/.test(parts[1] ?? '') || keys.length === 0 || !keys.every((k) => SAFE_KEY.test(k))) {
      throw new Error(`not a profile path: ${path}`)
    }
    return { year: Number(parts[1]), keys }
  }
  if (!parts.every((k) => SAFE_KEY.test(k))) throw new Error(`not a profile path: ${path}`)
  return { keys: parts }
}

export function getAnswer(profile: FirmProfile, path: string): AnswerValue {
  const { year, keys } = split(path)
  let node: unknown = year === undefined ? profile : yearEntry(profile, year, false)
  for (const k of keys) {
    // `in` first: Vue tracks it (the `has` trap), so a view reading an absent answer updates when it is given;
    // Object.hasOwn alone is not tracked. hasOwn then keeps inherited names ('constructor') out.
    if (typeof node !== 'object' || node === null || !(k in node) || !Object.hasOwn(node, k)) return undefined
    node = (node as Record<string, unknown>)[k]
  }
  return typeof node === 'object' ? undefined : (node as AnswerValue)
}

export function setAnswer(profile: FirmProfile, path: string, value: AnswerValue): void {
  const { year, keys } = split(path)
  const root = year === undefined ? profile : yearEntry(profile, year, value !== undefined)
  if (!root) return
  let node = root as unknown as Record<string, unknown>
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== 'object' || node[k] === null) {
      if (value === undefined) return
      node[k] = {}
    }
    node = node[k] as Record<string, unknown>
  }
  const last = keys[keys.length - 1]!
  if (value === undefined) delete node[last]
  else node[last] = value
  if (year !== undefined && value === undefined) prune(profile, year)
}

/** drop empty nested groups and year entries so an unanswered year looks exactly like a never-answered one */
function prune(profile: FirmProfile, year: number): void {
  const entry = yearEntry(profile, year, false)
  if (!entry) return
  for (const k of ['rd', 'rdTax'] as const) {
    if (entry[k] && Object.keys(entry[k]).length === 0) delete entry[k]
  }
  if (Object.keys(entry).length === 1) profile.years.splice(profile.years.indexOf(entry), 1)
}
