// Tax-incentive parameters (rules.md §4): every rate, limit and period dated and cited. A rule outside every
// dated entry is not in force in that tax year.
import { persons, wan } from '../../engine/money'
import { param } from '../../engine/params'
import { q, type Q } from '../../engine/rational'

const CIT_LAW = { doc: '中华人民共和国企业所得税法', title: '《中华人民共和国企业所得税法》' }
const CIT_REGS = { doc: '中华人民共和国企业所得税法实施条例', title: '《中华人民共和国企业所得税法实施条例》' }
const SLP_DEF = { doc: '财政部 税务总局公告2023年第6号', article: '第三条' }
const SLP_RATE = { doc: '财政部 税务总局公告2023年第12号', article: '第三条' }

/** 研发费用加计扣除 extra-deduction rates, by who qualifies; the best applicable one is used */
export const rdRateGeneral = param<Q>({
  id: 'incentives.rd.rateGeneral',
  label: '研发费用加计扣除比例（一般企业）',
  history: [
    { from: '2016-01-01', to: '2017-12-31', value: q(1, 2), cite: { doc: '财税〔2015〕119号', article: '第一条' } },
    { from: '2018-01-01', to: '2020-12-31', value: q(3, 4), cite: { doc: '财税〔2018〕99号', article: '第一条' } },
    {
      from: '2021-01-01',
      to: '2022-12-31',
      value: q(3, 4),
      cite: { doc: '财政部 税务总局公告2021年第6号', article: '第一条' },
    },
    { from: '2023-01-01', value: q(1), cite: { doc: '财政部 税务总局公告2023年第7号', article: '第一条' } },
  ],
})
/** 制造业企业 (industry section C) */
export const rdRateManufacturing = param<Q>({
  id: 'incentives.rd.rateManufacturing',
  label: '研发费用加计扣除比例（制造业企业）',
  history: [
    {
      from: '2021-01-01',
      to: '2022-12-31',
      value: q(1),
      cite: { doc: '财政部 税务总局公告2021年第13号', article: '第一条' },
    },
  ],
})
/** only with the tax year's 入库登记编号 (国科发政〔2017〕115号): meeting the criteria is not enough */
export const rdRateTechSme = param<Q>({
  id: 'incentives.rd.rateTechSme',
  label: '研发费用加计扣除比例（科技型中小企业）',
  history: [
    { from: '2017-01-01', to: '2019-12-31', value: q(3, 4), cite: { doc: '财税〔2017〕34号', article: '第一条' } },
    {
      from: '2022-01-01',
      to: '2022-12-31',
      value: q(1),
      cite: { doc: '财政部 税务总局 科技部公告2022年第16号', article: '第一条' },
    },
  ],
})
export const rdRateIcMachineTool = param<Q>({
  id: 'incentives.rd.rateIcMachineTool',
  label: '研发费用加计扣除比例（集成电路和工业母机企业）',
  history: [
    {
      from: '2023-01-01',
      to: '2027-12-31',
      value: q(6, 5),
      cite: { doc: '财政部 税务总局 国家发展改革委 工业和信息化部公告2023年第44号', article: '第一条' },
    },
  ],
})

export const citStandardRate = param<Q>({
  id: 'incentives.cit.standardRate',
  label: '企业所得税税率',
  history: [{ from: '2008-01-01', value: q(1, 4), cite: { ...CIT_LAW, article: '第四条' } }],
})
export const hnteRate = param<Q>({
  id: 'incentives.cit.hnteRate',
  label: '高新技术企业减按税率',
  history: [{ from: '2008-01-01', value: q(3, 20), cite: { ...CIT_LAW, article: '第二十八条第二款' } }],
})

