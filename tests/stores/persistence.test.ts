// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useDraftStore } from '../../src/stores/draft'
import { useFirmsStore } from '../../src/stores/firms'
import { useSavingStore } from '../../src/stores/saving'
import { CORRUPT_PREFIX, FIRM_PREFIX, KEYS, firmStorageKey } from '../../src/stores/persistence'

vi.mock('../../src/rules/index', () => ({ assess: () => ({}) }))

function boot() {
  setActivePinia(createPinia())
  const saving = useSavingStore()
  saving.start()
  return { saving, draft: useDraftStore(), firms: useFirmsStore() }
}
const currentKey = () => firmStorageKey(useFirmsStore().currentId!)
const stored = () => JSON.parse(localStorage.getItem(currentKey()) ?? 'null')
const firmKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(FIRM_PREFIX))

describe('saving the firms', () => {
  beforeEach(() => localStorage.clear())

  it('saves every change at once under the firm key, raw text included, and restores it with a notice', async () => {
    const a = boot()
    a.draft.setText('staff.total', '12.5')
    a.draft.setText('staff.scienceTech', '2abc')
    await nextTick()
    expect(stored().profile.staff).toEqual({ total: 12.5 })
    expect(stored().id).toBe(a.firms.currentId)
    const b = boot()
    expect(b.saving.status.restored).toBe(true)
    expect(b.draft.profile.staff.total).toBe(12.5)
    expect(b.draft.text('staff.scienceTech')).toBe('2abc')
  })

  it('writes nothing for an untouched new firm', async () => {
    const { saving } = boot()
    await nextTick()
    expect(saving.status.restored).toBe(false)
    expect(Object.keys(localStorage).filter((k) => k.startsWith('innocheck:'))).toEqual([])
  })

  it('migrates the single draft of earlier versions into the first firm, losing nothing', () => {
    const legacy = { rev: 7, savedAt: '2026-01-02T03:04:05.000Z', raw: { 'staff.scienceTech': '2abc' } }
    const profile = {
      format: 'innocheck-profile',
      version: 1,
      assessmentDate: '2026-05-20',
      company: { name: '旧草稿' },
    }
    const full = {
      ...profile,
      staff: { total: 8 },
      years: [],
      ip: {},
      rdManagement: {},
      record: {},
      credentials: {},
      tax: {},
    }
    localStorage.setItem(KEYS.draft, JSON.stringify({ ...legacy, profile: full }))
    const { draft, firms, saving } = boot()
    expect(localStorage.getItem(KEYS.draft)).toBeNull()
    expect(firms.list).toHaveLength(1)
    expect(draft.profile.company.name).toBe('旧草稿')
    expect(draft.profile.staff.total).toBe(8)
    expect(draft.text('staff.scienceTech')).toBe('2abc')
    expect(stored()).toMatchObject({ revision: 7, updatedAt: legacy.savedAt, raw: legacy.raw })
    expect(saving.status.restored).toBe(true)
  })

  it('sets an unreadable legacy draft aside under innocheck:corrupt: and reports it', () => {
    localStorage.setItem(KEYS.draft, '{"rev":1,"profile":')
    const { saving } = boot()
    expect(saving.status.aside[0]?.key).toMatch(new RegExp('^' + CORRUPT_PREFIX))
    expect(localStorage.getItem(saving.status.aside[0]!.key)).toBe('{"rev":1,"profile":')
    expect(localStorage.getItem(KEYS.draft)).toBeNull()
  })

  it('sets aside an unreadable firm, keeps the readable ones, and reports it', async () => {
    const a = boot()
    a.draft.setText('company.name', '好企业')
    await nextTick()
    localStorage.setItem(firmStorageKey('broken'), '{"revision":1,"profile":')
    const b = boot()
    expect(b.saving.status.aside[0]?.key).toMatch(new RegExp('^' + CORRUPT_PREFIX))
    expect(localStorage.getItem(b.saving.status.aside[0]!.key)).toBe('{"revision":1,"profile":')
    expect(localStorage.getItem(firmStorageKey('broken'))).toBeNull()
    expect(b.firms.list.map((r) => r.profile.company.name)).toEqual(['好企业'])
  })

  it('sets aside a save whose profile fails validation', () => {
    localStorage.setItem(firmStorageKey('x'), JSON.stringify({ revision: 1, raw: {}, profile: { format: 'other' } }))
    const { saving } = boot()
    expect(saving.status.aside).toEqual([expect.objectContaining({ kind: 'unreadable', reason: 'notDraft' })])
  })

  it('restores a draft whose answers merely contradict each other', async () => {
    const a = boot()
    a.draft.setText('staff.total', '5')
    a.draft.setText('staff.scienceTech', '9')
    await nextTick()
    const b = boot()
    expect(b.saving.status.aside).toEqual([])
    expect(b.draft.profile.staff).toEqual({ total: 5, scienceTech: 9 })
  })

  it('keeps working in memory with a warning when storage is full', async () => {
    const { saving, draft } = boot()
    const spy = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    draft.setText('staff.total', '3')
    await nextTick()
    spy.mockRestore()
    expect(saving.status.storage).toBe('full')
    expect(draft.profile.staff.total).toBe(3)
  })

  it('detects another tab saving a newer revision of the current firm and does not overwrite it', async () => {
    const { saving, draft } = boot()
    draft.setText('staff.total', '3')
    await nextTick()
    const theirs = {
      ...stored(),
      revision: stored().revision + 5,
      profile: { ...stored().profile, staff: { total: 99 } },
    }
    localStorage.setItem(currentKey(), JSON.stringify(theirs))
    window.dispatchEvent(new StorageEvent('storage', { key: currentKey(), newValue: JSON.stringify(theirs) }))
    expect(saving.status.conflict).toBe(true)
    draft.setText('staff.total', '4')
    await nextTick()
    expect(stored().profile.staff.total).toBe(99)
    saving.takeTheirs()
    expect(draft.profile.staff.total).toBe(99)
    expect(saving.status.conflict).toBe(false)
  })

  it('"keep mine" overwrites the other tab on purpose', async () => {
    const { saving, draft } = boot()
    draft.setText('staff.total', '3')
    await nextTick()
    localStorage.setItem(currentKey(), JSON.stringify({ ...stored(), revision: 50 }))
    window.dispatchEvent(new StorageEvent('storage', { key: currentKey(), newValue: '{}' }))
    expect(saving.status.conflict).toBe(true)
    saving.keepMine()
    expect(stored().revision).toBe(51)
    expect(stored().profile.staff.total).toBe(3)
  })

  it('"do not save on this computer" removes every saved firm and saves nothing more', async () => {
    const { saving, draft, firms } = boot()
    draft.setText('staff.total', '3')
    firms.create('第二家')
    await nextTick()
    expect(firmKeys()).toHaveLength(2)
    saving.stopSaving()
    draft.setText('staff.total', '4')
    firms.create('第三家')
    await nextTick()
    expect(firmKeys()).toEqual([])
    expect(localStorage.getItem(KEYS.index)).toBeNull()
    expect(firms.list).toHaveLength(3)
    expect(boot().saving.status.noSave).toBe(true)
  })

  it('clear all removes every innocheck: key, every firm and setting, and leaves one empty firm', async () => {
    const { saving, draft, firms } = boot()
    draft.setText('staff.total', '3')
    firms.create('第二家')
    localStorage.setItem(CORRUPT_PREFIX + 'x', 'old')
    localStorage.setItem(KEYS.lang, 'en')
    localStorage.setItem(KEYS.settings, JSON.stringify({ staffName: '张三' }))
    localStorage.setItem('other-app', 'keep')
    await nextTick()
    saving.clearAll()
    await nextTick()
    expect(Object.keys(localStorage).filter((k) => k.startsWith('innocheck:'))).toEqual([])
    expect(localStorage.getItem('other-app')).toBe('keep')
    expect(draft.profile.staff).toEqual({})
    expect(firms.list).toHaveLength(1)
  })
})
