// 小型微利企业 (财税〔2019〕13号 第二条 … 财政部 税务总局公告2023年第12号 第三条、第五条): taxable income
// ≤ 300万, 从业人数 ≤ 300, 资产总额 ≤ 5,000万, industry not restricted → that year's tiered rates on the whole
// taxable income. A cliff: above 300万 the whole income loses the benefit. Both collection methods qualify.
// It does not stack with the HNTE 15% rate; the firm picks one (the estimate names the better).
import { notExceeding } from '../../engine/compare'
import { fen, persons, toYuan } from '../../engine/money'
import { msg } from '../../engine/messages'
import { cmp, type Q } from '../../engine/rational'
import type { Citation, Incentive } from '../../engine/types'
import { valueAt } from '../notices'
import { combine, incentive, outsidePeriods, type IncentiveEnv } from './common'
import { preconditions } from './conditions'
import { tieredTax, type TaxBase } from './estimate'
import { slpMaxAssets, slpMaxEmployees, slpMaxTaxableIncome, slpTiers } from './params'

const ID = 'small-low-profit'

const within = (raw: number | undefined, toQ: (n: number) => Q, limit: Q): boolean | undefined =>
  raw === undefined ? undefined : notExceeding(toQ(raw), limit)

/** the 300万 test on the estimate's base; a base that is only "at most" settles a pass, not a fail */
function incomeWithin(base: TaxBase | undefined, limit: Q): boolean | undefined {
  if (!base) return undefined
  if (notExceeding(base.after, limit)) return true
  return base.bound === 'exact' ? false : undefined
}

export interface SlpResult {
  incentive: Incentive
  /** the tax under this regime, when it is applicable or possible and the base is known */
  taxDue?: Q
}

export function smallLowProfit(env: IncentiveEnv, base: TaxBase | undefined): SlpResult {
  const { ctx } = env
  const tiers = valueAt(ctx, slpTiers, env.date)
  const maxIncome = valueAt(ctx, slpMaxTaxableIncome, env.date)
  const maxStaff = valueAt(ctx, slpMaxEmployees, env.date)
  const maxAssets = valueAt(ctx, slpMaxAssets, env.date)
  if (!tiers || !maxIncome || !maxStaff || !maxAssets) return { incentive: outsidePeriods(env, ID, slpTiers) }
  const pre = preconditions(env, ID)
  const conditions = pre.checks
  if (pre.status === 'not-applicable')
    return { incentive: incentive(env, ID, pre.status, {}, tiers.cite, { conditions }) }
  const { avgEmployees, avgTotalAssets } = env.tax
  const incomeOk = incomeWithin(base, maxIncome.value)
  const status = combine([
    pre.status === 'unknown' ? undefined : true,
    incomeOk,
    within(avgEmployees ?? ctx.profile.staff.total, persons, maxStaff.value),
    within(avgTotalAssets ?? ctx.year(env.basisYear)?.totalAssets, fen, maxAssets.value),
  ])
  const common = { basisYear: env.basisYear, taxYear: env.taxYear }
  if (status !== 'not-applicable' && incomeOk === true) {
    if (avgEmployees === undefined) estimated(env, 'staff', maxStaff.cite)
    if (avgTotalAssets === undefined) estimated(env, 'assets', maxAssets.cite)
  }
  if (incomeOk === false) {
    const note = msg('incentives.small-low-profit.cliff', { ...common, limit: toYuan(maxIncome.value) })
    return { incentive: incentive(env, ID, status, {}, maxIncome.cite, { note, conditions }) }
  }
  if (!base || status === 'not-applicable' || incomeOk !== true)
    return { incentive: incentive(env, ID, status, {}, tiers.cite, { conditions }) }
  // LEGAL-Q: the tiers apply to the whole base, the halved technology-transfer income included (国税函〔2010〕157号
  // speaks of the 25% statutory rate; for a firm under 300万 the difference is at most that part × 7.5%).
  const taxDue = tieredTax(base.after, tiers.value)
  const bounds = base.bound === 'at-most' ? { taxDue: 'at-most' as const } : undefined
  return {
    incentive: incentive(env, ID, status, { taxDue: toYuan(taxDue) }, tiers.cite, { conditions, bounds }),
    taxDue,
  }
}

/** when the HNTE rate is also applicable: the comparison as a figure and a notice naming the cheaper one */
export function compareWithHnte(env: IncentiveEnv, slp: SlpResult, hnteDue: Q | undefined): void {
  const inc = slp.incentive
  if (slp.taxDue === undefined || hnteDue === undefined || inc.status !== 'applicable') return
  inc.figures.taxDueAtHnteRate = toYuan(hnteDue)
  const key = cmp(slp.taxDue, hnteDue) <= 0 ? 'better-slp' : 'better-hnte'
  const note = msg(`incentives.small-low-profit.${key}`, {
    basisYear: env.basisYear,
    taxYear: env.taxYear,
    slp: toYuan(slp.taxDue),
    hnte: toYuan(hnteDue),
  })
  env.ctx.notice('incentives.rate-choice', 'info', note, inc.cite)
  inc.note = note
}

/**
 * 从业人数 and 资产总额 are full-year quarterly averages, 从业人数 with 劳务派遣 workers (财政部 税务总局公告2023年第6号
 * 第三条; 2023年第12号 第五条): when unanswered the relief is judged on the HNTE 职工总数 and the year-end assets,
 * other measures, so the results say the figures it used are estimates to check, citing the year's definition.
 */
function estimated(env: IncentiveEnv, what: 'staff' | 'assets', cite: Citation): void {
  const text = msg(`incentives.${ID}.estimated-${what}`, { taxYear: env.taxYear, basisYear: env.basisYear })
  env.ctx.notice(`${ID}.estimated-${what}`, 'warning', text, cite)
}
