// Dates and periods the checklist tells the firm about, as dated cited parameters.
import { param } from '../../engine/params'
import { HNTE_MEASURES, TSME_MEASURES, cite } from '../citations'

const CIT_LAW = { doc: '中华人民共和国主席令第63号', title: '《中华人民共和国企业所得税法》' } as const

/** month-day of the yearly HNTE report on the 工作网 */
export const hnteAnnualReportDue = param<string>({
  id: 'checklist.hnte.annualReportDue',
  label: '高新技术企业年度发展情况报表填报截止日（月-日）',
  history: [{ from: '2016-01-01', value: '05-31', cite: cite(HNTE_MEASURES, '第十三条') }],
})

/** months within which major changes must be reported */
export const hnteChangeReportMonths = param<number>({
  id: 'checklist.hnte.changeReportMonths',
  label: '高新技术企业重大变化报告期限（月）',
  history: [{ from: '2016-01-01', value: 3, cite: cite(HNTE_MEASURES, '第十七条') }],
})

/** month-day of the following year by which the annual CIT settlement (汇算清缴) is filed: 年度终了之日起五个月内 */
export const citSettlementDue = param<string>({
  id: 'checklist.cit.settlementDue',
  label: '企业所得税年度汇算清缴截止日（次年，月-日）',
  history: [{ from: '2008-01-01', value: '05-31', cite: cite(CIT_LAW, '第五十四条') }],
})

/** month-day by which a registered tech-SME updates its information every year, or its number is revoked */
export const tsmeAnnualUpdateDue = param<string>({
  id: 'checklist.tsme.annualUpdateDue',
  label: '科技型中小企业年度信息更新截止日（月-日）',
  history: [{ from: '2017-05-03', value: '03-31', cite: cite(TSME_MEASURES, '第十二条') }],
})

/** months within which a registered tech-SME reports major changes */
export const tsmeChangeReportMonths = param<number>({
  id: 'checklist.tsme.changeReportMonths',
  label: '科技型中小企业重大变化报告期限（月）',
  history: [{ from: '2017-05-03', value: 3, cite: cite(TSME_MEASURES, '第十三条') }],
})

const RD_PREPAY = {
  doc: '国家税务总局 财政部公告2023年第11号',
  title: '《关于优化预缴申报享受研发费用加计扣除政策有关事项的公告》',
} as const

/**
 * The prepayment filings at which the year's R&D so far may be claimed (the July filing: the first half; the
 * October one: the first three quarters), with the filing's last day (month-day): a prepayment is filed within
 * 15 days of the quarter's end (企业所得税法 第五十四条). Before 2023 this tool offers only the settlement.
 */
export const rdPrepayments = param<{ period: 'h1' | 'q3'; due: string }[]>({
  id: 'checklist.rd.prepayments',
  label: '预缴申报享受研发费用加计扣除的申报期截止日（月-日）',
  history: [
    {
      from: '2023-01-01',
      value: [
        { period: 'h1', due: '07-15' },
        { period: 'q3', due: '10-15' },
      ],
      cite: cite(RD_PREPAY, '第一条、第二条'),
    },
  ],
})
