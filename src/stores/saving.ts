// Saving the firms as they change, and what the user must be told about it (restored, unreadable,
// unavailable, full, changed in another tab, not saving on this computer). Each firm has its own key; only
// the current firm's key is watched for another tab (that is the one being edited here).
import { defineStore } from 'pinia'
import { reactive, watch } from 'vue'
import type { FirmRecord } from '../helpdesk/types'
import { todayIso, useDraftStore } from './draft'
import { indexJson, loadFirms, removeFirmKeys, writeIndex, type AsideRecord } from './firm-storage'
import { useFirmsStore } from './firms'
import { KEYS, clearAllKeys, firmStorageKey, openStorage, parseRecord, storedRev, writeRecord } from './persistence'
import { resetSettings } from './settings-later'

const body = (r: FirmRecord) => JSON.stringify([r.profile, r.raw, r.updatedAt])

export const useSavingStore = defineStore('saving', () => {
  const draft = useDraftStore()
  const firms = useFirmsStore()
  const status = reactive({
    /** a saved firm was opened on this load (the start page offers to continue it) */
    restored: false,
    /** the notice that it was: on the first page only, and gone once dismissed, left or replaced by another firm */
    restoredNotice: false,
    /** saves not loaded: each can be downloaded as it is stored */
    aside: [] as AsideRecord[],
    storage: 'ok' as 'ok' | 'unavailable' | 'full',
    conflict: false,
    noSave: false,
  })
  let storage: Storage | null = null
  /** per firm: the revision last written or read (another tab's newer one is a conflict) and what it held */
  const base = new Map<string, number>()
  const written = new Map<string, string>()
  let index = ''

  /** what is in memory now counts as saved (restored, or an untouched new firm) */
  function markSaved(): void {
    for (const r of firms.list) written.set(r.id, body(r))
    index = indexJson({ ids: firms.list.map((r) => r.id), current: firms.currentId })
  }

  function writeFirms(force: boolean): boolean {
    for (const r of firms.list) {
      if (written.get(r.id) === body(r) && !force) continue
      const w = writeRecord(storage!, r, base.get(r.id) ?? 0, force)
      if (w.kind === 'conflict') return ((status.conflict = true), false)
      if (w.kind !== 'ok') return ((status.storage = w.kind), false)
      base.set(r.id, w.rev)
      written.set(r.id, body(r))
    }
    for (const id of [...written.keys()].filter((id) => !firms.records.has(id))) {
      storage!.removeItem(firmStorageKey(id))
      written.delete(id)
      base.delete(id)
    }
    return true
  }

  function save(force = false): void {
    if (!storage || status.noSave || (status.conflict && !force)) return
    firms.syncCurrent()
    if (!writeFirms(force)) return
    const next = { ids: firms.list.map((r) => r.id), current: firms.currentId }
    if (indexJson(next) !== index || force) {
      const w = writeIndex(storage, next)
      if (w !== 'ok') return void (status.storage = w)
      index = indexJson(next)
    }
    status.storage = 'ok'
  }

  function onStorage(e: StorageEvent): void {
    const id = firms.currentId
    if (!storage || !id || e.key !== firmStorageKey(id) || e.newValue === null || status.noSave) return
    if (storedRev(storage, firmStorageKey(id)) > (base.get(id) ?? 0)) status.conflict = true
  }

  function start(): void {
    storage = openStorage()
    if (!storage) {
      status.storage = 'unavailable'
      firms.load([], null)
    } else {
      status.noSave = storage.getItem(KEYS.noSave) === '1'
      const loaded = loadFirms(storage, new Date(), todayIso())
      for (const r of loaded.records) base.set(r.id, r.revision)
      status.aside = loaded.aside
      firms.load(loaded.records, loaded.current)
      status.restored = loaded.current !== null
      // an opened firm with nothing in it is no draft of theirs; a new firm or an example replaces what was restored
      status.restoredNotice = status.restored && !draft.isBlank()
      window.addEventListener('storage', onStorage)
    }
    markSaved()
    watch(() => firms.currentId, dismissRestored)
    watch([() => draft.profile, () => draft.raw], () => save(), { deep: true })
    watch([() => firms.records, () => firms.currentId], () => save())
  }

  function dismissRestored(): void {
    status.restoredNotice = false
  }

  /** the other tab's version of the current firm replaces this one */
  function takeTheirs(): void {
    const id = firms.currentId
    const text = id && storage?.getItem(firmStorageKey(id))
    const parsed = text ? parseRecord(text, id, todayIso()) : null
    if (parsed?.kind === 'ok') {
      const r = parsed.record
      base.set(r.id, r.revision)
      written.set(r.id, body(r))
      firms.put(r)
      firms.open(r.id)
    }
    status.conflict = false
  }

  function keepMine(): void {
    save(true)
    status.conflict = false
  }

  /** for shared computers: stop saving and remove every firm saved here */
  function stopSaving(): void {
    status.noSave = true
    if (!storage) return
    removeFirmKeys(storage)
    status.aside = []
    written.clear()
    base.clear()
    storage.setItem(KEYS.noSave, '1')
  }

  function resumeSaving(): void {
    status.noSave = false
    storage?.removeItem(KEYS.noSave)
    save(true)
  }

  /** the stored text of a set-aside save, as it is (null when it is gone) */
  const asideText = (key: string): string | null => storage?.getItem(key) ?? null

  function clearAll(): void {
    if (storage) clearAllKeys(storage)
    Object.assign(status, { restored: false, restoredNotice: false, aside: [], conflict: false, noSave: false })
    written.clear()
    base.clear()
    resetSettings()
    firms.resetAll()
    markSaved()
  }

  return { status, start, save, dismissRestored, takeTheirs, keepMine, stopSaving, resumeSaving, clearAll, asideText }
})
