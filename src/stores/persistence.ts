// Keeping the draft in localStorage: every change at once, a revision counter so two tabs never overwrite each
// other blindly, and an unreadable save set aside under its own key (reported, never silently dropped).
import type { FirmProfile } from '../profile/types'
import { validateProfile } from '../profile/validate'
import type { Problem } from '../profile/problems'
import { getAnswer, setAnswer } from '../wizard/profile-path'

export const KEYS = { draft: 'innocheck:draft', noSave: 'innocheck:nosave', lang: 'innocheck:lang' } as const
export const CORRUPT_PREFIX = 'innocheck:corrupt:'
export const NAMESPACE = 'innocheck:'

export interface SavedDraft {
  rev: number
  savedAt: string
  profile: FirmProfile
  raw: Record<string, string>
}

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'ok'; draft: SavedDraft; warnings: Problem[] }
  | { kind: 'corrupt'; setAsideKey: string | null; reason: string }

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

// Contradictions between answers (S&T staff above total…) are normal in a draft: the wizard shows them at the
// field. Only a broken file makes a save unreadable.
const CROSS_FIELD_CODES = new Set(['exceeds', 'after-assessment'])

/** validateProfile, but a draft that only contradicts itself is restored as it was */
export function restoreProfile(
  value: unknown,
): { ok: true; profile: FirmProfile; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  const r = validateProfile(value)
  if (r.ok || !r.problems.every((p) => CROSS_FIELD_CODES.has(p.code))) return r
  try {
    const clone = structuredClone(value) as FirmProfile
    for (const p of r.problems) setAnswer(clone, p.path, undefined)
    const again = validateProfile(clone)
    if (!again.ok) return r
    for (const p of r.problems) setAnswer(again.profile, p.path, getAnswer(value as FirmProfile, p.path))
    return { ok: true, profile: again.profile, warnings: [...again.warnings, ...r.problems] }
  } catch {
    return r
  }
}

function isTextRecord(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')
  )
}

function parseEnvelope(text: string): { draft: SavedDraft; warnings: Problem[] } | string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return '保存的草稿不是有效的 JSON'
  }
  const d = data as Partial<SavedDraft> | null
  if (!d || typeof d.rev !== 'number' || !isTextRecord(d.raw ?? {})) return '保存的草稿结构不完整'
  const r = restoreProfile(d.profile)
  if (!r.ok) return r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('；')
  const raw = Object.fromEntries(Object.entries(d.raw ?? {}).filter(([k]) => /^[A-Za-z0-9.]+$/.test(k)))
  return { draft: { rev: d.rev, savedAt: String(d.savedAt ?? ''), profile: r.profile, raw }, warnings: r.warnings }
}

/** copies an unreadable save to innocheck:corrupt:<timestamp> and removes it from the draft key */
function setAside(storage: Storage, text: string, now: Date): string | null {
  const key = CORRUPT_PREFIX + now.toISOString()
  try {
    storage.setItem(key, text)
    storage.removeItem(KEYS.draft)
    return key
  } catch {
    return null // left where it was: better kept in place than lost
  }
}

export function readDraft(storage: Storage, now: Date): ReadResult {
  const text = storage.getItem(KEYS.draft)
  if (text === null) return { kind: 'none' }
  const parsed = parseEnvelope(text)
  if (typeof parsed !== 'string') return { kind: 'ok', ...parsed }
  return { kind: 'corrupt', setAsideKey: setAside(storage, text, now), reason: parsed }
}

/** the revision of the stored draft (0 when none or unreadable) */
export function storedRev(storage: Storage): number {
  try {
    const rev: unknown = JSON.parse(storage.getItem(KEYS.draft) ?? 'null')?.rev
    return typeof rev === 'number' ? rev : 0
  } catch {
    return 0
  }
}

/** writes the draft unless another tab saved a newer revision since `baseRev` (unless forced) */
export function writeDraft(
  storage: Storage,
  draft: Omit<SavedDraft, 'rev'>,
  baseRev: number,
  force = false,
): WriteResult {
  const theirRev = storedRev(storage)
  if (theirRev > baseRev && !force) return { kind: 'conflict', theirRev }
  const rev = Math.max(theirRev, baseRev) + 1
  try {
    storage.setItem(KEYS.draft, JSON.stringify({ ...draft, rev }))
    return { kind: 'ok', rev }
  } catch (e) {
    const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
    return { kind: quota ? 'full' : 'unavailable' }
  }
}

/** removes every innocheck: key, corrupt copies included */
export function clearAllKeys(storage: Storage): void {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k?.startsWith(NAMESPACE)) keys.push(k)
  }
  for (const k of keys) storage.removeItem(k)
}
