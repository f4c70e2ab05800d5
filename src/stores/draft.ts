// The firm's answers: the profile (what the engine reads) and the raw text typed (so nothing typed is ever lost,
// even when it does not parse). The assessment is computed from the profile, never stored.
import { defineStore } from 'pinia'
import { computed, reactive } from 'vue'
import { emptyProfile, type FirmProfile } from '../profile/types'
import { assess } from './engine'
import { askedProfile } from '../wizard/asked'
import { getAnswer, setAnswer, type AnswerValue } from '../wizard/profile-path'
import { applyDateText } from './date-text'
import { loadTextKit, textKit } from './text-kit'
import { settingsLocality } from './settings-later'
import { keepTaxAnswers, stampTaxAnswers } from '../profile/tax-answers'

/** the example firms, loaded only when asked for (not in the first bundle) */
const EXAMPLES = import.meta.glob<{ default: unknown }>('../../examples/*.json')

export const exampleNames = (): string[] => Object.keys(EXAMPLES).map((k) => k.replace(/^.*\/([^/]+)\.json$/, '$1'))

/** today in the user's time zone: the UI may read the clock, the engine never does */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export const useDraftStore = defineStore('draft', () => {
  const profile = reactive<FirmProfile>(emptyProfile(todayIso()))
  const raw = reactive<Record<string, string>>({})
  // the locality chosen in the settings names the departments and deadlines in the checklist
  // answers the wizard does not ask this firm stay stored but are not assessed (src/wizard/asked.ts)
  const assessment = computed(() => assess(askedProfile(profile), { locality: settingsLocality() }))

  const answer = (path: string): AnswerValue => getAnswer(profile, path)
  /** what the input for `path` shows: the text typed, else the stored value as text (the start page's date
   *  needs no field table: src/stores/text-kit.ts) */
  const text = (path: string): string =>
    raw[path] ?? (path === 'assessmentDate' ? profile.assessmentDate : textKit().valueText(path, answer(path)))

  /** keeps the text; the profile gets its value when it parses, else the answer is absent (unknown) */
  /** whether the text could be read (the screens say why not, in the reader's language) */
  function setText(path: string, typed: string): boolean {
    const ok =
      path === 'assessmentDate' ? applyDateText(profile, raw, typed) : textKit().applyText(profile, raw, path, typed)
    stampTaxAnswers(profile, path)
    return ok
  }

  function setValue(path: string, value: AnswerValue): void {
    delete raw[path]
    setAnswer(profile, path, value)
    stampTaxAnswers(profile, path)
  }

  /** the tax answers given for an earlier tax year, kept as the answers for the year now estimated */
  const keepEarlierTaxAnswers = (): void => keepTaxAnswers(profile)

  function replace(next: FirmProfile, nextRaw: Record<string, string> = {}): void {
    const copy = structuredClone(next)
    for (const k of Object.keys(profile)) if (!(k in copy)) delete (profile as unknown as Record<string, unknown>)[k]
    Object.assign(profile, copy)
    // a profile saved before the tax answers kept their year: they are its own date's (src/profile/tax-answers.ts)
    stampTaxAnswers(profile)
    for (const k of Object.keys(raw)) delete raw[k]
    Object.assign(raw, nextRaw)
  }

  /** an example firm's profile (examples/*.json), loaded only when asked for */
  async function exampleProfile(name: string): Promise<FirmProfile> {
    const load = EXAMPLES[`../../examples/${name}.json`]
    if (!load) throw new Error(`no example named ${name}`)
    // the profile checks load with the example, not with the start page
    const [{ restoreProfile }, file] = await Promise.all([import('./restore'), load(), loadTextKit()])
    const r = restoreProfile(file.default)
    if (!r.ok) throw new Error(`example ${name} is invalid: ${r.problems.map((p) => p.message).join('; ')}`)
    return r.profile
  }

  /** nothing answered yet (a new firm): loading something here loses nothing */
  const isBlank = (): boolean =>
    Object.keys(raw).length === 0 && JSON.stringify(profile) === JSON.stringify(emptyProfile(profile.assessmentDate))

  function reset(assessmentDate = todayIso()): void {
    replace(emptyProfile(assessmentDate))
  }

  return {
    profile,
    raw,
    assessment,
    answer,
    text,
    setText,
    setValue,
    keepEarlierTaxAnswers,
    replace,
    exampleProfile,
    isBlank,
    reset,
  }
})
