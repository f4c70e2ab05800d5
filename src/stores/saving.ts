// Saving the draft as it changes, and what the user must be told about it (restored, unreadable, unavailable,
// full, changed in another tab, not saving on this computer).
import { defineStore } from 'pinia'
import { reactive, toRaw, watch } from 'vue'
import { useDraftStore } from './draft'
import { KEYS, clearAllKeys, openStorage, readDraft, storedRev, writeDraft } from './persistence'

export const useSavingStore = defineStore('saving', () => {
  const draft = useDraftStore()
  const status = reactive({
    restored: false,
    corrupt: null as null | { key: string | null; reason: string },
    storage: 'ok' as 'ok' | 'unavailable' | 'full',
    conflict: false,
    noSave: false,
  })
  let storage: Storage | null = null
  let rev = 0
  /** the draft as last saved or restored: a change back to it needs no write */
  let last = ''
  const snapshot = () => JSON.stringify([draft.profile, draft.raw])

  function save(force = false): void {
    if (!storage || status.noSave || (status.conflict && !force)) return
    const now = snapshot()
    if (now === last && !force) return
    const body = { savedAt: new Date().toISOString(), profile: toRaw(draft.profile), raw: toRaw(draft.raw) }
    const w = writeDraft(storage, body, rev, force)
    if (w.kind === 'ok') {
      rev = w.rev
      last = now
    }
    if (w.kind === 'conflict') status.conflict = true
    else status.storage = w.kind === 'ok' ? 'ok' : w.kind
  }

  function onStorage(e: StorageEvent): void {
    if (e.key !== KEYS.draft || e.newValue === null || !storage) return
    if (storedRev(storage) > rev && !status.noSave) status.conflict = true
  }

  function start(): void {
    storage = openStorage()
    if (!storage) status.storage = 'unavailable'
    else {
      status.noSave = storage.getItem(KEYS.noSave) === '1'
      const r = readDraft(storage, new Date())
      if (r.kind === 'ok') {
        draft.replace(r.draft.profile, r.draft.raw)
        rev = r.draft.rev
        status.restored = true
        last = snapshot()
      } else if (r.kind === 'corrupt') status.corrupt = { key: r.setAsideKey, reason: r.reason }
      window.addEventListener('storage', onStorage)
    }
    watch([() => draft.profile, () => draft.raw], () => save(), { deep: true })
  }

  /** the other tab's draft replaces this one */
  function takeTheirs(): void {
    if (!storage) return
    const r = readDraft(storage, new Date())
    if (r.kind === 'ok') {
      draft.replace(r.draft.profile, r.draft.raw)
      rev = r.draft.rev
      last = snapshot()
    }
    status.conflict = false
  }

  function keepMine(): void {
    save(true)
    status.conflict = false
  }

  /** for shared computers: stop saving and remove what was saved */
  function stopSaving(): void {
    status.noSave = true
    storage?.removeItem(KEYS.draft)
    storage?.setItem(KEYS.noSave, '1')
  }

  function resumeSaving(): void {
    status.noSave = false
    storage?.removeItem(KEYS.noSave)
    save(true)
  }

  function clearAll(): void {
    if (storage) clearAllKeys(storage)
    Object.assign(status, { restored: false, corrupt: null, conflict: false, noSave: false })
    rev = 0
    draft.reset()
    last = snapshot()
  }

  return { status, start, save, takeTheirs, keepMine, stopSaving, resumeSaving, clearAll }
})
