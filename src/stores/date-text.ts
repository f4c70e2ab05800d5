// The assessment date typed → the draft, the way applyText (typed-texts.ts) does it for every field, without the
// field table: the start page's one field works before the rest has loaded (src/stores/text-kit.ts). The date's
// only rule is to be a date (src/fields/rows-company.ts), which readDate already checks.
import type { FirmProfile } from '../profile/types'
import { readDate } from '../wizard/read-date'

/** keeps the text; the profile's date changes when the text is a date (empty or unreadable leaves it as it was) */
export function applyDateText(profile: FirmProfile, raw: Record<string, string>, typed: string): boolean {
  raw.assessmentDate = typed
  const r = readDate(typed)
  if (r.ok && !r.empty) profile.assessmentDate = r.value
  return r.ok
}
