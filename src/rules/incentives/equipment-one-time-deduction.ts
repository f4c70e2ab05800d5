// 设备、器具一次性税前扣除 (财政部 税务总局公告2023年第37号 第一条; rules.md §4.6): bought 2024–2027 with a unit
// value ≤ 500万, deducted in full in the year of purchase. The profile asks only for that amount.
import { fen, toYuan } from '../../engine/money'
import { msg } from '../../engine/messages'
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, notInForce, type IncentiveEnv } from './common'
import { equipmentUnitLimit } from './params'

const ID = 'equipment-one-time-deduction'

export function equipmentOneTimeDeduction(env: IncentiveEnv): Incentive {
  const limit = valueAt(env.ctx, equipmentUnitLimit)
  if (!limit) return notInForce(env, ID, equipmentUnitLimit)
  const amount = env.ctx.profile.tax.equipmentUpTo5m
  const note = msg('incentives.equipment.unit-limit', { taxYear: env.taxYear, limit: toYuan(limit.value) })
  if (amount === undefined) return incentive(env, ID, 'unknown', {}, limit.cite, { note })
  if (amount <= 0) return incentive(env, ID, 'not-applicable', {}, limit.cite, { note })
  return incentive(env, ID, 'applicable', { deduction: toYuan(fen(amount)) }, limit.cite, { note })
}
