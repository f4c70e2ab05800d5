// Restoring a profile read from a file or an example: validateProfile, but a draft that only contradicts itself
// is restored as it was. Apart from persistence.ts so the start page, which restores saved firms by their shape
// (draft-decode.ts), does not load the profile checks: they load with an import or an example.
import type { FirmProfile } from '../profile/types'
import { validateProfile } from '../profile/validate'
import type { Problem } from '../profile/problems'
import { getAnswer, setAnswer } from '../wizard/profile-path'

// Contradictions between answers (S&T staff above total…) are normal in a draft: the wizard shows them at the
// field. Only a broken file makes a save unreadable.
const CROSS_FIELD_CODES = new Set(['exceeds', 'after-assessment'])

/** validateProfile, but a draft that only contradicts itself is restored as it was */
export function restoreProfile(
  value: unknown,
): { ok: true; profile: FirmProfile; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  const r = validateProfile(value)
  if (r.ok || !r.problems.every((p) => CROSS_FIELD_CODES.has(p.code))) return r
  try {
    const clone = structuredClone(value) as FirmProfile
    for (const p of r.problems) setAnswer(clone, p.path, undefined)
    const again = validateProfile(clone)
    if (!again.ok) return r
    for (const p of r.problems) setAnswer(again.profile, p.path, getAnswer(value as FirmProfile, p.path))
    return { ok: true, profile: again.profile, warnings: [...again.warnings, ...r.problems] }
  } catch {
    return r
  }
}
