// Writing profile files: `<firm name>-<date>.innocheck.json`, pretty-printed so a person can read and diff it.
import type { FirmProfile } from '../profile/types'
import { exportable } from './export-texts'

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

/** the profile with the texts typed on screen (`raw`) that are not valid answers in `typedTexts` */
export function profileJson(profile: FirmProfile, raw: Readonly<Record<string, string>> = {}): string {
  return JSON.stringify(exportable(profile, raw), null, 2) + '\n'
}

/** firms with their typed texts (a bare profile carries none) */
export function firmsJson(firms: readonly (FirmProfile | { profile: FirmProfile; raw: Record<string, string> })[]) {
  const profiles = firms.map((f) => ('profile' in f ? exportable(f.profile, f.raw) : exportable(f)))
  const file: FirmsFile = { format: FIRMS_FORMAT, version: FIRMS_VERSION, firms: profiles }
  return JSON.stringify(file, null, 2) + '\n'
}
