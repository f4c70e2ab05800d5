// 高新技术企业减按15%税率 (企业所得税法 第二十八条第二款; rules.md §4.2): saving = taxable income × (25% − 15%).
import { fen, toYuan } from '../../engine/money'
import { max, mul, sub, ZERO } from '../../engine/rational'
import type { Incentive, IncentiveStatus } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, notInForce, type IncentiveEnv } from './common'
import { citStandardRate, hnteRate } from './params'

const ID = 'hnte-reduced-rate'

export function hnteReducedRate(env: IncentiveEnv): Incentive {
  const reduced = valueAt(env.ctx, hnteRate)
  const standard = valueAt(env.ctx, citStandardRate)
  if (!reduced || !standard) return notInForce(env, ID, hnteRate)
  const status: IncentiveStatus =
    env.hnte === 'yes' ? 'applicable' : env.hnte === 'unsure' ? 'unknown' : 'not-applicable'
  const taxable = env.ctx.profile.tax.taxableIncome
  const figures: Record<string, number> = {}
  if (taxable !== undefined && status !== 'not-applicable') {
    // a loss year pays no tax at either rate: the saving is nil, not negative
    figures.taxSaving = toYuan(mul(max(fen(taxable), ZERO), sub(standard.value, reduced.value)))
  }
  return incentive(env, ID, status, figures, reduced.cite)
}
