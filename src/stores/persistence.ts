// Keeping firms in localStorage: each firm under its own key with a revision, so two tabs never overwrite
// each other blindly, and an unreadable save set aside under its own key (reported, never silently dropped).
// The firm list (index, legacy migration) is in firm-storage.ts.
import type { FirmRecord } from '../helpdesk/types'
import { decodeDraft, type AsideReason } from './draft-decode'

export const KEYS = {
  /** the single draft of earlier versions: migrated into the first firm on load */
  draft: 'innocheck:draft',
  index: 'innocheck:firms',
  settings: 'innocheck:settings',
  noSave: 'innocheck:nosave',
  lang: 'innocheck:lang',
} as const
export const FIRM_PREFIX = 'innocheck:firm:'
export const CORRUPT_PREFIX = 'innocheck:corrupt:'
export const NAMESPACE = 'innocheck:'

export const firmStorageKey = (id: string) => FIRM_PREFIX + id

export type WriteResult =
  { kind: 'ok'; rev: number } | { kind: 'conflict'; theirRev: number } | { kind: 'full' | 'unavailable' }

/** localStorage if it works here (private modes and policies can forbid it), else null */
export function openStorage(): Storage | null {
  try {
    const s = window.localStorage
    s.setItem(NAMESPACE + 'probe', '1')
    s.removeItem(NAMESPACE + 'probe')
    return s
  } catch {
    return null
  }
}

type Envelope = Partial<FirmRecord> & { rev?: unknown; savedAt?: unknown }

export type ParsedRecord = { kind: 'ok'; record: FirmRecord } | { kind: 'newer' | 'unreadable'; reason: AsideReason }

/**
 * a stored firm (or the legacy single draft {rev, savedAt, profile, raw}) → a record as the wizard left it
 * (problems and all: they are shown at their fields), a newer version's save, or why it is unreadable
 */
export function parseRecord(text: string, id: string, fallbackDate: string): ParsedRecord {
  let data: Envelope | null
  try {
    data = JSON.parse(text) as Envelope | null
  } catch {
    return { kind: 'unreadable', reason: 'notJson' }
  }
  if (typeof data !== 'object' || data === null) return { kind: 'unreadable', reason: 'notDraft' }
  const revision = data.revision ?? data.rev
  const d = decodeDraft(data.profile, data.raw, fallbackDate)
  if (d.kind !== 'ok') return d
  if (typeof revision !== 'number') return { kind: 'unreadable', reason: 'noRevision' }
  const updatedAt = String(data.updatedAt ?? data.savedAt ?? '')
  return { kind: 'ok', record: { id, profile: d.profile, raw: d.raw, updatedAt, revision } }
}

/** copies an unreadable save to innocheck:corrupt:<timestamp>… and removes it from its key */
export function setAside(storage: Storage, key: string, text: string, now: Date): string | null {
  const aside = `${CORRUPT_PREFIX}${now.toISOString()}${key === KEYS.draft ? '' : ':' + key.slice(NAMESPACE.length)}`
  try {
    storage.setItem(aside, text)
    storage.removeItem(key)
    return aside
  } catch {
    return null // left where it was: better kept in place than lost
  }
}

/** the revision stored under `key` (0 when none or unreadable) */
export function storedRev(storage: Storage, key: string): number {
  try {
    const d: unknown = JSON.parse(storage.getItem(key) ?? 'null')
    const rev: unknown = (d as Envelope | null)?.revision ?? (d as Envelope | null)?.rev
    return typeof rev === 'number' ? rev : 0
  } catch {
    return 0
  }
}

const failure = (e: unknown): WriteResult => {
  const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
  return { kind: quota ? 'full' : 'unavailable' }
}

/** writes a firm unless another tab saved a newer revision since `baseRev` (unless forced) */
export function writeRecord(storage: Storage, record: FirmRecord, baseRev: number, force = false): WriteResult {
  const key = firmStorageKey(record.id)
  const theirRev = storedRev(storage, key)
  if (theirRev > baseRev && !force) return { kind: 'conflict', theirRev }
  const rev =
    theirRev > baseRev || record.revision <= theirRev ? Math.max(theirRev, record.revision) + 1 : record.revision
  try {
    storage.setItem(key, JSON.stringify({ ...record, revision: rev }))
    return { kind: 'ok', rev }
  } catch (e) {
    return failure(e)
  }
}

export function writeText(storage: Storage, key: string, text: string): 'ok' | 'full' | 'unavailable' {
  try {
    storage.setItem(key, text)
    return 'ok'
  } catch (e) {
    return failure(e).kind as 'full' | 'unavailable'
  }
}

export function keysWithPrefix(storage: Storage, prefix: string): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k?.startsWith(prefix)) keys.push(k)
  }
  return keys
}

/** removes every innocheck: key, corrupt copies and settings included */
export function clearAllKeys(storage: Storage): void {
  for (const k of keysWithPrefix(storage, NAMESPACE)) storage.removeItem(k)
}
