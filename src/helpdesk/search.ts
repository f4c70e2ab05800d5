// Finding a firm in the list: by a part of its name or of its credit code, newest change first.
import type { FirmSummary } from './types'

/** full-width letters and digits as typed by a Chinese IME match their ASCII forms; case is ignored */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')

export function matchesQuery(firm: Pick<FirmSummary, 'name' | 'creditCode'>, query: string): boolean {
  const q = fold(query)
  if (q === '') return true
  return fold(firm.name).includes(q) || fold(firm.creditCode).includes(q)
}

/** last change first; equal times by name, then id, so the order never jumps */
export function byLastChange<T extends Pick<FirmSummary, 'updatedAt' | 'name' | 'id'>>(a: T, b: T): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1
  return a.name.localeCompare(b.name, 'zh-CN') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function findFirms<T extends FirmSummary>(firms: readonly T[], query: string): T[] {
  return firms.filter((f) => matchesQuery(f, query)).sort(byLastChange)
}
