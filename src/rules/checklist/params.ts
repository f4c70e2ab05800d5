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