/** 小型微利企业, the flat 5% of 2023–2027 (25% × 20%): the planner's cliff chart reads this; the engine uses slpTiers */
export const slpEffectiveRate = param<Q>({
  id: 'incentives.slp.effectiveRate',
  label: '小型微利企业实际税负（25%×20%）',
  history: [{ from: '2023-01-01', to: '2027-12-31', value: q(1, 20), cite: SLP_RATE }],
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
      cite: { doc: '财税〔2019〕13号', article: '第二条' },
    },
    {
      // ≤100万: 再减半 → 12.5% × 20% = 2.5%; 100万–300万 still 财税〔2019〕13号 第二条: 10%
      from: '2021-01-01',
      to: '2021-12-31',
      value: [{ upTo: wan(100), rate: q(1, 40) }, { rate: q(1, 10) }],
      cite: { doc: '财政部 税务总局公告2021年第12号', article: '第二条（100万元以上部分：财税〔2019〕13号 第二条）' },
    },
    {
      // ≤100万: 2.5% (2021年第12号 第二条, to 2022-12-31); 100万–300万: 25% × 20% = 5%
      from: '2022-01-01',
      to: '2022-12-31',
      value: [{ upTo: wan(100), rate: q(1, 40) }, { rate: q(1, 20) }],
      cite: { doc: '财政部 税务总局公告2022年第13号', article: '第一条（100万元以下部分：2021年第12号 第二条）' },
    },
    { from: '2023-01-01', to: '2027-12-31', value: [{ rate: q(1, 20) }], cite: SLP_RATE },
  ],
})

/** the definition (300万 / 300 staff / 5000万, 非限制和禁止行业): one document per period */
const SLP_DEFS = [
  { from: '2019-01-01', to: '2021-12-31', cite: { doc: '财税〔2019〕13号', article: '第二条' } },
  { from: '2022-01-01', to: '2022-12-31', cite: { doc: '财政部 税务总局公告2022年第13号', article: '第二条' } },
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

/** 技术转让所得: up to this amount exempt, the excess halved (实施条例 第九十条) */
export const techTransferExemptLimit = param<Q>({
  id: 'incentives.techTransfer.exemptLimit',
  label: '技术转让所得免征额',
  history: [{ from: '2008-01-01', value: wan(500), cite: { ...CIT_REGS, article: '第九十条' } }],
})
export const techTransferHalving = param<Q>({
  id: 'incentives.techTransfer.halving',
  label: '技术转让所得超过部分减半征收',
  history: [{ from: '2008-01-01', value: q(1, 2), cite: { ...CIT_REGS, article: '第九十条' } }],
})

export const lossCarryforwardYears = param<number>({
  id: 'incentives.loss.carryforwardYears',
  label: '高新技术企业和科技型中小企业亏损结转年限',
  history: [{ from: '2018-01-01', value: 10, cite: { doc: '财税〔2018〕76号', article: '第一条' } }],
})

export const equipmentUnitLimit = param<Q>({
  id: 'incentives.equipment.unitLimit',
  label: '一次性税前扣除的设备、器具单位价值上限',
  labelEn: 'Unit-value limit for the equipment one-off deduction',
  history: [
    {
      from: '2018-01-01',
      to: '2020-12-31',
      value: wan(500),
      cite: { doc: '财税〔2018〕54号', article: '第一条' },
    },
    {
      // 财税〔2018〕54号 extended to 2023-12-31 by 2021年第6号 (its list of extended policies; the article was not read)
      from: '2021-01-01',
      to: '2023-12-31',
      value: wan(500),
      cite: { doc: '财政部 税务总局公告2021年第6号', article: '第一条（延续财税〔2018〕54号）' },
      status: 'unverified',
    },
    {
      from: '2024-01-01',
      to: '2027-12-31',
      value: wan(500),
      cite: { doc: '财政部 税务总局公告2023年第37号', article: '第一条' },
    },
  ],
})

/** 技术转让、技术开发 VAT exemption: in force (true) per period */
export const techContractVat = param<boolean>({
  id: 'incentives.vat.techContract',
  label: '技术转让、技术开发免征增值税',
  labelEn: 'VAT exemption for technology transfer and development',
  history: [
    {
      from: '2016-05-01',
      to: '2025-12-31',
      value: true,
      cite: { doc: '财税〔2016〕36号', article: '附件3 第一条第（二十六）项' },
    },
    {
      from: '2026-01-01',
      to: '2027-12-31',
      value: true,
      cite: { doc: '财政部 税务总局公告2026年第10号', article: '技术转让、技术开发免征增值税' },
      status: 'unverified',
    },
  ],
})
