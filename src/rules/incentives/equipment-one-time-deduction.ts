// 设备、器具一次性税前扣除: bought in the tax year with a unit value ≤ 500万, deducted in full that year
// (财税〔2018〕54号 2018–2020, extended to 2023 by 2021年第6号; 财政部 税务总局公告2023年第37号 2024–2027). A timing
// benefit: the estimate shows it apart (TaxEstimate.deferredDeduction), not as a saving. Not for 核定征收 firms.
import { fen, toYuan } from '../../engine/money'
import { msg } from '../../engine/messages'
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, outsidePeriods, type IncentiveEnv } from './common'
import { preconditions } from './conditions'
import { equipmentUnitLimit } from './params'

const ID = 'equipment-one-time-deduction'

export function equipmentOneTimeDeduction(env: IncentiveEnv): Incentive {
  const limit = valueAt(env.ctx, equipmentUnitLimit, env.date)
  if (!limit) return outsidePeriods(env, ID, equipmentUnitLimit)
  const pre = preconditions(env, ID)
  const conditions = pre.checks
  const unverified = limit.status === 'unverified'
  if (pre.status === 'not-applicable') return incentive(env, ID, pre.status, {}, limit.cite, { conditions, unverified })
  const amount = env.tax.equipmentUpTo5m
  const note = msg('incentives.equipment.unit-limit', { taxYear: env.taxYear, limit: toYuan(limit.value) })
  const extra = { note, conditions, unverified }
  if (amount === undefined) return incentive(env, ID, 'unknown', {}, limit.cite, extra)
  if (amount <= 0) return incentive(env, ID, 'not-applicable', {}, limit.cite, extra)
  return incentive(env, ID, pre.status, { deduction: toYuan(fen(amount)) }, limit.cite, extra)
}
