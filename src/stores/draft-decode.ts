// A saved draft read back exactly as the wizard left it. The wizard keeps answers that are out of range or
// contradict each other and shows each problem at its field, so a save is read by its shape (known fields of
// the right JSON type), not by the profile file's rules: a draft that would fail validateProfile still restores.
// Only a save that is not a draft at all is unreadable; one from a newer version is reported as such.
import { isIsoDate } from '../engine/dates'
import {
  groupShapes,
  rdShape,
  rdTaxShape,
  transformationsShape,
  yearShape,
  type Shape,
  type Stored,
} from '../profile/stored-shape'
import { FORBIDDEN_KEYS } from '../profile/forbidden-keys'
import { isPlainObject } from '../profile/problems'
import { PROFILE_FORMAT, PROFILE_VERSION, emptyProfile, type FirmProfile, type FiscalYearData } from '../profile/types'

/** why a save was not loaded (the words are in the i18n catalogue: saving.reason.*) */
export type AsideReason = 'notJson' | 'notDraft' | 'noRevision' | 'unknownVersion' | 'newer' | 'earlier'

export type DecodedDraft =
  | { kind: 'ok'; profile: FirmProfile; raw: Record<string, string> }
  | { kind: 'newer' | 'unreadable'; reason: AsideReason }

/** a typed text's key: a dotted profile path, nothing that could reach a prototype */
const PATH_KEY = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/

/** the strings of a {path: text} record whose keys are paths (typed texts of the wizard) */
export function textRecord(v: unknown): Record<string, string> {
  if (!isPlainObject(v)) return {}
  const entries = Object.entries(v).filter(
    ([k, s]) => typeof s === 'string' && PATH_KEY.test(k) && !k.split('.').some((p) => FORBIDDEN_KEYS.has(p)),
  )
  return Object.fromEntries(entries) as Record<string, string>
}

function fitsKind(v: unknown, stored: Stored): boolean {
  if (stored === 'n') return typeof v === 'number' && Number.isFinite(v)
  return typeof v === (stored === 'b' ? 'boolean' : 'string')
}

/** the known fields of the right type; a misplaced number or string is kept as the field's text */
function readFields(v: unknown, spec: Shape, path: string, raw: Record<string, string>, out: object): void {
  if (!isPlainObject(v)) return
  for (const key of Object.keys(spec)) {
    if (!Object.hasOwn(v, key)) continue
    const value = v[key]
    if (fitsKind(value, spec[key]!)) (out as Record<string, unknown>)[key] = value
    else if (typeof value === 'string' || typeof value === 'number') raw[`${path}.${key}`] ??= String(value)
  }
}

function readYear(v: unknown, raw: Record<string, string>): FiscalYearData | undefined {
  // a year path is four digits (src/wizard/profile-path.ts): any other entry was not written by the wizard
  if (!isPlainObject(v) || !Number.isInteger(v.year) || (v.year as number) < 1000 || (v.year as number) > 9999)
    return undefined
  const entry: FiscalYearData = { year: v.year as number }
  const path = `years.${entry.year}`
  readFields(v, yearShape, path, raw, entry)
  for (const [k, spec] of [
    ['rd', rdShape],
    ['rdTax', rdTaxShape],
  ] as const) {
    const group = {}
    readFields(v[k], spec, `${path}.${k}`, raw, group)
    if (Object.keys(group).length) entry[k] = group
  }
  return entry
}

function readYears(v: unknown, raw: Record<string, string>): FiscalYearData[] {
  if (!Array.isArray(v)) return []
  const out: FiscalYearData[] = []
  for (const e of v) {
    const entry = readYear(e, raw)
    if (entry && !out.some((y) => y.year === entry.year)) out.push(entry)
  }
  return out.sort((a, b) => a.year - b.year)
}

/**
 * a stored profile and its typed texts → the draft; `fallbackDate` stands in for an assessment date that is
 * not a date (the text is kept and shown at the field)
 */
export function decodeDraft(value: unknown, rawIn: unknown, fallbackDate: string): DecodedDraft {
  if (!isPlainObject(value) || value.format !== PROFILE_FORMAT) return { kind: 'unreadable', reason: 'notDraft' }
  const v = value.version
  if (typeof v === 'number' && Number.isInteger(v) && v > PROFILE_VERSION) return { kind: 'newer', reason: 'newer' }
  if (v !== PROFILE_VERSION) return { kind: 'unreadable', reason: 'unknownVersion' }
  const raw = { ...textRecord(value.typedTexts), ...textRecord(rawIn) }
  const date = value.assessmentDate
  if (!isIsoDate(date) && (typeof date === 'string' || typeof date === 'number')) raw.assessmentDate ??= String(date)
  const profile = emptyProfile(isIsoDate(date) ? date : fallbackDate)
  for (const [group, spec] of Object.entries(groupShapes))
    readFields(value[group], spec, group, raw, profile[group as keyof typeof groupShapes])
  profile.years = readYears(value.years, raw)
  const t = value.transformations
  if (fitsKind(t, transformationsShape)) profile.transformations = t as number
  // the tax year the tax answers were given for: without it a reload would take them as the current year's
  const ty = value.taxAnswersYear
  if (typeof ty === 'number' && Number.isInteger(ty)) profile.taxAnswersYear = ty
  // the sheet's notes box is typed too: kept with the firm (nothing typed is lost)
  if (typeof value.notes === 'string' && value.notes !== '') profile.notes = value.notes
  return { kind: 'ok', profile, raw }
}
