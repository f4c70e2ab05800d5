// 高新技术企业减按15%税率 (企业所得税法 第二十八条第二款): only with a certificate valid in the tax year, and not
// for a 核定征收 firm (conditions-data.ts). Saving = (25% − 15%) × the estimate's base, except the halved
// technology-transfer income, which an HNTE also pays at 25% × 50% (国税函〔2010〕157号).
import { toYuan } from '../../engine/money'
import { sub } from '../../engine/rational'
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, outsidePeriods, type IncentiveEnv } from './common'
import { preconditions } from './conditions'
import { hnteTax, standardTax, type TaxBase } from './estimate'
import { citStandardRate, hnteRate } from './params'

const ID = 'hnte-reduced-rate'
const HELD = `${ID}.hnte-held`

export function hnteReducedRate(env: IncentiveEnv, base: TaxBase | undefined): Incentive {
  const reduced = valueAt(env.ctx, hnteRate, env.date)
  const standard = valueAt(env.ctx, citStandardRate, env.date)
  if (!reduced || !standard) return outsidePeriods(env, ID, hnteRate)
  const pre = preconditions(env, ID)
  const conditions = pre.checks
  const held = conditions.find((c) => c.id === HELD)
  const note = held?.status === 'unknown' ? held.note : undefined
  if (pre.status === 'not-applicable' || !base)
    return incentive(env, ID, pre.status, {}, reduced.cite, { conditions, note })
  const saving = sub(standardTax(base, standard.value), hnteTax(base, reduced.value, standard.value))
  const bounds = base.bound === 'at-most' ? { taxSaving: 'at-most' as const } : undefined
  return incentive(env, ID, pre.status, { taxSaving: toYuan(saving) }, reduced.cite, { conditions, note, bounds })
}
