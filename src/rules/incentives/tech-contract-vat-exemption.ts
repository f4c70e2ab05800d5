// 技术转让、技术开发免征增值税 (财税〔2016〕36号 附件3 第一条第（二十六）项, continued by 财政部 税务总局公告
// 2026年第10号, unverified): the contract must be registered (认定登记) with the science authority. A VAT rule: the
// income-tax collection method does not matter, but a 核定征收 firm is not asked about its contracts (unknown).
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { incentive, outsidePeriods, type IncentiveEnv } from './common'
import { preconditions } from './conditions'
import { techContractVat } from './params'

const ID = 'tech-contract-vat-exemption'

export function techContractVatExemption(env: IncentiveEnv): Incentive {
  const period = valueAt(env.ctx, techContractVat, env.date)
  if (!period?.value) return outsidePeriods(env, ID, techContractVat)
  const pre = preconditions(env, ID)
  return incentive(env, ID, pre.status, {}, period.cite, {
    unverified: period.status === 'unverified',
    conditions: pre.checks,
  })
}
