// 小型微利企业 parameters (tax years 2019–2027): the tiers and the definition, one document per period.
import { persons, wan } from '../../engine/money'
import { param } from '../../engine/params'
import { q, type Q } from '../../engine/rational'
import { cite } from '../citations'

const SLP_DEF = cite({ doc: '财政部 税务总局公告2023年第6号' }, '第三条')
const SLP_RATE = cite({ doc: '财政部 税务总局公告2023年第12号' }, '第三条')
/** 2023–2024: the ≤100万 part is 2023年第6号 第一条, the 100万–300万 part 2022年第13号 第一条 (both to 2024-12-31);
 *  2023年第12号 第三条 continues the 5% to 2027-12-31 (延续执行), so it is cited from 2025 */
const SLP_RATE_2023 = cite({ doc: '财政部 税务总局公告2023年第6号' }, '第一条（100万元以上部分：2022年第13号 第一条）')
/** 2019–2021: the tiers and the definition are both 财税〔2019〕13号 第二条 */
const SLP_2019 = cite({ doc: '财税〔2019〕13号' }, '第二条')

/** 小型微利企业, the flat 5% of 2023–2027 (25% × 20%): the planner's cliff chart reads this; the engine uses slpTiers */
export const slpEffectiveRate = param<Q>({
  id: 'incentives.slp.effectiveRate',
  label: '小型微利企业实际税负（25%×20%）',
  history: [
    { from: '2023-01-01', to: '2024-12-31', value: q(1, 20), cite: SLP_RATE_2023 },
    { from: '2025-01-01', to: '2027-12-31', value: q(1, 20), cite: SLP_RATE },
  ],
})

/** one tier: the part of taxable income up to `upTo` (the last tier: the rest, up to the 300万 limit) at `rate` */
export interface SlpTier {
  upTo?: Q
  /** the share counted (计入应纳税所得额) × 20%, as one effective rate */
  rate: Q
}
/** 小型微利企业 effective rates by part of the taxable income; tax years before 2019 are not covered */
export const slpTiers = param<SlpTier[]>({
  id: 'incentives.slp.tiers',
  label: '小型微利企业分段实际税负',
  labelEn: 'Small low-profit enterprise effective rates by tier',
  history: [
    {
      // ≤100万: 25% × 20% = 5%; 100万–300万: 50% × 20% = 10%
      from: '2019-01-01',
      to: '2020-12-31',
      value: [{ upTo: wan(100), rate: q(1, 20) }, { rate: q(1, 10) }],
      cite: SLP_2019,
    },
    {
      // ≤100万: 再减半 → 12.5% × 20% = 2.5% (2021年第12号 第一条; its 第二条 is 个体工商户); 100万–300万 still
      // 财税〔2019〕13号 第二条: 10%
      from: '2021-01-01',
      to: '2021-12-31',
      value: [{ upTo: wan(100), rate: q(1, 40) }, { rate: q(1, 10) }],
      cite: cite({ doc: '财政部 税务总局公告2021年第12号' }, '第一条（100万元以上部分：财税〔2019〕13号 第二条）'),
    },
    {
      // ≤100万: 2.5% (2021年第12号 第一条; its 第三条: to 2022-12-31); 100万–300万: 25% × 20% = 5%
      from: '2022-01-01',
      to: '2022-12-31',
      value: [{ upTo: wan(100), rate: q(1, 40) }, { rate: q(1, 20) }],
      cite: cite({ doc: '财政部 税务总局公告2022年第13号' }, '第一条（100万元以下部分：2021年第12号 第一条）'),
    },
    { from: '2023-01-01', to: '2024-12-31', value: [{ rate: q(1, 20) }], cite: SLP_RATE_2023 },
    { from: '2025-01-01', to: '2027-12-31', value: [{ rate: q(1, 20) }], cite: SLP_RATE },
  ],
})

/** the definition (300万 / 300 staff / 5000万, 非限制和禁止行业): one document per period */
const SLP_DEFS = [
  { from: '2019-01-01', to: '2021-12-31', cite: SLP_2019 },
  { from: '2022-01-01', to: '2022-12-31', cite: cite({ doc: '财政部 税务总局公告2022年第13号' }, '第二条') },
  { from: '2023-01-01', to: '2024-12-31', cite: SLP_DEF },
  { from: '2025-01-01', to: '2027-12-31', cite: { doc: '财政部 税务总局公告2023年第12号', article: '第五条' } },
]
const slpLimit = (id: string, label: string, value: Q) =>
  param<Q>({ id, label, history: SLP_DEFS.map((d) => ({ ...d, value })) })
export const slpMaxTaxableIncome = slpLimit(
  'incentives.slp.maxTaxableIncome',
  '小型微利企业年度应纳税所得额上限',
  wan(300),
)
export const slpMaxEmployees = slpLimit('incentives.slp.maxEmployees', '小型微利企业从业人数上限', persons(300))
export const slpMaxAssets = slpLimit('incentives.slp.maxAssets', '小型微利企业资产总额上限', wan(5_000))
/** the definition's 非限制和禁止行业, dated like the limits */
export const slpIndustryRule = param<boolean>({
  id: 'incentives.slp.industry',
  label: '小型微利企业从事国家非限制和禁止行业',
  history: SLP_DEFS.map((d) => ({ ...d, value: true })),
})
