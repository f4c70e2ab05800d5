// 研发费用加计扣除 (rules.md §4.1): the best rate the firm qualifies for in the tax year, times the capped base of
// the basis year, plus the same rate on the amortisation of R&D-formed intangibles.
import { add, cmp, isZero, mul, q, toNumber, type Q } from '../../engine/rational'
import { msg } from '../../engine/messages'
import { toYuan } from '../../engine/money'
import type { Citation, Incentive } from '../../engine/types'
import type { Param } from '../../engine/params'
import { negativeListStatus } from '../industry'
import { valueAt } from '../notices'
import { superDeductionBase } from '../rd-super-deduction/base'
import { combine, incentive, notInForce, type IncentiveEnv } from './common'
import { rdRateGeneral, rdRateIcMachineTool, rdRateManufacturing, rdRateTechSme } from './params'

const ID = 'rd-super-deduction'
/** GB/T 4754-2017 section C = 制造业 (2021年第13号: manufacturing revenue above 50%) */
const MANUFACTURING_SECTION = 'C'

interface Rate {
  rate: Q
  cite: Citation
}

function rateOf(env: IncentiveEnv, p: Param<Q>, holds: boolean): Rate | undefined {
  const e = holds ? valueAt(env.ctx, p) : undefined
  return e ? { rate: e.value, cite: e.cite } : undefined
}

/** the best of the rates in force for the firm; ties keep the general rule's citation */
function bestRate(env: IncentiveEnv, general: Rate): Rate {
  const c = env.ctx.profile.company
  const candidates = [
    rateOf(env, rdRateManufacturing, c.industry?.trim().toUpperCase().startsWith(MANUFACTURING_SECTION) === true),
    rateOf(env, rdRateTechSme, env.techSme === 'yes'),
    rateOf(env, rdRateIcMachineTool, c.icOrMachineToolListed === true),
  ]
  return candidates.reduce<Rate>((best, r) => (r && cmp(r.rate, best.rate) > 0 ? r : best), general)
}

export function rdSuperDeduction(env: IncentiveEnv): Incentive {
  const generalEntry = valueAt(env.ctx, rdRateGeneral)
  if (!generalEntry) return notInForce(env, ID, rdRateGeneral)
  const { rate, cite } = bestRate(env, { rate: generalEntry.value, cite: generalEntry.cite })
  const figures: Record<string, number> = { rate: toNumber(rate) }
  const c = env.ctx.profile.company
  const listed = negativeListStatus(c.industry)
  const rdTax = env.ctx.year(env.basisYear)?.rdTax
  // who may claim: resident, 查账征收, not on the negative list (财税〔2015〕119号 第四条)
  const status = combine([
    c.residentInMainland,
    c.taxCollection === undefined ? undefined : c.taxCollection === 'audit',
    listed === 'unknown' ? undefined : listed === 'not-listed',
    rdTax ? true : undefined,
  ])
  const base = status === 'not-applicable' ? undefined : superDeductionBase(rdTax, env.ctx.asOf)
  if (!base) return incentive(env, ID, status, figures, cite, { note: pendingNote(env, rate) })
  const expensed = add(base.base, base.intangibleAmortization)
  if (isZero(expensed)) {
    const note = msg('incentives.rd-super-deduction.no-rd', { basisYear: env.basisYear, taxYear: env.taxYear })
    return incentive(env, ID, 'not-applicable', figures, cite, { note })
  }
  figures.extraDeduction = toYuan(mul(rate, expensed))
  return incentive(env, ID, status, figures, cite, { note: pendingNote(env, rate) })
}

/** in 2022 an unsettled tech-SME evaluation may still raise the rate: say so */
function pendingNote(env: IncentiveEnv, rate: Q) {
  const tsme = env.techSme === 'unsure' ? valueAt(env.ctx, rdRateTechSme) : undefined
  if (!tsme || cmp(tsme.value, rate) <= 0) return undefined
  return msg('incentives.rd-super-deduction.tsme-pending', {
    basisYear: env.basisYear,
    taxYear: env.taxYear,
    tsmeRate: `${toNumber(mul(tsme.value, q(100)))}%`,
  })
}
