// What goes into an exported file: the answers a profile file may hold, and every text on screen that is not
// such an answer (invalid, out of range, not yet parsed) in `typedTexts`, so importing the file gives back the
// screen the user left. Contradictions between answers stay in the profile: importing shows them at the fields.
import type { FirmProfile } from '../profile/types'
import { validateProfile } from '../profile/validate'
import { valueText } from '../wizard/answers'
import { getAnswer, setAnswer, type AnswerValue } from '../wizard/profile-path'

/** problems that are about one answer's value (not the file's shape, not two answers together) */
const CROSS_FIELD = new Set(['exceeds', 'after-assessment'])

/** year entries a file may not carry (an assessment date before 1952 makes the wizard ask for them) */
function moveBadYears(profile: FirmProfile, texts: Record<string, string>): void {
  const ok = (y: number) => y >= 1949 && y <= 2999
  for (const entry of profile.years.filter((e) => !ok(e.year))) {
    const leaves = (o: object, prefix: string): void => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'object' && v !== null) leaves(v as object, `${prefix}.${k}`)
        else if (k !== 'year' && /^\d{4}$/.test(String(entry.year)))
          texts[`${prefix}.${k}`] ??= valueText(`${prefix}.${k}`, v as AnswerValue)
      }
    }
    leaves(entry, `years.${entry.year}`)
  }
  profile.years = profile.years.filter((e) => ok(e.year))
}

export function exportable(profile: FirmProfile, raw: Readonly<Record<string, string>> = {}): FirmProfile {
  const out = JSON.parse(JSON.stringify(profile)) as FirmProfile
  delete out.typedTexts
  const texts: Record<string, string> = {}
  for (const [path, text] of Object.entries(raw))
    if (text !== valueText(path, safeAnswer(profile, path))) texts[path] = text
  moveBadYears(out, texts)
  const r = validateProfile(JSON.parse(JSON.stringify(out)))
  if (!r.ok)
    for (const p of r.problems.filter((p) => p.path && !CROSS_FIELD.has(p.code))) {
      const v = safeAnswer(out, p.path)
      if (v === undefined) continue
      texts[p.path] ??= raw[p.path] ?? valueText(p.path, v)
      setAnswer(out, p.path, undefined)
    }
  if (Object.keys(texts).length) out.typedTexts = texts
  return out
}

/** the answer at a path, or undefined when the path names no answer ('years.0.year' of an index-keyed entry) */
function safeAnswer(profile: FirmProfile, path: string): AnswerValue {
  try {
    return getAnswer(profile, path)
  } catch {
    return undefined
  }
}
