// What validation reports: every problem with the dotted path of the field it concerns, so the wizard can show
// it at that field and the CLI can print `path: message`.
import type { FirmProfile } from './types'

export interface Problem {
  /** dotted path: 'staff.scienceTech', 'years.2025.hiTechIncome' (years by number, else by index); '' = the file */
  path: string
  /** zh-CN, says how to fix it */
  message: string
  /** the same in English, where the problem has been written in both (the wizard's checks between answers) */
  en?: string
  /** stable machine code, e.g. 'type', 'negative', 'decimals', 'exceeds' */
  code: string
  /** the same as a catalogue key and params (`{name}En` beside a param whose words differ by language), where the
   *  problem has one: the field rules and text rules; the batch import renders it in the reader's language */
  key?: string
  params?: Record<string, string | number>
}

export type ValidationResult =
  { ok: true; profile: FirmProfile; warnings: Problem[] } | { ok: false; problems: Problem[] }

/** the problem's message in the reader's language (zh-CN when no English form was written) */
export const problemInLanguage = (p: Problem, locale: string): string =>
  locale.startsWith('en') ? (p.en ?? p.message) : p.message

export const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key))

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}
