// Writing profile files: `<firm name>-<date>.innocheck.json`, pretty-printed so a person can read and diff it.
import type { FirmProfile } from '../profile/types'

export const PROFILE_EXTENSION = '.innocheck.json'
export const FIRMS_FORMAT = 'innocheck-firms'
export const FIRMS_VERSION = 1
const UNNAMED = '未命名企业'
/** long enough for any real firm name; file systems cap a name at 255 bytes */
const MAX_NAME_CHARS = 60

export interface FirmsFile {
  format: typeof FIRMS_FORMAT
  version: typeof FIRMS_VERSION
  firms: FirmProfile[]
}

/** a firm name made safe as a file name on Windows, macOS and Linux */
export function safeFileStem(name: string | undefined): string {
  const cleaned = (name ?? '')
    .normalize('NFC')
    // characters Windows forbids, path separators and control characters
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    // a leading dot hides the file; trailing dots and spaces are dropped by Windows
    .replace(/^\.+/, '_')
    .replace(/[. ]+$/, '')
  const stem = [...cleaned].slice(0, MAX_NAME_CHARS).join('')
  // device names such as CON or NUL cannot be file names on Windows
  return stem === '' ? UNNAMED : /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `_${stem}` : stem
}

export function profileFileName(profile: FirmProfile, date: string): string {
  return `${safeFileStem(profile.company.name)}-${date}${PROFILE_EXTENSION}`
}

export function firmsFileName(date: string): string {
  return `全部企业-${date}${PROFILE_EXTENSION}`
}

export function profileJson(profile: FirmProfile): string {
  return JSON.stringify(profile, null, 2) + '\n'
}

export function firmsJson(profiles: readonly FirmProfile[]): string {
  const file: FirmsFile = { format: FIRMS_FORMAT, version: FIRMS_VERSION, firms: [...profiles] }
  return JSON.stringify(file, null, 2) + '\n'
}
