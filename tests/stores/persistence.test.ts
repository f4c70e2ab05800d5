// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useDraftStore } from '../../src/stores/draft'
import { useSavingStore } from '../../src/stores/saving'
import { CORRUPT_PREFIX, KEYS } from '../../src/stores/persistence'

vi.mock('../../src/rules/index', () => ({ assess: () => ({}) }))

function boot() {
  setActivePinia(createPinia())
  const saving = useSavingStore()
  saving.start()
  return { saving, draft: useDraftStore() }
}
const stored = () => JSON.parse(localStorage.getItem(KEYS.draft) ?? 'null')

describe('saving the draft', () => {
  beforeEach(() => localStorage.clear())

  it('saves every change at once, raw text included, and restores it with a notice', async () => {
    const a = boot()
    a.draft.setText('staff.total', '12.5')
    a.draft.setText('staff.scienceTech', '2abc')
    await nextTick()
    expect(stored().profile.staff).toEqual({ total: 12.5 })
    const b = boot()
    expect(b.saving.status.restored).toBe(true)
    expect(b.draft.profile.staff.total).toBe(12.5)
    expect(b.draft.text('staff.scienceTech')).toBe('2abc')
  })

  it('sets an unreadable save aside under innocheck:corrupt: and reports it', () => {
    localStorage.setItem(KEYS.draft, '{"rev":1,"profile":')
    const { saving } = boot()
    expect(saving.status.corrupt?.key).toMatch(new RegExp('^' + CORRUPT_PREFIX))
    expect(localStorage.getItem(saving.status.corrupt!.key!)).toBe('{"rev":1,"profile":')
    expect(localStorage.getItem(KEYS.draft)).toBeNull()
  })

  it('sets aside a save whose profile fails validation', () => {
    localStorage.setItem(KEYS.draft, JSON.stringify({ rev: 1, raw: {}, profile: { format: 'other' } }))
    const { saving } = boot()
    expect(saving.status.corrupt?.reason).toContain('format')
  })

  it('restores a draft whose answers merely contradict each other', () => {
    const a = boot()
    a.draft.setText('staff.total', '5')
    a.draft.setText('staff.scienceTech', '9')
    return nextTick().then(() => {
      const b = boot()
      expect(b.saving.status.corrupt).toBeNull()
      expect(b.draft.profile.staff).toEqual({ total: 5, scienceTech: 9 })
    })
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

  it('detects another tab saving a newer revision and does not overwrite it', async () => {
    const { saving, draft } = boot()
    draft.setText('staff.total', '3')
    await nextTick()
    const theirs = { ...stored(), rev: stored().rev + 5, profile: { ...stored().profile, staff: { total: 99 } } }
    localStorage.setItem(KEYS.draft, JSON.stringify(theirs))
    window.dispatchEvent(new StorageEvent('storage', { key: KEYS.draft, newValue: JSON.stringify(theirs) }))
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
    localStorage.setItem(KEYS.draft, JSON.stringify({ ...stored(), rev: 50 }))
    window.dispatchEvent(new StorageEvent('storage', { key: KEYS.draft, newValue: '{}' }))
    saving.keepMine()
    expect(stored().rev).toBe(51)
    expect(stored().profile.staff.total).toBe(3)
  })

  it('"do not save on this computer" removes the saved draft and saves nothing more', async () => {
    const { saving, draft } = boot()
    draft.setText('staff.total', '3')
    await nextTick()
    saving.stopSaving()
    draft.setText('staff.total', '4')
    await nextTick()
    expect(localStorage.getItem(KEYS.draft)).toBeNull()
    expect(boot().saving.status.noSave).toBe(true)
  })

  it('clear all removes every innocheck: key and empties the draft', async () => {
    const { saving, draft } = boot()
    draft.setText('staff.total', '3')
    localStorage.setItem(CORRUPT_PREFIX + 'x', 'old')
    localStorage.setItem(KEYS.lang, 'en')
    localStorage.setItem('other-app', 'keep')
    await nextTick()
    saving.clearAll()
    await nextTick()
    expect(Object.keys(localStorage).filter((k) => k.startsWith('innocheck:'))).toEqual([])
    expect(localStorage.getItem('other-app')).toBe('keep')
    expect(draft.profile.staff).toEqual({})
  })
})
