// The firm list on this device: one key per firm plus an index (the order and the current firm). The keys are
// the truth: a firm whose key exists is listed even if the index lost it (two tabs adding firms at once).
// A single draft saved by an earlier version becomes the first firm, so nothing is lost on upgrade.
import type { FirmRecord } from '../helpdesk/types'
import {
  FIRM_PREFIX,
  KEYS,
  firmKey,
  keysWithPrefix,
  parseRecord,
  setAside,
  writeRecord,
  writeText,
} from './persistence'

export interface FirmIndex {
  ids: string[]
  current: string | null
}

export interface Loaded {
  records: FirmRecord[]
  current: string | null
  corrupt: { key: string | null; reason: string }[]
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

/** the legacy single draft → a firm under its own key; the old key is removed only once the copy is written */
function migrateLegacy(storage: Storage, now: Date, out: Loaded): void {
  const text = storage.getItem(KEYS.draft)
  if (text === null) return
  const id = newFirmId()
  const r = parseRecord(text, id)
  if (typeof r === 'string') {
    out.corrupt.push({ key: setAside(storage, KEYS.draft, text, now), reason: r })
    return
  }
  const record = { ...r, updatedAt: r.updatedAt || now.toISOString() }
  if (writeRecord(storage, record, 0).kind === 'ok') storage.removeItem(KEYS.draft)
  out.records.push(record)
  out.migrated = id
}

export function loadFirms(storage: Storage, now: Date): Loaded {
  const out: Loaded = { records: [], current: null, corrupt: [], migrated: null }
  for (const key of keysWithPrefix(storage, FIRM_PREFIX)) {
    const text = storage.getItem(key) ?? ''
    const r = parseRecord(text, key.slice(FIRM_PREFIX.length))
    if (typeof r === 'string') out.corrupt.push({ key: setAside(storage, key, text, now), reason: r })
    else out.records.push(r)
  }
  migrateLegacy(storage, now, out)
  const index = readIndex(storage)
  const has = (id: string | null) => id !== null && out.records.some((r) => r.id === id)
  const newest = [...out.records].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]
  out.current = has(index.current) ? index.current : (out.migrated ?? newest?.id ?? null)
  return out
}

export function removeFirmKeys(storage: Storage): void {
  for (const k of [...keysWithPrefix(storage, FIRM_PREFIX), KEYS.index, KEYS.draft]) storage.removeItem(k)
}

export { firmKey }
