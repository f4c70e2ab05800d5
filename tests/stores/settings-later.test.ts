// @vitest-environment happy-dom
// Issue #11 (first paint): the settings store loads after the start page (src/stores/settings-later.ts); until
// then a new firm's assessment date comes from the saved settings, read as the store reads them.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { KEYS } from '../../src/stores/persistence'

type Later = typeof import('../../src/stores/settings-later')
/** the module as the start page has it: the store not loaded yet (tests/setup.ts loads it for every other test) */
async function fresh(): Promise<Later> {
  vi.resetModules()
  return import('../../src/stores/settings-later')
}

describe('settings-later', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('gives the saved default date to a new firm before the store has loaded', async () => {
    localStorage.setItem(KEYS.settings, JSON.stringify({ staffName: '王', defaultDate: '2026-06-30' }))
    const later = await fresh()
    expect(later.newFirmDate('2026-11-30')).toBe('2026-06-30')
  })

  it('gives today when no date is saved, or the saved one is no real date (as the store reads it)', async () => {
    const later = await fresh()
    expect(later.newFirmDate('2026-11-30')).toBe('2026-11-30')
    localStorage.setItem(KEYS.settings, JSON.stringify({ defaultDate: '2026-02-30' }))
    expect(later.newFirmDate('2026-11-30')).toBe('2026-11-30')
    localStorage.setItem(KEYS.settings, '{not json')
    expect(later.newFirmDate('2026-11-30')).toBe('2026-11-30')
  })

  it('refuses to give the locality before the store has loaded, and gives the store’s once it has', async () => {
    const later = await fresh()
    expect(() => later.settingsLocality()).toThrow(/not loaded/)
    await later.loadSettings()
    const { useSettingsStore } = await import('../../src/stores/settings')
    expect(later.settingsLocality()).toBe(useSettingsStore().locality)
  })

  it('follows the store once loaded: a date set in the settings, and none after a reset', async () => {
    const later = await fresh()
    await later.loadSettings()
    const { useSettingsStore } = await import('../../src/stores/settings')
    useSettingsStore().update({ ...useSettingsStore().data, defaultDate: '2026-03-31' })
    expect(later.newFirmDate('2026-11-30')).toBe('2026-03-31')
    later.resetSettings()
    expect(later.newFirmDate('2026-11-30')).toBe('2026-11-30')
  })
})
