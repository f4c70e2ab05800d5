// The tax incentives (rules.md §4) for the tax year of the assessment date, estimated from the last fiscal
// year's figures. A rule not in force in that tax year is 'not-in-force' whatever the answers.
import type { Context } from '../../engine/context'
import { msg } from '../../engine/messages'
import type { Incentive, Program } from '../../engine/types'
import { makeEnv } from './common'
import { equipmentOneTimeDeduction } from './equipment-one-time-deduction'
import { hnteReducedRate } from './hnte-reduced-rate'
import { lossCarryforward10y } from './loss-carryforward-10y'
import { rdSuperDeduction } from './rd-super-deduction'
import { smallLowProfit } from './small-low-profit'
import { techContractVatExemption } from './tech-contract-vat-exemption'
import { techTransferExemption } from './tech-transfer-exemption'

export function evaluateIncentives(
  ctx: Context,
  hnte: Program,
  techSme: Program & { directPass: boolean },
): Incentive[] {
  const env = makeEnv(ctx, hnte, techSme)
  ctx.notice(
    'incentives.basis',
    'info',
    msg('incentives.basis-notice', { taxYear: env.taxYear, basisYear: env.basisYear }),
  )
  const reducedRate = hnteReducedRate(env)
  return [
    rdSuperDeduction(env),
    reducedRate,
    smallLowProfit(env, reducedRate.status === 'applicable'),
    techTransferExemption(env),
    lossCarryforward10y(env),
    equipmentOneTimeDeduction(env),
    techContractVatExemption(env),
  ]
}
