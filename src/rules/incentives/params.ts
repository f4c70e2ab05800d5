// Tax-incentive parameters: every rate, limit and period dated and cited. A rule outside every
// dated entry is not in force in that tax year.
import { wan } from '../../engine/money'
import { param } from '../../engine/params'
import { ARTICLE_NOT_VERIFIED } from '../../format/citation'
import { q, type Q } from '../../engine/rational'
import { cite } from '../citations'

export * from './params-slp'

const CIT_LAW = { doc: '中华人民共和国企业所得税法', title: '《中华人民共和国企业所得税法》' }
const CIT_REGS = { doc: '中华人民共和国企业所得税法实施条例', title: '《中华人民共和国企业所得税法实施条例》' }

/** 研发费用加计扣除 extra-deduction rates, by who qualifies; the best applicable one is used */
export const rdRateGeneral = param<Q>({
  id: 'incentives.rd.rateGeneral',
  label: '研发费用加计扣除比例（一般企业）',
  history: [
    { from: '2016-01-01', to: '2017-12-31', value: q(1, 2), cite: cite({ doc: '财税〔2015〕119号' }, '第一条') },
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
/**
 * 2022年第四季度: firms at 75% had 100% on the R&D of 2022-10-01 – 12-31 (财政部 税务总局 科技部公告2022年第28号; its
 * article was not read, and the 2022 settlement's option to count the quarter as a quarter of the year is not
 * encoded). The profile holds yearly totals, so a 75% figure for tax year 2022 is "at least", never exact.
 */
export const rdRateQ4of2022 = param<Q>({
  id: 'incentives.rd.rateQ4of2022',
  label: '研发费用加计扣除比例（2022年第四季度）',
  labelEn: 'R&D extra deduction rate (fourth quarter of 2022)',
  history: [
    {
      from: '2022-10-01',
      to: '2022-12-31',
      value: q(1),
      cite: {
        doc: '财政部 税务总局 科技部公告2022年第28号',
        title: '《关于加大支持科技创新税前扣除力度的公告》',
        article: ARTICLE_NOT_VERIFIED,
      },
      status: 'unverified',
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
  history: [{ from: '2018-01-01', value: 10, cite: cite({ doc: '财税〔2018〕76号' }, '第一条') }],
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
      // the notice's text was not read: its article is unknown, so the article slot says so
      cite: {
        doc: '财政部 税务总局公告2026年第10号',
        title: '《关于增值税法施行后增值税优惠政策衔接事项的公告》',
        article: ARTICLE_NOT_VERIFIED,
      },
      status: 'unverified',
    },
  ],
})
