// What every incentive shares: the tax year and the basis year, the "estimated from" note, not-in-force,
// and whether the firm holds HNTE / tech-SME status for the tax year.
import type { Context } from '../../engine/context'
import { msg } from '../../engine/messages'
import type { Param } from '../../engine/params'
import type { Citation, Incentive, IncentiveStatus, Message, Program } from '../../engine/types'
import { hnteCertificateValid } from '../certificate'
import './messages'

export type Standing = 'yes' | 'unsure' | 'no'

export interface IncentiveEnv {
  ctx: Context
  /** the tax year the estimate is for: the assessment date's year */
  taxYear: number
  /** the fiscal year whose figures are used: the last one */
  basisYear: number
  /** HNTE status in the tax year: eligible now, or a valid certificate */
  hnte: Standing
  techSme: Standing
}

export function makeEnv(ctx: Context, hnte: Program, techSme: Program): IncentiveEnv {
  return {
    ctx,
    taxYear: ctx.assessmentYear,
    basisYear: ctx.lastYear,
    hnte: hnte.status === 'eligible' || hnteCertificateValid(ctx) === true ? 'yes' : standing(hnte),
    techSme: standing(techSme),
  }
}

function standing(p: Program): Standing {
  if (p.status === 'eligible') return 'yes'
  return p.status === 'ineligible' ? 'no' : 'unsure'
}

export const basisNote = (env: IncentiveEnv): Message =>
  msg('incentives.basis', { basisYear: env.basisYear, taxYear: env.taxYear })

export interface IncentiveExtra {
  note?: Message
  unverified?: boolean
}

export function incentive(
  env: IncentiveEnv,
  id: string,
  status: IncentiveStatus,
  figures: Record<string, number>,
  cite: Citation,
  extra: IncentiveExtra = {},
): Incentive {
  const out: Incentive = {
    id,
    status,
    figures,
    cite,
    taxYear: env.taxYear,
    basisYear: env.basisYear,
    note: extra.note ?? basisNote(env),
  }
  if (extra.unverified) out.unverified = true
  return out
}

/** outside every dated entry of the parameter that carries the rule's period */
export function notInForce<T>(env: IncentiveEnv, id: string, period: Param<T>): Incentive {
  const first = period.history[0]
  const last = period.history[period.history.length - 1]
  const nearest = first && env.ctx.asOf < first.from ? first : last
  const cite = nearest?.cite ?? { doc: period.label, article: '' }
  return incentive(env, id, 'not-in-force', {}, cite, {
    note: msg('incentives.not-in-force', { taxYear: env.taxYear }),
  })
}

/** conditions → one status: any definite no wins, then any unknown, else yes */
export function combine(conditions: (boolean | undefined)[]): IncentiveStatus {
  if (conditions.some((c) => c === false)) return 'not-applicable'
  if (conditions.some((c) => c === undefined)) return 'unknown'
  return 'applicable'
}
