// 技术转让、技术开发免征增值税 (财税〔2016〕36号 附件3 第一条第（二十六）项, continued by 财政部 税务总局公告
// 2026年第10号 [3P]; rules.md §4.7): the contract must be registered (认定登记) with the science authority.
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, notInForce, type IncentiveEnv } from './common'
import { techContractVat } from './params'

const ID = 'tech-contract-vat-exemption'

export function techContractVatExemption(env: IncentiveEnv): Incentive {
  const period = valueAt(env.ctx, techContractVat)
  if (!period?.value) return notInForce(env, ID, techContractVat)
  const registered = env.ctx.profile.tax.techContractsRegistered
  const status = registered === undefined ? 'unknown' : registered ? 'applicable' : 'not-applicable'
  return incentive(env, ID, status, {}, period.cite, { unverified: period.status === 'unverified' })
}
