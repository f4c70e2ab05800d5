// 小型微利企业 (财政部 税务总局公告2023年第6号 第三条, 2023年第12号 第三条; rules.md §4.3): taxable income
// ≤ 300万, staff ≤ 300, assets ≤ 5,000万, industry not restricted → 5% of the whole taxable income. A cliff: above
// 300万 the whole income loses the benefit. It does not stack with the HNTE 15% rate; the firm picks one.
import { notExceeding } from '../../engine/compare'
import { fen, persons, toYuan } from '../../engine/money'
import { msg } from '../../engine/messages'
import { cmp, max, mul, ZERO, type Q } from '../../engine/rational'
import type { Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { combine, incentive, notInForce, type IncentiveEnv } from './common'
import { hnteRate, slpEffectiveRate, slpMaxAssets, slpMaxEmployees, slpMaxTaxableIncome } from './params'

const ID = 'small-low-profit'

const within = (raw: number | undefined, toQ: (n: number) => Q, limit: Q): boolean | undefined =>
  raw === undefined ? undefined : notExceeding(toQ(raw), limit)

export function smallLowProfit(env: IncentiveEnv, hnteApplicable: boolean): Incentive {
  const { ctx } = env
  const rate = valueAt(ctx, slpEffectiveRate)
  const maxIncome = valueAt(ctx, slpMaxTaxableIncome)
  const maxStaff = valueAt(ctx, slpMaxEmployees)
  const maxAssets = valueAt(ctx, slpMaxAssets)
  if (!rate || !maxIncome || !maxStaff || !maxAssets) return notInForce(env, ID, slpEffectiveRate)
  const { taxableIncome, avgEmployees, avgTotalAssets } = ctx.profile.tax
  const incomeOk = within(taxableIncome, fen, maxIncome.value)
  const status = combine([
    incomeOk,
    within(avgEmployees ?? ctx.profile.staff.total, persons, maxStaff.value),
    within(avgTotalAssets ?? ctx.year(env.basisYear)?.totalAssets, fen, maxAssets.value),
    ctx.profile.company.restrictedIndustry === undefined ? undefined : !ctx.profile.company.restrictedIndustry,
  ])
  const common = { basisYear: env.basisYear, taxYear: env.taxYear }
  if (incomeOk === false) {
    const note = msg('incentives.small-low-profit.cliff', { ...common, limit: toYuan(maxIncome.value) })
    return incentive(env, ID, status, {}, maxIncome.cite, { note })
  }
  if (taxableIncome === undefined || status === 'not-applicable') return incentive(env, ID, status, {}, rate.cite)
  // a loss year owes nothing: tax is never negative
  const taxable = max(fen(taxableIncome), ZERO)
  const taxDueQ = mul(taxable, rate.value)
  const figures: Record<string, number> = { taxDue: toYuan(taxDueQ) }
  const hnte = hnteApplicable && status === 'applicable' ? valueAt(ctx, hnteRate) : undefined
  if (!hnte) return incentive(env, ID, status, figures, rate.cite)
  const atHnte = mul(taxable, hnte.value)
  figures.taxDueAtHnteRate = toYuan(atHnte)
  const key = cmp(taxDueQ, atHnte) <= 0 ? 'better-slp' : 'better-hnte'
  const note = msg(`incentives.small-low-profit.${key}`, {
    ...common,
    slp: figures.taxDue ?? 0,
    hnte: figures.taxDueAtHnteRate,
  })
  ctx.notice('incentives.rate-choice', 'info', note, rate.cite)
  return incentive(env, ID, status, figures, rate.cite, { note })
}
