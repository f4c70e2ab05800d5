// 亏损结转年限延长至10年 (财税〔2018〕76号; rules.md §4.4): for a firm with HNTE or tech-SME status in the year.
import type { Incentive, IncentiveStatus } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, notInForce, type IncentiveEnv } from './common'
import { lossCarryforwardYears } from './params'

const ID = 'loss-carryforward-10y'

export function lossCarryforward10y(env: IncentiveEnv): Incentive {
  const years = valueAt(env.ctx, lossCarryforwardYears)
  if (!years) return notInForce(env, ID, lossCarryforwardYears)
  const status: IncentiveStatus =
    env.hnte === 'yes' || env.techSme === 'yes'
      ? 'applicable'
      : env.hnte === 'no' && env.techSme === 'no'
        ? 'not-applicable'
        : 'unknown'
  return incentive(env, ID, status, {}, years.cite)
}
