// Engine messages (zh-CN): batch triage: a firm's largest gap in words. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

const UNCLOSED =
  '这一行有一个英文双引号（"）没有配对，从引号起的内容无法分列：请删除多余的引号，或把含逗号的内容用一对英文双引号括起来后再导入'

export default {
  'batch.gap.hnte.rd-intensity': '研发费用还差 {wan} 万元',
  'batch.gap.hnte.rd-domestic-share': '境内研发费用还差 {wan} 万元',
  'batch.gap.hnte.hitech-income-share': '高新技术产品（服务）收入还差 {wan} 万元',
  'batch.gap.hnte.st-staff-ratio': '科技人员还差 {n} 人',
  'batch.gap.hnte.registered-one-year': '成立满一年还差 {n} 天',
  'batch.gap.hnte.innovation-score': '创新能力评价至少还差 {n} 分',
  'batch.gap.tsme.score': '科技型中小企业评价至少还差 {n} 分',
  'batch.gap.tsme.staff-limit': '职工总数超出上限 {n} 人',
  'batch.gap.tsme.revenue-limit': '销售收入超出上限 {wan} 万元',
  'batch.gap.tsme.assets-limit': '资产总额超出上限 {wan} 万元',
  'batch.gap.other': '{title}',
  // what is wrong with a sheet or one of its rows (src/batch/issues.ts): a column named as the sheet writes it;
  // {reason}: the parser's or the rule's own message (its catalogue key), in the same language
  'batch.issue.money': '“{column}”：“{text}”不是有效金额（单位{unit}）：{reason}',
  'batch.issue.moneyBlank': '“{column}”：“{text}”不是金额，请填写数字（单位{unit}）',
  'batch.issue.number': '“{column}”：“{text}”不是数字：{reason}',
  'batch.issue.numberValue': '“{column}”：“{text}”不符合要求：{reason}',
  'batch.issue.numberBlank': '“{column}”：“{text}”不是数字',
  'batch.issue.bool': '“{column}”：“{text}”应填“是”或“否”',
  'batch.issue.tax': '“{column}”：“{text}”无法识别，应填“查账征收”或“核定征收”',
  'batch.issue.ypn': '“{column}”：“{text}”无法识别，应填“是”“部分”或“否”',
  'batch.issue.rating': '“{column}”：“{text}”应为档次 A、B、C、D 或 E',
  'batch.issue.techField':
    '“{column}”：“{text}”不是技术领域编号：请填领域编号（如 1、1.2、1.2.3，一级为 1–8），不属于任何领域时填“无”',
  'batch.issue.blankDate': '“{column}”为空：请填写该企业计划申报的日期（YYYY-MM-DD），空白不会按今天计算',
  'batch.issue.problem': '“{column}”：{reason}',
  'batch.issue.problemAnywhere': '{reason}',
  'batch.issue.check': '“{column}”：{detail}',
  'batch.issue.checkAnywhere': '{detail}',
  'batch.issue.unclosed': UNCLOSED,
  'batch.sheet.empty': '表格为空：第 1 行应为表头（请使用模板）',
  'batch.sheet.noDate': '缺少“{column}”列：每家企业须有评估日期（YYYY-MM-DD）',
  'batch.sheet.repeatedColumn': '“{column}”列重复出现，仅使用第一列',
  'batch.sheet.repeatedCode':
    '统一社会信用代码 {code} 在第 {rows} 行重复出现：同一家企业应只占一行，请核对后删去多余的行',
  'batch.sheet.headerUnclosed': `表头（第 1 行）：${UNCLOSED}`,
} satisfies Catalogue
