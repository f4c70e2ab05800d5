// Engine messages (zh-CN): checklist: claiming incentives and keeping a tech-SME registration. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'checklist.claim.no-amount': '汇算清缴（{due} 前）时申报；金额待补充信息后估算',
  'checklist.claim.hnte-reduced-rate.choice-any':
    '取得证书后可按15%税率申报（预计节税 {amount} 万元）。但企业同时符合小型微利企业条件：两项税率优惠不叠加，小型微利企业税负更低，应选择小型微利企业优惠',
  'checklist.status.hnte-reduced-rate.title': '取得高新技术企业证书后方可按15%税率申报（申请认定）',
  'checklist.status.loss-carryforward-10y.title':
    '取得当年高新技术企业证书或科技型中小企业入库登记编号后方可结转亏损10年',
  'checklist.status.expiry-year.title': '证书期满当年：年底前重新认定，否则补缴按15%预缴少缴的税款',
  'checklist.tsme.annual-update.title': '每年 {due} 前更新科技型中小企业入库信息',
  'checklist.tsme.annual-update.detail':
    '已入库企业须每年在服务平台更新企业信息和自评结果，截止日为每年 {due}（国科发政〔2017〕115号 第十二条）；逾期未更新的，撤销其入库登记编号（第十四条（六））。下一个截止日：{date}',
  'checklist.tsme.changes.title': '重大变化 {months} 个月内报告',
  'checklist.tsme.changes.detail':
    '入库企业发生名称、住所、经营范围等重大变化的，须在 {months} 个月内通过服务平台报告（国科发政〔2017〕115号 第十三条）',
} satisfies Catalogue
