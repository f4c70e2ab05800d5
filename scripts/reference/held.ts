// The full reference's incentive plumbing: status held in the tax year (a certificate, a registration number;
// meeting the criteria only makes it possible), preconditions in order up to the first that fails.
import { negativeList, type Ref, type Status } from './core'
import type { RefProgram } from './hnte'

export type IStatus = 'applicable' | 'not-applicable' | 'unknown' | 'not-in-force'
export type Held = 'yes' | 'unsure' | 'no'

export interface RefIncentive {
  id: string
  status: IStatus
  figures: Record<string, number>
  /** the preconditions' statuses, in order, up to the first that fails */
  conditions: Status[]
}

const notHeld = (settlement: boolean, p: RefProgram): Held =>
  settlement ? 'no' : p.status !== 'ineligible' ? 'unsure' : 'no'

/** a certificate issued in year Y covers Y … the year before its validity ends (国家税务总局公告2017年第24号) */
export function hnteHeld(r: Ref, taxYear: number, settlement: boolean, p: RefProgram): Held {
  const on = r.p.credentials.hnteCertifiedOn
  // a date means 是; without one, 否 is the firm's answer and anything else unknown (是 without a date too)
  if (!on) return r.p.credentials.hnteCertificateHeld === false ? notHeld(settlement, p) : 'unsure'
  if (on > r.asOf) return notHeld(settlement, p)
  const issued = +on.slice(0, 4)
  const cancelled = r.p.credentials.hnteCancelledYear
  if (cancelled !== undefined && cancelled >= issued && taxYear >= cancelled) return notHeld(settlement, p)
  if (taxYear < issued) return 'unsure'
  const newYear = on.slice(5) === '01-01'
  const lastYear = newYear ? issued + 2 : issued + 3
  if (taxYear < lastYear || (taxYear === lastYear && newYear)) return 'yes'
  return taxYear === lastYear ? 'unsure' : notHeld(settlement, p)
}

export function tsmeHeld(r: Ref, taxYear: number, settlement: boolean, p: RefProgram): Held {
  const reg = r.p.credentials.techSmeRegistrationYear
  if (reg === undefined) return r.p.credentials.techSmeRegistered === false ? notHeld(settlement, p) : 'unsure'
  if (reg === taxYear) return 'yes'
  return reg !== undefined && reg > taxYear && reg <= r.year ? 'unsure' : notHeld(settlement, p)
}

export const yn = (v: boolean | undefined): Status => (v === undefined ? 'unknown' : v ? 'pass' : 'fail')
export const heldStatus = (h: Held): Status => (h === 'yes' ? 'pass' : h === 'no' ? 'fail' : 'unknown')

export function pre(statuses: Status[]): { conditions: Status[]; status: IStatus } {
  const i = statuses.indexOf('fail')
  if (i >= 0) return { conditions: statuses.slice(0, i + 1), status: 'not-applicable' }
  return { conditions: statuses, status: statuses.includes('unknown') ? 'unknown' : 'applicable' }
}

export const combine = (xs: (boolean | undefined)[]): IStatus =>
  xs.includes(false) ? 'not-applicable' : xs.includes(undefined) ? 'unknown' : 'applicable'

export const inc = (
  id: string,
  p: { conditions: Status[] },
  status: IStatus,
  figures: Record<string, number> = {},
) => ({
  id,
  status,
  figures,
  conditions: p.conditions,
})

export function negativeStatus(code: string | undefined): Status {
  const l = negativeList(code)
  return l === 'unknown' ? 'unknown' : l === 'not-listed' ? 'pass' : 'fail'
}
