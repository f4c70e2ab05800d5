// 技术转让所得减免 (企业所得税法实施条例 第九十条; rules.md §4.5): per tax year up to 500万 exempt, the excess
// halved; the contracts must be registered (认定登记) with the science authority.
import { fen, toYuan } from '../../engine/money'
import { msg } from '../../engine/messages'
import { max, min, mul, q, sub, toNumber, ZERO } from '../../engine/rational'
import type { Incentive, IncentiveStatus } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, notInForce, type IncentiveEnv } from './common'
import { citStandardRate, techTransferExemptLimit, techTransferHalving } from './params'

const ID = 'tech-transfer-exemption'

export function techTransferExemption(env: IncentiveEnv): Incentive {
  const limit = valueAt(env.ctx, techTransferExemptLimit)
  const halving = valueAt(env.ctx, techTransferHalving)
  const standard = valueAt(env.ctx, citStandardRate)
  if (!limit || !halving || !standard) return notInForce(env, ID, techTransferExemptLimit)
  const { techTransferIncome: income, techContractsRegistered: registered } = env.ctx.profile.tax
  const status: IncentiveStatus =
    income === 0 || registered === false
      ? 'not-applicable'
      : income !== undefined && registered === true
        ? 'applicable'
        : 'unknown'
  if (income === undefined || status === 'not-applicable') return incentive(env, ID, status, {}, limit.cite)
  const amount = fen(income)
  const halved = max(sub(amount, limit.value), ZERO)
  const halvedRate = mul(standard.value, halving.value)
  const note = msg('incentives.tech-transfer.hnte', {
    basisYear: env.basisYear,
    taxYear: env.taxYear,
    limit: toYuan(limit.value),
    rate: `${toNumber(mul(halvedRate, q(100)))}%`,
  })
  const figures = {
    exemptIncome: toYuan(min(amount, limit.value)),
    halvedIncome: toYuan(halved),
    taxDue: toYuan(mul(halved, halvedRate)),
  }
  return incentive(env, ID, status, figures, limit.cite, { note })
}
