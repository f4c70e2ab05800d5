// Which tech-SME registration a plan's tech-SME result is for (issue #8 §9). A firm registers in the year's
// window on MIIT's platform, and the registration number holds for the year it is granted (docs/rules.md §3):
// once a year's window has closed, nothing the firm does can reach that year's registration, so a lever counting
// for that year (new IP) counts for the next one, whose window may not be announced yet.
import { nationalTechSmeWindows } from '../locality/generic'
import type { Locality } from '../locality/types'
import type { FirmProfile } from '../profile/types'

export interface TsmeRegistration {
  /** the registration year the plan's tech-SME result is for */
  year: number
  /** the window of the plan's application year, when it closed before the assessment date */
  closed?: { year: number; to: string }
  /** the window of `year`, when the locality's settings have it */
  window?: { from: string; to: string }
}

/**
 * The tech-SME registration for a plan whose levers count for `applicationYear` (src/planner/levers.ts
 * scenarioYear): that year's, unless its window closed before the assessment date (the closing day still
 * counts: to < asOf), then the next year's.
 */
export function tsmeRegistration(
  profile: FirmProfile,
  applicationYear: number,
  windows: Locality['techSmeWindows'] = nationalTechSmeWindows,
): TsmeRegistration {
  const own = windows[String(applicationYear)]
  const closed = own !== undefined && own.to < profile.assessmentDate
  const year = closed ? applicationYear + 1 : applicationYear
  const w = windows[String(year)]
  const window = w && { from: w.from, to: w.to }
  return { year, ...(closed && { closed: { year: applicationYear, to: own.to } }), ...(window && { window }) }
}

/** the words for a closed window (a message key of the plan's table and its params), or none while it is open */
export function closedNotice(r: TsmeRegistration) {
  if (!r.closed) return undefined
  const params = { closed: r.closed.year, to: r.closed.to, next: r.year }
  if (!r.window) return { key: 'tsmeNextUnannounced', params }
  return { key: 'tsmeNext', params: { ...params, from: r.window.from, until: r.window.to } }
}
