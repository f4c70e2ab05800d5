// Engine messages (zh-CN): typed text the parsers cannot read (src/wizard/parse-number.ts, parse-date.ts) and
// text that breaks a field's text rule (src/fields/text-rules.ts), each saying how to fix it.
import type { Catalogue } from '../../../tree'

export default {
  'parseError.number.currency-or-unit': '请只填写数字，不要带货币符号或单位',
  'parseError.number.unit': '请只填写数字，不要带单位',
  'parseError.number.separator': '千位分隔符位置不对，请按 1,234.56 的格式或不加逗号填写',
  'parseError.number.scientific': '请直接写出数字，不要使用科学计数法（如 1e3 应写作 1000）',
  'parseError.number.points': '只能有一个小数点，请检查后重新填写',
  'parseError.number.comma-after-point': '千位分隔符（逗号）只能出现在小数点前',
  'parseError.number.character': '含有无法识别的字符“{char}”，请只填写数字',
  'parseError.number.not-number': '请填写一个数字',
  'parseError.number.negative': '此处不能为负数，请填写 0 或正数',
  'parseError.number.integer': '请填写整数（个数不能有小数）',
  'parseError.number.decimals-persons': '人数最多保留 2 位小数（如 12.25），请四舍五入后填写',
  'parseError.number.decimals-yuan': '以“元”填写时最多 2 位小数（到分），请检查',
  'parseError.number.decimals-wan': '以万元填写时最多 {max} 位小数（到分），请检查',
  'parseError.number.too-large-money':
    '数额过大，无法准确计算：本栏以万元为单位（1 亿元 = 10000 万元），最多约 90 亿万元，请核对是否多填了位数',
  'parseError.number.too-large-persons': '人数过大，请核对：本栏填写人数（单位：人），不是金额',
  'parseError.number.percent-over-100': '比例不能超过 100%',
  'parseError.number.too-large-count': '个数过大，请核对：本栏填写个数（单位：个），不是金额',
  'parseError.date.format': '请按“年-月-日”填写日期，如 2021-03-15',
  'parseError.date.invalid': '{value} 不是有效的日期，请检查月份和日',
  'textRule.credit-code.length': '统一社会信用代码应为18位，当前为{length}位，请对照营业执照重新填写',
  'textRule.credit-code.character':
    '统一社会信用代码第{position}位“{character}”不是有效字符（只能是数字和除 I、O、Z、S、V 以外的大写字母），请对照营业执照重新填写',
  'textRule.credit-code.check':
    '统一社会信用代码校验位错误：按前17位应为“{expected}”，实为“{actual}”，请对照营业执照核对各位',
  'textRule.industry': '行业代码应为国民经济行业分类（GB/T 4754-2017）代码，如 “C”、“C33”、“F51”，字母大写',
  'textRule.tech-field': '技术领域应为领域编号（如 “1”、“1.2”、“1.2.3”，一级为 1–8），不属于任何领域时填 “none”',
  'textRule.name-character':
    '企业名称含有不可见的控制字符（{char}，如换行或文字方向控制符），请删除后重新输入，或从营业执照重新录入',
  'textRule.name-length': '企业名称有 {length} 个字，超过 {max} 个字的上限，请核对是否多粘贴了内容',
} satisfies Catalogue
