// One firm, one record: a firm is identified by its 统一社会信用代码 (GB 32100-2015: unique per legal entity),
// else by its name. Names compare after NFKC folding and without spaces, so “甲公司” typed with a full-width
// space or copied from a PDF still matches.
import type { FirmProfile } from '../profile/types'

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase()

/** 'code:…' or 'name:…'; undefined for a firm with neither (it cannot be matched) */
export function firmKey(p: Pick<FirmProfile, 'company'>): string | undefined {
  const code = fold(p.company.creditCode ?? '')
  if (code) return `code:${code}`
  const name = fold(p.company.name ?? '')
  return name ? `name:${name}` : undefined
}

/** the keys that occur more than once, with the positions (as given) where they occur */
export function repeatedKeys<T>(items: readonly T[], key: (t: T) => string | undefined, at: (t: T) => number) {
  const seen = new Map<string, number[]>()
  for (const t of items) {
    const k = key(t)
    if (k) seen.set(k, [...(seen.get(k) ?? []), at(t)])
  }
  return [...seen].filter(([, rows]) => rows.length > 1).map(([k, rows]) => ({ key: k, rows }))
}
