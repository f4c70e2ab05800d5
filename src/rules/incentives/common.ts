// What every incentive shares: the tax year (the user's choice, issue #8 §5), the date whose rules apply, the
// basis year, the "estimated from" note, not-in-force / not-covered, and the answers a step may read.
import type { Context } from '../../engine/context'
import { msg } from '../../engine/messages'
import type { Param } from '../../engine/params'
import type { Check, Citation, Incentive, IncentiveStatus, Message, Program } from '../../engine/types'
import type { FirmProfile } from '../../profile/types'
import { heldStatus, type Held } from './held'

export interface IncentiveEnv {
  ctx: Context
  /** the tax year the estimate is for: the assessment year, or the last fiscal year (汇算清缴) */
  taxYear: number
  /** true when the tax year is the last fiscal year: its own figures, its own rules */
  settlement: boolean
  /** the day whose rules apply: the assessment date for the current year, 31 December for a settled year */
  date: string
  /** the fiscal year whose figures are used: always the last one */
  basisYear: number
  /** HNTE status held in the tax year (a certificate), and the tech-SME registration for that year */
  hnte: Held
  techSme: Held
  /** the tax answers a step the wizard asked may contribute (see taxAnswers) */
  tax: FirmProfile['tax']
  /** basisNote's message, once made */
  basis?: Message
}

/**
 * The tax year: tax.taxYear when it is the assessment year or the last fiscal year (the only two the wizard
 * offers); any other value is not a tax year this assessment can speak for, so the assessment year is used and a
 * warning says so (validation is the wizard's; the engine never throws).
 */
export function chooseTaxYear(ctx: Context): number {
  const chosen = ctx.profile.tax.taxYear
  if (chosen === undefined || chosen === ctx.assessmentYear || chosen === ctx.lastYear)
    return chosen ?? ctx.assessmentYear
  ctx.notice(
    'incentives.tax-year-invalid',
    'warning',
    msg('incentives.tax-year-invalid', { chosen: String(chosen), taxYear: ctx.assessmentYear }),
  )
  return ctx.assessmentYear
}

/** 核定征收: the wizard asks only what 小型微利 needs (国家税务总局公告2023年第6号): nothing else is ever read */
const DEEMED_ASKED = ['taxableIncome', 'avgEmployees', 'avgTotalAssets', 'taxYear'] as const

function taxAnswers(ctx: Context, taxYear: number): FirmProfile['tax'] {
  const profile = ctx.profile
  const given = profile.taxAnswersYear
  if (given !== undefined && given !== taxYear && Object.keys(profile.tax).some((k) => k !== 'taxYear')) {
    // answers typed for another tax year say nothing of this one: unanswered, and the results say why
    ctx.notice(
      'incentives.tax-answers-other-year',
      'warning',
      msg('incentives.tax-answers-other-year', { given, taxYear }),
    )
    return {}
  }
  if (profile.company.taxCollection !== 'deemed') return profile.tax
  const out: FirmProfile['tax'] = {}
  for (const k of DEEMED_ASKED) if (profile.tax[k] !== undefined) (out as Record<string, unknown>)[k] = profile.tax[k]
  return out
}

export function makeEnv(ctx: Context, hnte: Program, techSme: Program): IncentiveEnv {
  const taxYear = chooseTaxYear(ctx)
  const settlement = taxYear !== ctx.assessmentYear
  const held = heldStatus({ ctx, taxYear, settlement }, hnte, techSme)
  return {
    ctx,
    taxYear,
    settlement,
    date: settlement ? `${taxYear}-12-31` : ctx.asOf,
    basisYear: ctx.lastYear,
    tax: taxAnswers(ctx, taxYear),
    hnte: held.hnte,
    techSme: held.techSme,
  }
}

/** the "estimated from" note, made once per assessment: most incentives carry it (the same message) */
export const basisNote = (env: IncentiveEnv): Message =>
  (env.basis ??= env.settlement
    ? msg('incentives.basis-settlement', { taxYear: env.taxYear })
    : msg('incentives.basis', { basisYear: env.basisYear, taxYear: env.taxYear }))

export interface IncentiveExtra {
  note?: Message
  unverified?: boolean
  conditions?: Check[]
  bounds?: Record<string, 'at-least' | 'at-most'>
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
  if (extra.conditions?.length) out.conditions = extra.conditions
  if (extra.bounds && Object.keys(extra.bounds).length) out.bounds = extra.bounds
  return out
}

/** the law had no such incentive in the tax year (after its last period, or between periods) */
export function notInForce<T>(env: IncentiveEnv, id: string, period: Param<T>): Incentive {
  const first = period.history[0]
  const last = period.history[period.history.length - 1]
  const nearest = first && env.date < first.from ? first : last
  const cite = nearest?.cite ?? { doc: period.label, article: '' }
  return incentive(env, id, 'not-in-force', {}, cite, {
    note: msg('incentives.not-in-force', { taxYear: env.taxYear }),
  })
}

/**
 * A tax year before the first period this rules version encodes, when the law did have the incentive then:
 * 'unknown', never 'not-in-force', with a notice saying the year is not covered.
 */
export function notCovered<T>(env: IncentiveEnv, id: string, period: Param<T>): Incentive {
  const first = period.history[0]
  const cite = first?.cite ?? { doc: period.label, article: '' }
  const note = msg('incentives.not-covered', { taxYear: env.taxYear, from: first?.from.slice(0, 4) ?? '' })
  env.ctx.notice(`${id}.not-covered`, 'warning', note, cite)
  return incentive(env, id, 'unknown', {}, cite, { note })
}

/** before the first dated entry → not covered; otherwise (a gap, or after the last) → not in force */
export function outsidePeriods<T>(env: IncentiveEnv, id: string, period: Param<T>): Incentive {
  const first = period.history[0]
  return first && env.date < first.from ? notCovered(env, id, period) : notInForce(env, id, period)
}

/** conditions → one status: any definite no wins, then any unknown, else yes */
export function combine(conditions: (boolean | undefined)[]): IncentiveStatus {
  if (conditions.some((c) => c === false)) return 'not-applicable'
  if (conditions.some((c) => c === undefined)) return 'unknown'
  return 'applicable'
}
