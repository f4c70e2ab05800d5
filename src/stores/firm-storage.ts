// The firm list on this device: one key per firm plus an index (the order and the current firm). The keys are
// the truth: a firm whose key exists is listed even if the index lost it (two tabs adding firms at once).
// A single draft saved by an earlier version becomes the first firm, so nothing is lost on upgrade.
import type { FirmRecord } from '../helpdesk/types'
import type { AsideReason } from './draft-decode'
import {
  CORRUPT_PREFIX,
  FIRM_PREFIX,
  KEYS,
  firmStorageKey,
  keysWithPrefix,
  parseRecord,
  setAside,
  type ParsedRecord,
  writeRecord,
  writeText,
} from './persistence'

export interface FirmIndex {
  ids: string[]
  current: string | null
}

/** a save not loaded: unreadable (copied to innocheck:corrupt:…) or a newer version's (left untouched) */
export interface AsideRecord {
  key: string
  reason: AsideReason
  kind: 'unreadable' | 'newer'
}

export interface Loaded {
  records: FirmRecord[]
  current: string | null
  aside: AsideRecord[]
  /** the id the legacy single draft was moved to */
  migrated: string | null
}

export function newFirmId(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10)
}

export function readIndex(storage: Storage): FirmIndex {
  try {
    const d = JSON.parse(storage.getItem(KEYS.index) ?? 'null') as Partial<FirmIndex> | null
    const ids = Array.isArray(d?.ids) ? d.ids.filter((x): x is string => typeof x === 'string') : []
    return { ids, current: typeof d?.current === 'string' ? d.current : null }
  } catch {
    return { ids: [], current: null }
  }
}

export const indexJson = (index: FirmIndex) => JSON.stringify({ version: 1, ...index })

export function writeIndex(storage: Storage, index: FirmIndex) {
  return writeText(storage, KEYS.index, indexJson(index))
}

/** a save that is not loaded: a newer version's stays where it is, read-only; an unreadable one is copied aside */
function keepAside(storage: Storage, key: string, text: string, now: Date, r: ParsedRecord, out: Loaded): void {
  if (r.kind === 'ok') return
  const moved = r.kind === 'unreadable' ? setAside(storage, key, text, now) : null
  out.aside.push({ key: moved ?? key, reason: r.reason, kind: r.kind })
}

/** the legacy single draft → a firm under its own key; the old key is removed only once the copy is written */
function migrateLegacy(storage: Storage, now: Date, fallbackDate: string, out: Loaded): void {
  const text = storage.getItem(KEYS.draft)
  if (text === null) return
  const id = newFirmId()
  const r = parseRecord(text, id, fallbackDate)
  if (r.kind !== 'ok') return keepAside(storage, KEYS.draft, text, now, r, out)
  const record = { ...r.record, updatedAt: r.record.updatedAt || now.toISOString() }
  if (writeRecord(storage, record, 0).kind === 'ok') storage.removeItem(KEYS.draft)
  out.records.push(record)
  out.migrated = id
}

/** `fallbackDate` (today) stands in for an assessment date that is not a date; its text is kept */
export function loadFirms(storage: Storage, now: Date, fallbackDate: string): Loaded {
  const out: Loaded = { records: [], current: null, aside: [], migrated: null }
  for (const key of keysWithPrefix(storage, CORRUPT_PREFIX))
    out.aside.push({ key, reason: 'earlier', kind: 'unreadable' })
  for (const key of keysWithPrefix(storage, FIRM_PREFIX)) {
    const text = storage.getItem(key) ?? ''
    const r = parseRecord(text, key.slice(FIRM_PREFIX.length), fallbackDate)
    if (r.kind === 'ok') out.records.push(r.record)
    else keepAside(storage, key, text, now, r, out)
  }
  migrateLegacy(storage, now, fallbackDate, out)
  const index = readIndex(storage)
  const has = (id: string | null) => id !== null && out.records.some((r) => r.id === id)
  const newest = [...out.records].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]
  out.current = has(index.current) ? index.current : (out.migrated ?? newest?.id ?? null)
  return out
}

/** every saved firm (a newer version's too), the list, the legacy draft and the set-aside copies */
export function removeFirmKeys(storage: Storage): void {
  const keys = [...keysWithPrefix(storage, FIRM_PREFIX), ...keysWithPrefix(storage, CORRUPT_PREFIX)]
  for (const k of [...keys, KEYS.index, KEYS.draft]) storage.removeItem(k)
}

export { firmStorageKey }
