// Engine messages (zh-CN): tax incentives: bases, conditions and estimates. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'incentives.basis': '按{basisYear}年数据估算{taxYear}纳税年度。',
  'incentives.basis-settlement': '{taxYear}年度汇算清缴：按该年度自身数据和该年度政策计算。',
  'incentives.tax-year-invalid':
    '所选纳税年度{chosen}既不是评估年度也不是上一年度（汇算清缴），本次按{taxYear}纳税年度估算。',
  'incentives.tax-answers-other-year':
    '纳税数据（应纳税所得额等）是按{given}年度填写的，不作为{taxYear}纳税年度的数据：各项税收优惠金额待补充。请在“税务”一步核对，确认沿用或重新填写。',
  'incentives.not-covered':
    '本规则版本未收录{taxYear}纳税年度的该项政策（收录自{from}年起），无法判断，请以当年政策为准。',
  'incentives.condition.certificate': '{taxYear}纳税年度持有有效的高新技术企业证书。',
  'incentives.condition.certificate-not-cancelled':
    '{taxYear}纳税年度持有有效的高新技术企业证书（“资格被取消的年度”未填写，按从未被取消计算；如被取消过，请填写该年度）。',
  'incentives.condition.expiry-year':
    '{taxYear}年是高新技术企业证书期满当年：可暂按15%预缴，年底前未重新认定的须补缴税款（国家税务总局公告2017年第24号 第一条）。',
  'incentives.condition.earlier-unknown': '所填为最近一次取得的资格，{taxYear}年度是否持有资格需确认。',
  'incentives.condition.criteria-met':
    '可能符合认定条件，但{taxYear}纳税年度尚未持有资格（证书或入库登记编号）：取得资格后方可享受。',
  'incentives.condition.criteria-not-met': '{taxYear}纳税年度未持有资格，且不符合认定条件。',
  'incentives.condition.year-closed': '{taxYear}纳税年度未持有资格；该年度已结束，现在取得的资格不适用于该年度。',
  'incentives.condition.registered': '{taxYear}年度已取得科技型中小企业入库登记编号。',
  'incentives.condition.not-answered':
    '未回答是否取得过该资格（高新技术企业证书或科技型中小企业入库登记编号），{taxYear}纳税年度是否持有资格待确认（不是“不符合”）：请在“合规与资质”一步作答。',
  'incentives.condition.date-missing':
    '已答取得过该资格，但未填写证书发证日期或入库登记年度，{taxYear}纳税年度是否持有资格待确认。',
  'rd-super-deduction.per-project-limit':
    '{taxYear}纳税年度其他相关费用限额按每个研发项目分别计算（国家税务总局公告2015年第97号），本工具只有合计数：加计扣除额为上限，税额估算未计入其他相关费用。',
  'incentives.estimate.hnte-halved':
    '技术转让所得超过500万元减半征收的部分按25%法定税率减半计税，不适用15%税率（国税函〔2010〕157号）。',
  'incentives.basis-notice': '税收优惠按{taxYear}纳税年度有效的政策判断，金额按{basisYear}年数据估算，仅供参考。',
  'incentives.not-in-force': '该政策在{taxYear}纳税年度不在执行期内。',
  'incentives.rd-super-deduction.tsme-pending':
    '按{basisYear}年数据估算{taxYear}纳税年度。若当年取得科技型中小企业入库登记，加计扣除比例可为{tsmeRate}。',
  'incentives.rd-super-deduction.no-rd':
    '按{basisYear}年数据估算{taxYear}纳税年度。{basisYear}年没有可加计扣除的研发费用。',
  'incentives.rd-super-deduction.q4-2022':
    '{taxYear}年第四季度（10月1日至12月31日）发生的研发费用，原适用75%的企业可按100%加计扣除；本工具只有全年合计数，无法分出第四季度：加计扣除额按75%计算，为“至少”数，应纳税额为“至多”数。请按第四季度实际发生额核算。',
  'incentives.small-low-profit.cliff':
    '按{basisYear}年数据估算{taxYear}纳税年度。应纳税所得额超过{limit:yuan}：全部所得不再享受优惠（不是仅超过部分）。',
  'incentives.small-low-profit.estimated-staff':
    '小型微利企业的“从业人数”未填写，暂按“人员”一步的职工总数判断；享受优惠须按{taxYear}年度全年季度平均值（含劳务派遣用工）核实不超过300人。',
  'incentives.small-low-profit.estimated-assets':
    '小型微利企业的“资产总额”未填写，暂按{basisYear}年末资产总额判断；享受优惠须按{taxYear}年度全年季度平均值核实不超过5000万元。',
  'incentives.small-low-profit.better-slp':
    '按{basisYear}年数据估算{taxYear}纳税年度。小型微利企业优惠与高新技术企业15%税率不叠加，择一适用：按小型微利企业纳税{slp:yuan}，按15%税率纳税{hnte:yuan}，小型微利企业优惠更省。',
  'incentives.small-low-profit.better-hnte':
    '按{basisYear}年数据估算{taxYear}纳税年度。小型微利企业优惠与高新技术企业15%税率不叠加，择一适用：按小型微利企业纳税{slp:yuan}，按15%税率纳税{hnte:yuan}，高新技术企业税率更省。',
  'incentives.equipment.unit-limit':
    '{taxYear}纳税年度购进的单位价值不超过{limit:yuan}的设备、器具，可一次性在计算应纳税所得额时扣除。',
  'incentives.tech-transfer.hnte':
    '按{basisYear}年数据估算{taxYear}纳税年度。超过{limit:yuan}的部分减半征收（实际税负{rate}），高新技术企业同样适用（国税函〔2010〕157号）。',
} satisfies Catalogue
