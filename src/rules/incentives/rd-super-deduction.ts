// 研发费用加计扣除: the best rate the firm qualifies for in the tax year, times the capped base of the basis year,
// plus the same rate on the amortisation of R&D-formed intangibles. Who may claim: see conditions-data.ts.
import { add, cmp, isZero, mul, q, toNumber, type Q } from '../../engine/rational'
import { msg } from '../../engine/messages'
import { toYuan } from '../../engine/money'
import type { Citation, Incentive } from '../../engine/types'
import type { Param } from '../../engine/params'
import { valueAt } from '../notices'
import { superDeductionBase } from '../rd-super-deduction/base'
import { combine, incentive, outsidePeriods, type IncentiveEnv } from './common'
import { preconditions } from './conditions'
import { rdRateGeneral, rdRateIcMachineTool, rdRateManufacturing, rdRateQ4of2022, rdRateTechSme } from './params'
import type { Deduction } from './estimate'

const ID = 'rd-super-deduction'
/** GB/T 4754-2017 section C = 制造业 (2021年第13号: manufacturing revenue above 50%) */
const MANUFACTURING_SECTION = 'C'

interface Rate {
  rate: Q
  cite: Citation
}

function rateOf(env: IncentiveEnv, p: Param<Q>, holds: boolean): Rate | undefined {
  const e = holds ? valueAt(env.ctx, p, env.date) : undefined
  return e ? { rate: e.value, cite: e.cite } : undefined
}

/** the best of the rates in force for the firm; a tech-SME rate needs that year's registration number */
function bestRate(env: IncentiveEnv, general: Rate): Rate {
  const c = env.ctx.profile.company
  const candidates = [
    rateOf(env, rdRateManufacturing, c.industry?.trim().toUpperCase().startsWith(MANUFACTURING_SECTION) === true),
    rateOf(env, rdRateTechSme, env.techSme.standing === 'yes'),
    rateOf(env, rdRateIcMachineTool, c.icOrMachineToolListed === true),
  ]
  return candidates.reduce<Rate>((best, r) => (r && cmp(r.rate, best.rate) > 0 ? r : best), general)
}

export interface RdResult {
  incentive: Incentive
  deduction: Deduction
}

const UNKNOWN: Deduction = { exact: false }
const NONE: Deduction = { amount: q(0), exact: true }

export function rdSuperDeduction(env: IncentiveEnv): RdResult {
  const generalEntry = valueAt(env.ctx, rdRateGeneral, env.date)
  if (!generalEntry) {
    const i = outsidePeriods(env, ID, rdRateGeneral)
    return { incentive: i, deduction: i.status === 'unknown' ? UNKNOWN : NONE }
  }
  const { rate, cite } = bestRate(env, { rate: generalEntry.value, cite: generalEntry.cite })
  const figures: Record<string, number> = { rate: toNumber(rate) }
  const pre = preconditions(env, ID)
  const conditions = pre.checks
  if (pre.status === 'not-applicable')
    return { incentive: incentive(env, ID, pre.status, {}, cite, { conditions }), deduction: NONE }
  const rdTax = env.ctx.year(env.basisYear)?.rdTax
  const base = superDeductionBase(rdTax, env.date)
  const note = pendingNote(env, rate)
  const q4 = q4Of2022(env, rate)
  if (q4) env.ctx.notice(`${ID}.q4-2022`, 'warning', msg(`incentives.${ID}.q4-2022`, { taxYear: env.taxYear }), q4)
  const known = base !== undefined && base.answered !== 'none'
  const status = combine([pre.status === 'unknown' ? undefined : true, known ? true : undefined])
  // the rate shown is the best one known: an unanswered IC listing or a pending tech-SME number may raise it
  const rateBounds: Record<string, 'at-least'> = higherRateOpen(env, rate) ? { rate: 'at-least' } : {}
  if (!rdTax || !base || !known) {
    const inc = incentive(env, ID, status, figures, cite, { note, conditions, bounds: rateBounds })
    return { incentive: inc, deduction: UNKNOWN }
  }
  const full = add(base.base, base.intangibleAmortization)
  if (isZero(full) && base.answered === 'all') {
    const noRd = msg('incentives.rd-super-deduction.no-rd', { basisYear: env.basisYear, taxYear: env.taxYear })
    return {
      incentive: incentive(env, ID, 'not-applicable', figures, cite, { note: noRd, conditions }),
      deduction: NONE,
    }
  }
  const perProject = base.perProjectLimit && !isZero(base.allowedOther)
  if (perProject) {
    const text = msg('rd-super-deduction.per-project-limit', { taxYear: env.taxYear })
    env.ctx.notice('rd-super-deduction.per-project-limit', 'info', text, base.otherCite)
  }
  // a lower bound: amounts unanswered, or a higher rate still open (IC listing unanswered, tech-SME number pending)
  const lower = base.answered !== 'all' || higherRateOpen(env, rate)
  const bound = perProject ? (lower ? undefined : 'at-most') : lower ? 'at-least' : 'exact'
  if (bound) figures.extraDeduction = toYuan(mul(rate, full))
  const bounds: Record<string, 'at-least' | 'at-most'> = { ...rateBounds }
  if (bound && bound !== 'exact') bounds.extraDeduction = bound
  const inc = incentive(env, ID, status, figures, cite, { note, conditions, bounds })
  if (status !== 'applicable') return { incentive: inc, deduction: UNKNOWN }
  // what the estimate may deduct for sure: with a per-project limit, the base without any other costs
  const sure = perProject ? superDeductionBase({ ...rdTax, otherRelated: 0 }, env.date) : base
  const sureFull = sure ? add(sure.base, sure.intangibleAmortization) : full
  return { incentive: inc, deduction: { amount: mul(rate, sureFull), exact: bound === 'exact' } }
}

/** a higher rate the answers leave open: an unanswered IC / machine-tool listing, a pending tech-SME number */
function higherRateOpen(env: IncentiveEnv, rate: Q): boolean {
  const above = (p: Param<Q>) => {
    const e = valueAt(env.ctx, p, env.date)
    return e !== undefined && cmp(e.value, rate) > 0
  }
  const icOpen = env.ctx.profile.company.icOrMachineToolListed === undefined && above(rdRateIcMachineTool)
  return icOpen || (env.techSme.standing === 'unsure' && above(rdRateTechSme)) || q4Of2022(env, rate) !== undefined
}

/** the citation of 2022's fourth-quarter 100%, when the tax year had it and the rate applied is lower */
function q4Of2022(env: IncentiveEnv, rate: Q): Citation | undefined {
  const e = valueAt(env.ctx, rdRateQ4of2022, `${env.taxYear}-12-31`)
  return e && cmp(e.value, rate) > 0 ? e.cite : undefined
}

/** an unsettled tech-SME registration may still raise the rate (2017–2019, 2022): say so */
function pendingNote(env: IncentiveEnv, rate: Q) {
  const tsme = env.techSme.standing === 'unsure' ? valueAt(env.ctx, rdRateTechSme, env.date) : undefined
  if (!tsme || cmp(tsme.value, rate) <= 0) return undefined
  return msg('incentives.rd-super-deduction.tsme-pending', {
    basisYear: env.basisYear,
    taxYear: env.taxYear,
    tsmeRate: `${toNumber(mul(tsme.value, q(100)))}%`,
  })
}
