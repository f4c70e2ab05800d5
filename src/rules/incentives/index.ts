// The tax incentives for the chosen tax year (the assessment year, estimated from the last fiscal year's
// figures, or the last fiscal year at its annual settlement), and the one coherent tax estimate built from them.
import type { Context } from '../../engine/context'
import { msg } from '../../engine/messages'
import { toYuan } from '../../engine/money'
import { mul } from '../../engine/rational'
import type { Incentive, Program, TaxEstimate } from '../../engine/types'
import { valueAt } from '../notices'
import { makeEnv } from './common'
import { equipmentOneTimeDeduction } from './equipment-one-time-deduction'
import { buildEstimate, hnteTax, noIncentiveTax, standardTax, taxBase } from './estimate'
import { hnteReducedRate } from './hnte-reduced-rate'
import { lossCarryforward10y } from './loss-carryforward-10y'
import { citStandardRate, hnteRate } from './params'
import { rdSuperDeduction } from './rd-super-deduction'
import { compareWithHnte, smallLowProfit } from './small-low-profit'
import { techContractVatExemption } from './tech-contract-vat-exemption'
import { techTransferExemption } from './tech-transfer-exemption'

const ESTIMATE = 'incentives.taxEstimate'

/** the estimate evaluateIncentives built for this assessment, if the taxable income was answered */
export const taxEstimateOf = (ctx: Context): TaxEstimate | undefined => ctx.scratch[ESTIMATE] as TaxEstimate | undefined

export function evaluateIncentives(
  ctx: Context,
  hnte: Program,
  techSme: Program & { directPass: boolean },
): Incentive[] {
  const env = makeEnv(ctx, hnte, techSme)
  const basisKey = env.settlement ? 'incentives.basis-settlement' : 'incentives.basis-notice'
  ctx.notice('incentives.basis', 'info', msg(basisKey, { taxYear: env.taxYear, basisYear: env.basisYear }))
  const rd = rdSuperDeduction(env)
  const tt = techTransferExemption(env)
  const base = taxBase(env, rd.deduction, tt.reduction)
  const reducedRate = hnteReducedRate(env, base)
  const slp = smallLowProfit(env, base)
  const equipment = equipmentOneTimeDeduction(env)
  const standard = valueAt(ctx, citStandardRate, env.date)
  const reduced = valueAt(ctx, hnteRate, env.date)
  if (base && standard && reduced) {
    const dues = {
      none: noIncentiveTax(base, standard.value),
      standard: standardTax(base, standard.value),
      hnte: hnteTax(base, reduced.value, standard.value),
      ...(slp.taxDue ? { slp: slp.taxDue } : {}),
    }
    if (reducedRate.status === 'applicable') compareWithHnte(env, slp, dues.hnte)
    ctx.scratch[ESTIMATE] = buildEstimate(env, base, dues, {
      hnte: reducedRate,
      slp: slp.incentive,
      equipment,
      deductions: [rd.incentive, tt.incentive],
    })
    // the transfer income's own tax is on what of its halved part stays in the base: 所得减免 never takes the
    // base below zero, so where the R&D deduction already used the room the figure agrees with the estimate
    if (tt.incentive.figures.taxDue !== undefined) {
      tt.incentive.figures.taxDue = toYuan(mul(base.halved, standard.value))
      // a deduction of unknown amount left out of the base: less of the halved part may stay in it
      if (base.bound === 'at-most') tt.incentive.bounds = { ...tt.incentive.bounds, taxDue: 'at-most' }
    }
  }
  return [
    rd.incentive,
    reducedRate,
    slp.incentive,
    tt.incentive,
    lossCarryforward10y(env),
    equipment,
    techContractVatExemption(env),
  ]
}
