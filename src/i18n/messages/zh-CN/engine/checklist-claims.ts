// Engine messages (zh-CN): checklist: claiming incentives and keeping a tech-SME registration. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'checklist.claim.settlement-closed':
    '{taxYear} 年度汇算清缴已于 {due} 截止，不能再按期申报；未享受的，请向主管税务机关咨询更正申报。下一次汇算清缴（{year} 年度）截止日为 {next}',
  'checklist.claim.no-amount': '汇算清缴（{due} 前）时申报；金额待补充信息后估算',
  'checklist.claim.hnte-reduced-rate.choice-any':
    '取得证书后可按15%税率申报（预计节税 {amount:yuan}）。但企业同时符合小型微利企业条件：两项税率优惠不叠加，小型微利企业税负更低，应选择小型微利企业优惠',
  // a figure that is a bound says so (issue #8): built from partly-answered amounts, or with a deduction left out
  'checklist.claim.hnte-reduced-rate.choice-any-at-most':
    '取得证书后可按15%税率申报（预计节税至多 {amount:yuan}：有扣除金额未知，未计入）。但企业同时符合小型微利企业条件：两项税率优惠不叠加，小型微利企业税负更低，应选择小型微利企业优惠',
  'checklist.claim.rd-super-deduction.detail-at-least':
    '按项目设置研发支出辅助账，填报《研发费用加计扣除优惠明细表》（A107012）；在 {due} 前汇算清缴时享受。预计加计扣除额至少 {amount:yuan}（按已填写的研发费用计算，其余填写后只会更多）',
  'checklist.claim.rd-super-deduction.detail-at-most':
    '按项目设置研发支出辅助账，填报《研发费用加计扣除优惠明细表》（A107012）；在 {due} 前汇算清缴时享受。预计加计扣除额至多 {amount:yuan}（该年度其他相关费用按项目限额计算，按企业合计估算的是上限）',
  'checklist.claim.hnte-reduced-rate.detail-at-most':
    '取得证书后在预缴和汇算清缴（{due} 前）时按15%税率申报，预计节税至多 {amount:yuan}（有扣除金额未知，未计入）',
  'checklist.claim.small-low-profit.detail-at-most':
    '预缴和汇算清缴（{due} 前）时据实填报从业人数、资产总额即可享受，预计应纳所得税至多 {amount:yuan}（有扣除金额未知，未计入）。应纳税所得额超过300万元将全额失去优惠',
  'checklist.claim.tech-transfer-exemption.detail-at-most':
    '技术转让合同须经科技主管部门认定登记；汇算清缴（{due} 前）时填报《所得减免优惠明细表》（A107020）。预计免税 {exempt:yuan}、减半 {halved:yuan}，应纳税至多 {amount:yuan}（有扣除金额未知，未计入）',
  'checklist.status.hnte-reduced-rate.title': '取得高新技术企业证书后方可按15%税率申报（申请认定）',
  'checklist.status.loss-carryforward-10y.title':
    '取得当年高新技术企业证书或科技型中小企业入库登记编号后方可结转亏损10年',
  'checklist.claim.rd-super-deduction.prepay.h1.title': '7月预缴申报时就上半年研发费用享受加计扣除',
  'checklist.claim.rd-super-deduction.prepay.q3.title': '10月预缴申报时就前三季度研发费用享受加计扣除',
  'checklist.claim.rd-super-deduction.prepay.detail':
    '预缴申报期为季度终了之日起15日内（{date} 前，遇法定节假日顺延），可自主选择此时享受；未选择的，仍可在 {due} 前汇算清缴时享受',
  'checklist.status.expiry-year.title': '证书期满当年：年底前重新认定，否则补缴按15%预缴少缴的税款',
  'checklist.tsme.annual-update.title': '每年 {due} 前更新科技型中小企业入库信息',
  'checklist.tsme.annual-update.detail':
    '已入库企业须每年在服务平台更新企业信息和自评结果，截止日为每年 {due}（国科发政〔2017〕115号 第十二条）；逾期未更新的，撤销其入库登记编号（第十四条（六））。下一个截止日：{date}',
  'checklist.tsme.changes.title': '重大变化 {months} 个月内报告',
  'checklist.tsme.changes.detail':
    '入库企业发生名称、住所、经营范围等重大变化的，须在 {months} 个月内通过服务平台报告（国科发政〔2017〕115号 第十三条）',
} satisfies Catalogue
