// Typed text → the draft, the one way the wizard does it: the text is kept as typed, the profile gets its value
// when it parses (else the answer is absent = unknown). Also replays the typed texts an imported file carries.
import type { FirmProfile } from '../profile/types'
import { interpret } from '../wizard/answers'
import { isTextField } from '../wizard/fields'
import { setAnswer } from '../wizard/profile-path'
import { applyDateText } from './date-text'

// loaded together (src/stores/text-kit.ts): what an input shows for a stored value, and what typed text means
export { interpret, valueText } from '../wizard/answers'

/** a path the wizard has a text input for (anything else in a file is ignored, never written into the profile) */
export const isTextPath = (path: string): boolean =>
  isTextField(path) && (!path.startsWith('years.') || /^years\.\d{4}\./.test(path))

/** keeps the text and sets the answer it stands for; whether the text could be read. No message: the screens say
 *  why in the reader's language (the step's schema, the review), never this store */
export function applyText(profile: FirmProfile, raw: Record<string, string>, path: string, typed: string): boolean {
  if (path === 'assessmentDate') return applyDateText(profile, raw, typed)
  raw[path] = typed
  // the language only shapes a message, which is not kept here
  const r = interpret(path, typed, 'zh-CN')
  setAnswer(profile, path, r.ok ? r.value : undefined)
  return r.ok
}

/** an imported profile → the profile and texts of the screen it was exported from */
export function withTypedTexts(imported: FirmProfile): { profile: FirmProfile; raw: Record<string, string> } {
  const profile = structuredClone(imported)
  const texts = profile.typedTexts ?? {}
  delete profile.typedTexts
  const raw: Record<string, string> = {}
  for (const [path, text] of Object.entries(texts)) if (isTextPath(path)) applyText(profile, raw, path, text)
  return { profile, raw }
}
