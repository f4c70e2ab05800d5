// 技术转让所得减免 (企业所得税法实施条例 第九十条): per tax year up to 500万 exempt, the excess halved; the
// contracts must be registered (认定登记) with the science authority, and a 核定征收 firm cannot claim it.
import { fen, toYuan } from '../../engine/money'
import { msg } from '../../engine/messages'
import { add, max, min, mul, q, sub, toNumber, ZERO } from '../../engine/rational'
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { combine, incentive, outsidePeriods, type IncentiveEnv } from './common'
import { preconditions } from './conditions'
import type { TransferReduction } from './estimate'
import { citStandardRate, techTransferExemptLimit, techTransferHalving } from './params'

const ID = 'tech-transfer-exemption'
const NONE: TransferReduction = { amount: ZERO, halved: ZERO, exact: true }

export function techTransferExemption(env: IncentiveEnv): { incentive: Incentive; reduction: TransferReduction } {
  const limit = valueAt(env.ctx, techTransferExemptLimit, env.date)
  const halving = valueAt(env.ctx, techTransferHalving, env.date)
  const standard = valueAt(env.ctx, citStandardRate, env.date)
  if (!limit || !halving || !standard) {
    const i = outsidePeriods(env, ID, techTransferExemptLimit)
    return { incentive: i, reduction: i.status === 'unknown' ? { exact: false } : NONE }
  }
  const pre = preconditions(env, ID)
  const conditions = pre.checks
  const income = env.tax.techTransferIncome
  const status =
    pre.status === 'not-applicable' || income === 0
      ? 'not-applicable'
      : combine([pre.status === 'unknown' ? undefined : true, income === undefined ? undefined : true])
  if (income === undefined || status === 'not-applicable') {
    const i = incentive(env, ID, status, {}, limit.cite, { conditions })
    return { incentive: i, reduction: status === 'not-applicable' ? NONE : { exact: false } }
  }
  const amount = fen(income)
  const exempt = min(amount, limit.value)
  const excess = max(sub(amount, limit.value), ZERO)
  const halvedRate = mul(standard.value, halving.value)
  const note = msg('incentives.tech-transfer.hnte', {
    basisYear: env.basisYear,
    taxYear: env.taxYear,
    limit: toYuan(limit.value),
    rate: `${toNumber(mul(halvedRate, q(100)))}%`,
  })
  const figures = {
    exemptIncome: toYuan(exempt),
    halvedIncome: toYuan(excess),
    taxDue: toYuan(mul(excess, halvedRate)),
  }
  const taxedHalf = mul(excess, halving.value)
  const reduction: TransferReduction =
    status === 'applicable'
      ? { amount: add(exempt, sub(excess, taxedHalf)), halved: taxedHalf, exact: true }
      : { exact: false }
  return { incentive: incentive(env, ID, status, figures, limit.cite, { note, conditions }), reduction }
}
