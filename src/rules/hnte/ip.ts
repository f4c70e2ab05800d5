// IP usable for an HNTE application (工作指引 十（一）): Class I items, and Class II items not used in an earlier
// application (Class II may serve one application only). Unanswered counts widen the range honestly.
import { entryAt } from '../../engine/params'
import type { FirmProfile } from '../../profile/types'
import { classIReusable } from './params'

export interface CountRange {
  min: number
  /** Infinity when the count is not answered */
  max: number
}

export interface UsableIp {
  classI: CountRange
  classII: CountRange
  /** usable items in all */
  total: CountRange
}

const exactly = (n: number): CountRange => ({ min: n, max: n })
const upTo = (n: number): CountRange => ({ min: 0, max: n })

export function usableIpCount(profile: FirmProfile): UsableIp {
  const { classI, classII, classIIUsedBefore } = profile.ip
  // [3P] Class I reuse: when it does not hold, an earlier application may have used any Class I item.
  const reusable = entryAt(classIReusable, profile.assessmentDate)?.value === true
  const one = classI === undefined ? upTo(Infinity) : reusable ? exactly(classI) : upTo(classI)
  let two: CountRange
  if (classII === undefined) two = upTo(Infinity)
  else if (classIIUsedBefore === undefined) two = upTo(classII)
  else two = exactly(Math.max(0, classII - classIIUsedBefore))
  return { classI: one, classII: two, total: { min: one.min + two.min, max: one.max + two.max } }
}

/** the profile paths that would make the usable count exact */
export function ipCountFields(profile: FirmProfile): string[] {
  const { classI, classII, classIIUsedBefore } = profile.ip
  const out: string[] = []
  if (classI === undefined) out.push('ip.classI')
  if (classII === undefined) out.push('ip.classII')
  if (classII !== undefined && classII > 0 && classIIUsedBefore === undefined) out.push('ip.classIIUsedBefore')
  return out
}
