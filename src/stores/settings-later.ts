// The settings store (the locality with its departments, batch dates and windows, and the form that edits it)
// loads after the start page, with the engine (main.ts): the start page needs only the assessment date a new firm
// starts with, which is read from the saved settings here while the store is not there yet. The locality is read
// only to assess, which waits for the engine anyway.
import { isIsoDate } from '../engine/dates'
import type { Locality } from '../locality/types'
import { lazyModule } from './lazy-module'
import { KEYS, openStorage } from './persistence'

type Settings = typeof import('./settings')

const store = lazyModule<Settings>(() => import('./settings'))
const settings = store.current

/** loads the settings store once; later calls return the same promise */
export const loadSettings = (): Promise<void> => store.load()

/** the locality the settings describe (reactive; reading it before loadSettings() is a bug) */
export function settingsLocality(): Locality {
  const m = settings.value
  if (!m) throw new Error('the settings are not loaded yet (await loadSettings() first)')
  return m.useSettingsStore().locality
}

/** the saved default date, read as parseSettings (src/stores/settings-data.ts) reads it: a real date or none */
function savedDefaultDate(): string {
  try {
    const d: unknown = JSON.parse(openStorage()?.getItem(KEYS.settings) ?? 'null')
    const date = typeof d === 'object' && d !== null ? (d as Record<string, unknown>).defaultDate : undefined
    return isIsoDate(date) ? date : ''
  } catch {
    return ''
  }
}

/** the assessment date a new firm starts with: the one set in the settings, else `today` */
export function newFirmDate(today: string): string {
  const m = settings.value
  return m ? m.useSettingsStore().data.defaultDate || today : savedDefaultDate() || today
}

/** back to the default settings (after "清除本机全部数据"); a store never loaded reads the cleared storage */
export function resetSettings(): void {
  settings.value?.useSettingsStore().reset()
}
