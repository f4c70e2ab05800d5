// Engine messages (zh-CN): an answer that breaks its field's rule (src/fields/rules.ts), with how to fix it.
// Flat keys, as the code names them. {bound} is already written in the field's unit (万元, 人, 项).
import type { Catalogue } from '../../../tree'

export default {
  'fieldRule.type.number': '{label}应为数字，请重新填写',
  'fieldRule.type.boolean': '{label}应为“是”或“否”（true 或 false），请重新填写',
  'fieldRule.type.string': '{label}应为文本，请重新填写',
  'fieldRule.not-finite': '{label}必须是有限的数字，请重新填写',
  'fieldRule.too-large': '{label}不能超过 {bound}，请核对数值和单位',
  'fieldRule.negative': '{label}不能为负数，请填写 0 或正数',
  'fieldRule.too-small': '{label}不能小于 {bound}，请核对',
  'fieldRule.not-integer': '{label}应为整数，请去掉小数',
  'fieldRule.decimals.money': '{label}最多保留两位小数（金额精确到分），请四舍五入到两位小数',
  'fieldRule.decimals.persons': '{label}最多保留两位小数（人数按全年月平均数），请四舍五入到两位小数',
  'fieldRule.date': '{label}“{value}”不是有效日期，请按 YYYY-MM-DD 填写真实存在的日期',
  'fieldRule.enum': '{label}只能是 {values} 之一，请重新选择',
  'fieldRule.text': '{label}：{reason}',
  // checks between answers (src/profile/cross-checks.ts): {what} and {limitWhat} name the answers, figures in their unit
  'crossCheck.above': '{what}为 {value}，不能大于{limitWhat} {limit}，请核对这两项',
  'crossCheck.part': '{what}为 {value}，不能大于{limitWhat} {limit}：{why}。请核对这两项',
  'crossCheck.partMoney':
    '{what}为 {value}，不能大于{limitWhat} {limit}：{why}。请核对这两项（两项金额均以万元填写，请留意是否把元当作万元）',
  'crossCheck.registeredAfter': '成立日期（{date}）晚于评估日期（{asOf}），请核对成立日期或评估日期',
  'crossCheck.certifiedAfter': '高企证书发证日期（{date}）晚于评估日期（{asOf}），请核对',
  'crossCheck.yearAfter': '{what}（{value}）晚于评估年度（{year}），请核对',
  'crossCheck.taxYear': '税款所属年度应为评估年度 {year}（本年度预估）或 {last}（上年度汇算清缴），请重新选择',
} satisfies Catalogue
