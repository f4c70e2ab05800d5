// Status held in the tax year, not criteria met (issue #8 §2): an HNTE incentive needs a certificate valid in that
// tax year, a tech-SME one the 入库登记编号 of that year. Meeting the criteria only makes the status possible.
import type { Program } from '../../engine/types'
import type { Context } from '../../engine/context'
import { hnteCertificateInYear, hnteCertificateIssued, techSmeNumberIssued } from '../certificate'

export type Standing = 'yes' | 'unsure' | 'no'

/** why: the step that settles an 'unsure', or what makes a 'no'; 'not-answered': the firm did not say whether it
 *  holds the status (blank is unknown, never 否), 'date-missing': 是 without the date or year that dates it */
export type HeldReason =
  | 'certificate'
  | 'certificate-not-cancelled'
  | 'expiry-year'
  | 'earlier-unknown'
  | 'criteria-met'
  | 'criteria-not-met'
  | 'year-closed'
  | 'registered'
  | 'not-answered'
  | 'date-missing'

export interface Held {
  standing: Standing
  reason: HeldReason
  /** 'not-answered' / 'date-missing': the questions still to answer (待确认) */
  ask?: string[]
}

const HNTE_ASK = {
  'not-answered': ['credentials.hnteCertificateHeld'],
  'date-missing': ['credentials.hnteCertifiedOn'],
}
const TSME_ASK = {
  'not-answered': ['credentials.techSmeRegistered'],
  'date-missing': ['credentials.techSmeRegistrationYear'],
}

/** the answer to "ever issued?" when it leaves the standing open: blank, or 是 without its date */
function unanswered(issued: boolean | undefined, dated: boolean, ask: typeof HNTE_ASK): Held | undefined {
  if (issued === undefined) return { standing: 'unsure', reason: 'not-answered', ask: ask['not-answered'] }
  if (issued && !dated) return { standing: 'unsure', reason: 'date-missing', ask: ask['date-missing'] }
  return undefined
}

const criteriaPossible = (p: Program): boolean => p.status !== 'ineligible'

/**
 * Without the status: in the current tax year a firm that may meet the criteria can still obtain it ('unsure',
 * the checklist says how); a closed tax year can no longer be covered by a status obtained now ('no').
 */
function notHeld(settlement: boolean, program: Program): Held {
  if (settlement) return { standing: 'no', reason: 'year-closed' }
  return criteriaPossible(program)
    ? { standing: 'unsure', reason: 'criteria-met' }
    : { standing: 'no', reason: 'criteria-not-met' }
}

function hnteHeld(ctx: Context, taxYear: number, settlement: boolean, program: Program): Held {
  const c = ctx.profile.credentials
  const open = unanswered(hnteCertificateIssued(c), Boolean(c.hnteCertifiedOn), HNTE_ASK)
  if (open) return open
  const cert = hnteCertificateInYear(ctx, taxYear)
  // a blank cancellation year is read as never cancelled (the question says to leave it blank then): the ✓ says so
  if (cert === 'covers')
    return {
      standing: 'yes',
      reason: ctx.profile.credentials.hnteCancelledYear === undefined ? 'certificate-not-cancelled' : 'certificate',
    }
  if (cert === 'expiry-year') return { standing: 'unsure', reason: 'expiry-year' }
  if (cert === 'earlier-unknown') return { standing: 'unsure', reason: 'earlier-unknown' }
  return notHeld(settlement, program)
}

/** credentials.techSmeRegistrationYear is the latest number's year: a later one says nothing of the tax year */
function techSmeHeld(ctx: Context, taxYear: number, settlement: boolean, program: Program): Held {
  const c = ctx.profile.credentials
  const open = unanswered(techSmeNumberIssued(c), c.techSmeRegistrationYear !== undefined, TSME_ASK)
  if (open) return open
  const reg = c.techSmeRegistrationYear
  if (reg === taxYear) return { standing: 'yes', reason: 'registered' }
  if (reg !== undefined && reg > taxYear && reg <= ctx.assessmentYear)
    return { standing: 'unsure', reason: 'earlier-unknown' }
  return notHeld(settlement, program)
}

export function heldStatus(
  env: { ctx: Context; taxYear: number; settlement: boolean },
  hnte: Program,
  techSme: Program,
): { hnte: Held; techSme: Held } {
  return {
    hnte: hnteHeld(env.ctx, env.taxYear, env.settlement, hnte),
    techSme: techSmeHeld(env.ctx, env.taxYear, env.settlement, techSme),
  }
}
