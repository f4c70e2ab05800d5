// 亏损结转年限延长至10年 (财税〔2018〕76号 第一条、第二条): for a firm holding HNTE status (a valid certificate) or a
// tech-SME registration number in the tax year — meeting the criteria is not enough; never for a 核定征收 firm.
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, notInForce, type IncentiveEnv } from './common'
import { preconditions } from './conditions'
import { lossCarryforwardYears } from './params'

const ID = 'loss-carryforward-10y'
const HELD = `${ID}.hnte-or-tsme-held`

export function lossCarryforward10y(env: IncentiveEnv): Incentive {
  const years = valueAt(env.ctx, lossCarryforwardYears, env.date)
  // before 2018 the law had no such extension: not in force, whatever the year's coverage
  if (!years) return notInForce(env, ID, lossCarryforwardYears)
  const pre = preconditions(env, ID)
  const held = pre.checks.find((c) => c.id === HELD)
  const note = held?.status === 'unknown' ? held.note : undefined
  return incentive(env, ID, pre.status, {}, years.cite, { conditions: pre.checks, note })
}
