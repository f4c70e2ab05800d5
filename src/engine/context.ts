// The working set of one assessment: the date, the fiscal-year window, the year lookup and the notices.
import type { FirmProfile, FiscalYearData } from '../profile/types'
import type { Locality } from '../locality/types'
import { genericLocality } from '../locality/generic'
import { yearOf } from './dates'
import type { Notice, Message } from './types'

export interface AssessOptions {
  /** the county's settings (departments, batch dates, windows); absent: a locality with no county in it */
  locality?: Locality
}

export interface Context {
  profile: FirmProfile
  asOf: string
  /** the calendar (= fiscal, = tax) year of the assessment date */
  assessmentYear: number
  /** the fiscal years the programs use, ascending (docs/rules.md §1) */
  fiscalYears: number[]
  /** the fiscal year before the assessment year (当年 / 最近一年) */
  lastYear: number
  /** the profile's data for a fiscal year, if it has any */
  year(y: number): FiscalYearData | undefined
  locality: Locality
  notices: Notice[]
  notice(id: string, level: Notice['level'], message: Message, cite?: Notice['cite']): void
  /**
   * What one rule leaves for a later one in the same assessment (the tax estimate, the [3P] values used), by the
   * rule's own key: a field of the context rather than a WeakMap keyed by it, which every garbage collection has
   * to walk (issue #11).
   */
  scratch: Record<string, unknown>
}

/**
 * 近三个会计年度 = the three fiscal years before the assessment year; a firm that has operated fewer
 * uses its actual operating period (工作指引 §一): the window starts no earlier than its registration year.
 */
export function fiscalWindow(asOf: string, registeredOn: string | undefined): number[] {
  const y = yearOf(asOf)
  const first = Math.max(y - 3, registeredOn ? yearOf(registeredOn) : y - 3)
  const years: number[] = []
  for (let fy = first; fy <= y - 1; fy++) years.push(fy)
  return years
}

/** a class, so that year() and notice() live on the prototype rather than as two closures per assessment */
class AssessmentContext implements Context {
  readonly asOf: string
  readonly assessmentYear: number
  readonly fiscalYears: number[]
  readonly lastYear: number
  readonly locality: Locality
  readonly notices: Notice[] = []
  readonly scratch: Record<string, unknown> = {}

  constructor(
    readonly profile: FirmProfile,
    options: AssessOptions,
  ) {
    this.asOf = profile.assessmentDate
    this.assessmentYear = yearOf(profile.assessmentDate)
    this.fiscalYears = fiscalWindow(profile.assessmentDate, profile.company.registeredOn)
    this.lastYear = this.assessmentYear - 1
    this.locality = options.locality ?? genericLocality
  }

  /** the last entry for the year, as a Map built from the list would give (a profile holds a handful of years) */
  year(y: number): FiscalYearData | undefined {
    const ys = this.profile.years
    for (let i = ys.length - 1; i >= 0; i--) if (ys[i]!.year === y) return ys[i]
    return undefined
  }

  notice(id: string, level: Notice['level'], message: Message, cite?: Notice['cite']): void {
    for (const n of this.notices) if (n.id === id) return
    this.notices.push(cite ? { id, level, message, cite } : { id, level, message })
  }
}

export function makeContext(profile: FirmProfile, options: AssessOptions = {}): Context {
  return new AssessmentContext(profile, options)
}
