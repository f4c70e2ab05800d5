// A firm whose HNTE status was cancelled, for whatever reason, may not apply again in the same year
// (国科发火〔2016〕195号; cancellation itself: 国科发火〔2016〕32号 第十九条).
import { cite, HNTE_GUIDE } from '../citations'
import { msg } from '../../engine/messages'
import type { Check } from '../../engine/types'
import type { Context } from '../../engine/context'
import { decidedCheck, type CheckBase } from './check'

/**
 * LEGAL-Q: the profile has no "never cancelled" answer (credentials.hnteCancelledYear is a year or absent), so an
 * absent year claims nothing: the check is listed only when a year is given. The reproduction that gives the rule's
 * words attributes it to the 工作指引 without naming its section: the citation says so and is marked unverified.
 */
export function notCancelledThisYear(ctx: Context): Check | undefined {
  const year = ctx.profile.credentials.hnteCancelledYear
  if (year === undefined) return undefined
  const base: CheckBase = {
    id: 'hnte.not-cancelled-this-year',
    unit: 'flag',
    cite: cite(HNTE_GUIDE, '取消资格后的再次申请'),
    fields: ['credentials.hnteCancelledYear'],
    unverified: true,
  }
  const ok = year !== ctx.assessmentYear
  if (ok) return decidedCheck(base, true)
  return decidedCheck(base, false, {
    note: msg('hnte.check.not-cancelled-this-year.fail', { year, next: year + 1 }),
  })
}
