// IP usable for an HNTE application (工作指引 三（二）): granted in China and owned by the applicant; Class I items
// may be reused while valid, Class II items serve one application only (4); IP co-owned with others counts for one
// owner only (5); a patent counts only when granted (certificate, or grant notice plus fee receipt) before the
// application (6). Unanswered counts and unconfirmed ownership widen the range honestly.
import type { FirmProfile } from '../../profile/types'
import type { Context } from '../../engine/context'

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

/**
 * Whether the firm confirmed that its counts hold only IP that counts for it: co-owned items another owner uses
 * left out (三（二）5) and every patent granted before the application (三（二）6). false when it said some do not.
 * LEGAL-Q: the profile holds one count per class, not a list of items, so a count not confirmed is an upper bound
 * (0 up to the number given): the items that do not count are unknown in number. Applied to every item of the
 * class (software copyrights included), because the counts do not split patents from the rest.
 */
export function ipCountsConfirmed(profile: FirmProfile): boolean | undefined {
  const { coOwnedExcluded, grantedBeforeApplication } = profile.ip
  if (coOwnedExcluded === false || grantedBeforeApplication === false) return false
  if (coOwnedExcluded === true && grantedBeforeApplication === true) return true
  return undefined
}

/** whether any IP count may be above 0 (the confirmations matter only then) */
const mayHoldIp = (p: FirmProfile): boolean => p.ip.classI !== 0 || p.ip.classII !== 0

export function usableIpCount(profile: FirmProfile): UsableIp {
  const { classI, classII, classIIUsedBefore } = profile.ip
  const given = ipCountsConfirmed(profile) === true ? exactly : upTo
  const one = classI === undefined ? upTo(Infinity) : given(classI)
  let two: CountRange
  if (classII === undefined) two = upTo(Infinity)
  else if (classIIUsedBefore === undefined) two = upTo(classII)
  else two = given(Math.max(0, classII - classIIUsedBefore))
  return { classI: one, classII: two, total: { min: one.min + two.min, max: one.max + two.max } }
}

/** the profile paths that would make the usable count exact */
export function ipCountFields(profile: FirmProfile): string[] {
  const { classI, classII, classIIUsedBefore, coOwnedExcluded, grantedBeforeApplication } = profile.ip
  const out: string[] = []
  if (classI === undefined) out.push('ip.classI')
  if (classII === undefined) out.push('ip.classII')
  if (classII !== undefined && classII > 0 && classIIUsedBefore === undefined) out.push('ip.classIIUsedBefore')
  if (mayHoldIp(profile)) {
    if (coOwnedExcluded !== true) out.push('ip.coOwnedExcluded')
    if (grantedBeforeApplication !== true) out.push('ip.grantedBeforeApplication')
  }
  return out
}

/** usableIpCount of the assessment's profile, counted once per assessment (three rules read it) */
export function usableIp(ctx: Context): UsableIp {
  return (ctx.scratch['hnte.usableIp'] ??= usableIpCount(ctx.profile)) as UsableIp
}
