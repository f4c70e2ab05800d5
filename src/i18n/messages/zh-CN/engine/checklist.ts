// Engine messages (zh-CN): checklist templates: gaps, applying, keeping and claiming. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'checklist.fix.generic': '未满足条件：{id}',
  'checklist.answer.generic': '补充信息：{id}',
  'checklist.answer.fields': '请补充以下信息后重新评估：{fields}',
  'checklist.gap.yuan': '还差 {gap:yuan}',
  'checklist.gap.persons': '还差 {count} 人',
  'checklist.gap.days': '还需等待 {days} 天（{date} 起满足）',
  'checklist.gap.ratio': '还差 {pp} 个百分点',
  'checklist.gap.points': '还差 {points} 分',
  'checklist.gap.points-at-least': '至少还差 {points} 分（得分只能估出范围，按上限计算）',
  'checklist.gap.hnte.rd-intensity':
    '还差研发费用 {gap:yuan}（近三个会计年度合计，按可计入金额）。已过年度无法补记：在 {year} 年增加研发投入并规范归集，可计入 {next} 年申报的计算期',
  'checklist.gap.hnte.st-staff-ratio':
    '需新增科技人员 {count} 人（按全年月平均数计算，科技人员须在当年累计工作满 183 天）。科技人员占比按上一年度计算：现在起到岗的人员最早计入 {year} 年，即 {next} 年申报',
  'checklist.gap.hnte.hitech-income-share':
    '还差高新技术产品（服务）收入 {gap:yuan}。该比例按上一年度计算：{year} 年的调整计入 {next} 年申报',
  'checklist.gap.hnte.rd-domestic-share': '境内研发费用还差 {gap:yuan}（近三个会计年度合计）',
  'checklist.gap.hnte.registered-one-year': '还需等待 {days} 天：{date} 起注册满一年，届时可申报',
  'checklist.apply.hnte.audit.title': '委托中介机构做专项审计',
  'checklist.apply.hnte.audit.detail':
    '委托具备资质的中介机构，对近三个会计年度（{years}）研究开发费用和 {last} 年高新技术产品（服务）收入出具专项审计或鉴证报告，并鉴证近三个会计年度财务会计报告',
  'checklist.apply.hnte.register.title': '在高新技术企业认定管理工作网注册登记',
  'checklist.apply.hnte.register.detail': '在“高新技术企业认定管理工作网”注册登记并对照条件完成自我评价',
  'checklist.apply.hnte.submit.title': '按批次提交高企认定申请',
  'checklist.apply.hnte.submit.deadline': '在省级认定机构的申报批次截止日 {date} 前提交申请材料',
  'checklist.apply.hnte.submit.noDeadline': '按省科技厅当年通知（通常4–10月分批）提交申请材料',
  'checklist.apply.hnte.submit.over':
    '{year} 年的申报批次通常已结束（一般4–10月分批）；请关注省科技厅 {next} 年的申报通知，按通知提交申请材料',
  'checklist.apply.tsme.title': '在科技型中小企业服务平台填报评价信息',
  'checklist.apply.tsme.window':
    '在 {from} 至 {to} 的评价期内，登录科技型中小企业服务平台（2024年起为工业和信息化部“优质中小企业梯度培育平台”）填报并提交',
  'checklist.apply.tsme.windowUnverified':
    '在 {from} 至 {to} 的评价期内（日期来自二手资料，请以当年通知为准），登录科技型中小企业服务平台（2024年起为工业和信息化部“优质中小企业梯度培育平台”）填报并提交',
  'checklist.apply.tsme.noWindow':
    '按当年通知，登录科技型中小企业服务平台（2024年起为工业和信息化部“优质中小企业梯度培育平台”）填报并提交',
  'checklist.apply.tsme.closed':
    '{year} 年评价已于 {to} 截止；{next} 年评价时间尚未公布，请关注主管部门通知后在服务平台填报',
  'checklist.keep.hnte.report.title': '填报高企年度发展情况报表',
  'checklist.keep.hnte.report.detail':
    '每年5月底前在高新技术企业认定管理工作网填报上一年度知识产权、科技人员、研发费用、经营收入等情况；累计两年未填报将被取消资格（国科发火〔2016〕32号 第十九条（三））',
  'checklist.keep.hnte.changes.title': '重大变化 {months} 个月内报告',
  'checklist.keep.hnte.changes.detail':
    '更名或与认定条件有关的重大变化（分立、合并、重组、经营业务变化等）应在 {months} 个月内向认定机构报告',
  'checklist.keep.hnte.reapply.title': '证书到期当年重新申报认定',
  'checklist.keep.hnte.reapply.detail':
    '证书有效期至 {lastDay}，到期不复审，须在 {year} 年重新申报认定。到期当年可暂按15%预缴，年底前未重新认定的须补缴税款',
  'checklist.keep.hnte.reapply.detail-no-rate':
    '证书有效期至 {lastDay}，到期不复审，须在 {year} 年重新申报认定。企业不满足15%税率的前提条件（{cite}），持证期间也不能按15%预缴或享受',
  'checklist.claim.rd-super-deduction.title': '申报研发费用加计扣除',
  'checklist.claim.rd-super-deduction.detail':
    '按项目设置研发支出辅助账，填报《研发费用加计扣除优惠明细表》（A107012）；在 {due} 前汇算清缴时享受。预计加计扣除额 {amount:yuan}',
  'checklist.claim.hnte-reduced-rate.title': '按高新技术企业15%税率申报',
  'checklist.claim.hnte-reduced-rate.detail':
    '取得证书后在预缴和汇算清缴（{due} 前）时按15%税率申报，预计节税 {amount:yuan}',
  'checklist.claim.small-low-profit.title': '享受小型微利企业所得税优惠',
  'checklist.claim.small-low-profit.detail':
    '预缴和汇算清缴（{due} 前）时据实填报从业人数、资产总额即可享受，预计应纳所得税 {amount:yuan}。应纳税所得额超过300万元将全额失去优惠',
  'checklist.claim.tech-transfer-exemption.title': '技术转让所得减免',
  'checklist.claim.tech-transfer-exemption.detail':
    '技术转让合同须经科技主管部门认定登记；汇算清缴（{due} 前）时填报《所得减免优惠明细表》（A107020）。预计免税 {exempt:yuan}、减半 {halved:yuan}，应纳税 {amount:yuan}',
  'checklist.claim.equipment-one-time-deduction.title': '设备器具一次性税前扣除',
  'checklist.claim.equipment-one-time-deduction.detail':
    '单位价值不超过500万元的设备、器具可在预缴或汇算清缴（{due} 前）时选择一次性扣除，留存购置发票等凭证；预计扣除 {amount:yuan}',
  'checklist.claim.tech-contract-vat-exemption.title': '技术转让、技术开发免征增值税',
  'checklist.claim.tech-contract-vat-exemption.detail':
    '书面合同经省级科技主管部门认定登记，与相关咨询、服务价款在同一张发票上开具（免税项目不得开具增值税专用发票），合同及认定证明留存备查',
  'checklist.claim.loss-carryforward-10y.title': '亏损结转年限延长至10年',
  'checklist.claim.loss-carryforward-10y.detail':
    '具备高企或科技型中小企业资格的年度，汇算清缴（{due} 前）时在《企业所得税弥补亏损明细表》（A106000）中按10年填报以前年度亏损',
  'checklist.answer.incentive.title': '补充信息以估算税收优惠：{id}',
  'checklist.answer.incentive.rd-super-deduction': '补充加计扣除口径的研发费用及行业、征收方式',
  'checklist.answer.incentive.hnte-reduced-rate': '高企资格确定后方可按15%税率申报',
  'checklist.answer.incentive.small-low-profit': '补充应纳税所得额、从业人数和资产总额',
  'checklist.answer.incentive.tech-transfer-exemption': '补充技术转让所得及合同认定登记情况',
  'checklist.answer.incentive.loss-carryforward-10y': '高企或科技型中小企业资格确定后方可结转亏损10年',
  'checklist.answer.incentive.equipment-one-time-deduction': '补充当年购置单价500万元以下设备的金额',
  'checklist.answer.incentive.tech-contract-vat-exemption': '补充技术合同认定登记情况',
} satisfies Catalogue
