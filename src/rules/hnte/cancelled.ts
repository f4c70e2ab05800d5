// A firm whose HNTE status was cancelled, for whatever reason, may not apply again in the same year
// (国科发火〔2016〕195号 五（六）3; cancellation itself: 国科发火〔2016〕32号 第十九条).
import { cite, HNTE_GUIDE } from '../citations'
import { msg } from '../../engine/messages'
import type { Check } from '../../engine/types'
import type { Context } from '../../engine/context'
import { decidedCheck, type CheckBase } from './check'

/**
 * LEGAL-Q: the profile has no "never cancelled" answer (credentials.hnteCancelledYear is a year or absent), so an
 * absent year claims nothing: the check is listed only when a year is given.
 */
export function notCancelledThisYear(ctx: Context): Check | undefined {
  const year = ctx.profile.credentials.hnteCancelledYear
  if (year === undefined) return undefined
  const base: CheckBase = {
    id: 'hnte.not-cancelled-this-year',
    unit: 'flag',
    cite: cite(HNTE_GUIDE, '五（六）3'),
    fields: ['credentials.hnteCancelledYear'],
  }
  const ok = year !== ctx.assessmentYear
  if (ok) return decidedCheck(base, true)
  return decidedCheck(base, false, {
    note: msg('hnte.check.not-cancelled-this-year.fail', { year, next: year + 1 }),
  })
}
