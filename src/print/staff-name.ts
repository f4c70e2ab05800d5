// The visiting staff member's name (helpdesk mode), printed on the sheet. The settings store is built in a
// later step: while src/stores/settings.ts does not exist, the name is read from the saved settings.
type SettingsModule = { useSettingsStore?: () => { staffName?: unknown } }
const settingsModules = import.meta.glob<SettingsModule>('../stores/settings.ts', { eager: true })

export const SETTINGS_KEY = 'innocheck:settings'

const clean = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

/** the name in the saved settings JSON ({ staffName }), '' when absent or unreadable */
export function staffNameFromStorage(storage: Pick<Storage, 'getItem'> | null): string {
  try {
    const data: unknown = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null')
    return typeof data === 'object' && data !== null ? clean((data as { staffName?: unknown }).staffName) : ''
  } catch {
    return ''
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** from the settings store when the app has one, else from localStorage; '' when no name is set */
export function readStaffName(): string {
  const store = Object.values(settingsModules)[0]?.useSettingsStore
  return store ? clean(store().staffName) : staffNameFromStorage(localStorageOrNull())
}
