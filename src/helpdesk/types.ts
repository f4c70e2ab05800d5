// A firm kept on this device (helpdesk mode): its answers, the text typed, and when it last changed.
// The assessment is never stored: it is computed from the profile (and cached per revision).
import type { FirmProfile } from '../profile/types'
import type { ProgramStatus } from '../engine/types'

export interface FirmRecord {
  id: string
  profile: FirmProfile
  raw: Record<string, string>
  /** ISO timestamp of the last change */
  updatedAt: string
  /** counts every change: a cached assessment is valid while the revision is the same */
  revision: number
}

export interface ProgramSummary {
  status: ProgramStatus
  min: number
  max: number
  passMark: number
}

export interface FirmSummary {
  id: string
  name: string
  creditCode: string
  updatedAt: string
  hnte: ProgramSummary
  techSme: ProgramSummary
}
