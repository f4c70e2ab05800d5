// Helpdesk mode: the firms kept on this device. The current firm is the one the wizard edits (the draft
// store); every other firm is a stored record. Records are replaced, never mutated, so a revision names one
// state and the list's assessments are cached per revision (never stored).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import { createAssessmentCache, summarize } from '../helpdesk/summary'
import type { FirmRecord } from '../helpdesk/types'
import { emptyProfile, type FirmProfile } from '../profile/types'
import { assess } from './engine'
import { todayIso, useDraftStore } from './draft'
import { newFirmId } from './firm-storage'
import { textKit } from './text-kit'
import { newFirmDate, settingsLocality } from './settings-later'

const snapshot = (profile: FirmProfile, raw: Record<string, string>) => JSON.stringify([profile, raw])

export const useFirmsStore = defineStore('firms', () => {
  const draft = useDraftStore()
  const records = shallowRef<ReadonlyMap<string, FirmRecord>>(new Map())
  const currentId = ref<string | null>(null)
  /** the last firm deleted, until undone or another is deleted */
  const removed = shallowRef<{ record: FirmRecord; wasCurrent: boolean } | null>(null)
  /** the firm as it was before an import replaced its answers, until undone or another import replaces */
  const replaced = shallowRef<FirmRecord | null>(null)
  const cache = createAssessmentCache((p) => assess(p, { locality: settingsLocality() }))

  const list = computed(() => [...records.value.values()])
  const current = computed(() => (currentId.value ? records.value.get(currentId.value) : undefined))
  const summaries = computed(() => {
    cache.keep(records.value.keys())
    return list.value.map((r) => summarize(r, cache.get(r, settingsLocality())))
  })
  const assessmentOf = (r: FirmRecord) => cache.get(r, settingsLocality())

  function put(r: FirmRecord): void {
    records.value = new Map(records.value).set(r.id, r)
  }
  function record(profile: FirmProfile, raw: Record<string, string> = {}, id = newFirmId()): FirmRecord {
    return {
      id,
      profile: structuredClone(toRaw(profile)),
      raw: { ...raw },
      updatedAt: new Date().toISOString(),
      revision: 1,
    }
  }
  /** a change to a record: a new object with the next revision */
  function change(r: FirmRecord, profile: FirmProfile, raw: Record<string, string>): void {
    put({ ...r, profile, raw, updatedAt: new Date().toISOString(), revision: r.revision + 1 })
  }

  /** the draft's answers → the current record, when they differ from it */
  function syncCurrent(): void {
    const r = current.value
    if (!r) return
    const profile = toRaw(draft.profile)
    const raw = toRaw(draft.raw)
    if (snapshot(profile, raw) !== snapshot(r.profile, r.raw)) change(r, structuredClone(profile), structuredClone(raw))
  }

  function open(id: string): void {
    const r = records.value.get(id)
    if (!r) return
    syncCurrent()
    currentId.value = id
    draft.replace(r.profile, r.raw)
  }

  function load(list: FirmRecord[], current: string | null): void {
    records.value = new Map(list.map((r) => [r.id, r]))
    if (current && records.value.has(current)) open(current)
    else create()
  }

  function create(name = ''): string {
    const profile = emptyProfile(newFirmDate(todayIso()))
    if (name.trim()) profile.company.name = name.trim()
    const r = record(profile)
    put(r)
    open(r.id)
    return r.id
  }

  /** profiles from a file, each as a new firm with the texts it carries; the first is opened */
  function addProfiles(profiles: FirmProfile[]): string[] {
    const ids = profiles.map((p) => {
      const { profile, raw } = textKit().withTypedTexts(p)
      const r = record(profile, raw)
      put(r)
      return r.id
    })
    if (ids[0]) open(ids[0])
    return ids
  }

  /** a file's profile replaces the current firm's answers; the replaced ones are kept until undone or replaced */
  function replaceCurrent(imported: FirmProfile): void {
    syncCurrent()
    const before = current.value
    const { profile, raw } = textKit().withTypedTexts(imported)
    draft.replace(profile, raw)
    syncCurrent()
    if (before) replaced.value = before
  }

  /** the answers the last import replaced, back in their firm (the imported ones are dropped) */
  function undoReplace(): void {
    const before = replaced.value
    const now = before && records.value.get(before.id)
    replaced.value = null
    if (!before || !now) return
    if (before.id !== currentId.value) return change(now, structuredClone(before.profile), { ...before.raw })
    draft.replace(before.profile, before.raw)
    syncCurrent()
  }

  /** an example firm: into the current firm when it is still blank, else as a new firm (nothing is overwritten) */
  async function openExample(name: string): Promise<void> {
    const profile = await draft.exampleProfile(name)
    if (draft.isBlank()) {
      draft.replace(profile)
      syncCurrent()
    } else addProfiles([profile])
  }

  function duplicate(id: string): string | undefined {
    syncCurrent()
    const r = records.value.get(id)
    if (!r) return undefined
    const copy = record(r.profile, r.raw)
    copy.profile.company.name = `${r.profile.company.name ?? ''}（副本）`
    put(copy)
    return copy.id
  }

  function rename(id: string, name: string): void {
    if (id === currentId.value) {
      draft.setValue('company.name', name.trim() || undefined)
      syncCurrent()
      return
    }
    const r = records.value.get(id)
    if (!r) return
    const profile = structuredClone(r.profile)
    if (name.trim()) profile.company.name = name.trim()
    else delete profile.company.name
    change(r, profile, r.raw)
  }

  function remove(id: string): void {
    syncCurrent()
    const r = records.value.get(id)
    if (!r) return
    const next = new Map(records.value)
    next.delete(id)
    records.value = next
    removed.value = { record: r, wasCurrent: id === currentId.value }
    if (id !== currentId.value) return
    const newest = [...next.values()].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]
    currentId.value = null
    if (newest) open(newest.id)
    else create()
  }

  function undo(): void {
    const r = removed.value
    if (!r) return
    put(r.record)
    removed.value = null
    if (r.wasCurrent) open(r.record.id)
  }

  /** everything gone ("清除本机全部数据"): one new empty firm */
  function resetAll(): void {
    records.value = new Map()
    removed.value = null
    replaced.value = null
    currentId.value = null
    create()
  }

  return {
    records,
    currentId,
    current,
    list,
    summaries,
    removed,
    replaced,
    assessmentOf,
    put,
    load,
    syncCurrent,
    open,
    create,
    addProfiles,
    replaceCurrent,
    undoReplace,
    openExample,
    duplicate,
    rename,
    remove,
    undo,
    resetAll,
  }
})
