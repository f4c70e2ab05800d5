// The wizard's questions (zh-CN). field.*, hint.*, none.* and most option.* come from the field table (src/fields).
import { fieldMessages } from '../../../fields/messages'

const table = fieldMessages('zh')

export default {
  start: {
    title: '科创自评 InnoCheck',
    lead: '用约 15 分钟，自查企业能否认定为高新技术企业、能否入库科技型中小企业，以及可享受哪些税收优惠。',
    checks: '本工具检查：',
    checkHnte: '高新技术企业认定条件与创新能力评分',
    checkTsme: '科技型中小企业评价条件与得分',
    checkTax: '研发费用加计扣除、15% 优惠税率、小型微利企业等税收优惠',
    local: '本工具完全在您的浏览器中运行，您填写的数据不会离开本设备。',
    dateLegend: '评估日期',
    dateHint: '拟申报的日期，默认为今天。它决定适用的政策和所用的会计年度（评估日期之前的三个年度）。',
    begin: '开始填写',
    continue: '继续填写已保存的草稿',
    newDraft: '清空并重新开始',
    examples: '试用示例企业',
    examplesHint:
      '载入一家虚构企业的数据，可以直接查看结果或修改试算。当前企业已有填写内容时，示例作为新企业打开，不会覆盖。示例按其自己的评估日期（而非今天）评估；载入后可回到本页修改评估日期。',
    exampleName: {
      'borderline-hnte': '高企评分处在及格线附近的企业',
      certified: '持有有效高企证书的企业',
      'rd-short': '研发费用占比差一点的企业',
      'strong-hnte': '高企条件充分的制造企业',
      'tsme-not-hnte': '是科技型中小企业、尚不是高企的企业',
      wholesale: '批发企业（负面清单行业）',
      'young-firm': '成立不满一年的企业',
    },
    loadExample: '载入示例“{name}”',
    exampleLoaded: '已载入示例企业“{name}”。',
    dateRequired: '请填写评估日期，如 2026-05-20',
  },
  step: {
    start: { title: '开始' },
    company: { title: '企业基本情况', intro: '请按营业执照和税务登记信息填写。' },
    staff: { title: '人员', intro: '填写最近一个会计年度（{year} 年）的人数，可以有小数（如全年平均 12.5 人）。' },
    finance: {
      title: '财务',
      intro: '每列一个会计年度，金额以万元为单位，可保留到分（小数点后 6 位）。不清楚的留空。',
    },
    rd: {
      title: '研发费用',
      intro:
        '金额以万元为单位。高新技术企业口径按《工作指引》归集，加计扣除口径按财税〔2015〕119号归集，二者可能不同。',
    },
    ip: { title: '知识产权', intro: '只统计仍在有效期内、与主要产品（服务）相关的知识产权。' },
    transformation: { title: '成果转化与研发管理' },
    compliance: { title: '合规与资质' },
    tax: { title: '税务（可选）', intro: '用于估算税收优惠金额。不填也可以查看认定结果。' },
    review: { title: '核对答案', intro: '请检查以下答案，需要时点“修改”。' },
    results: { title: '结果' },
    skipped: '（已跳过）',
    of: '第 {n} 步，共 {total} 步',
  },
  errors: {
    line: '{question}：{message}',
    summary: '有 {count} 处需要修改',
    summaryHint: '请按提示修改，或清空该项（表示不确定）。',
  },
  years: {
    none: '按评估日期和成立日期，还没有完整的会计年度，本步无需填写。',
    column: '{year} 年度',
    lastOnly: '（仅最近一年）',
    hnteLegend: '{year} 年度研发费用（高新技术企业口径）',
    taxLegend: '{year} 年度研发费用（加计扣除口径）',
    copySplit: '与上方 {year} 年度相同的分项',
    copied: '已按上方 {year} 年度的分项填入，请核对。',
  },
  staffSme: {
    differ: '科技型中小企业口径的人数与上面不同',
    differHint: '科技型中小企业评价中，兼职、临时聘用人员累计工作 6 个月以上才计入，与高企的 183 天口径不同。',
  },
  picker: {
    search: '搜索{what}',
    searchHint: '输入名称或代码筛选',
    loading: '正在载入列表…',
    matches: '找到 {count} 项',
    negative: '（加计扣除负面清单行业）',
    negativeNote: '所选行业属于研发费用加计扣除负面清单，不能享受加计扣除，也不能入库科技型中小企业。',
    none: '以上均不属于',
    notSure: '不确定',
    translated: '英文名称为本工具的翻译，以中文名称为准。',
  },
  taxYear: {
    estimate: '本年度（{year} 年）预估',
    settlement: '上年度（{year} 年）汇算清缴',
    suggest: '评估日期在 1 月 1 日至 5 月 31 日之间，正是上年度汇算清缴期：通常应选“上年度（{year} 年）汇算清缴”。',
  },
  taxAnswers: {
    field: '税务答案所属纳税年度',
    reviewEarlier: '按 {given} 年度填写，未计入 {year} 年的估算：请在本步确认沿用或改填',
    earlier:
      '下列税务答案是按 {given} 年度填写的：{names}。现在估算的是 {year} 纳税年度，这些答案仍保留并显示在下面，但不计入 {year} 年的估算（税收优惠显示为“待补充”）。数字仍适用时请点“沿用为 {year} 年数据”，否则请改填 {year} 年的数字后再点此按钮。',
    keep: '沿用为 {year} 年数据',
    and: '、',
  },
  none: {
    legend: '没有的费用类别，选“无”即可，各年度自动填 0',
    notZero: '{label}已填写不为 0 的金额或无效内容，请先清空后再选“无”',
    ...table.none,
  },
  review: {
    change: '修改',
    changeField: '修改“{label}”',
    invalid: '输入无效：{text}',
    toResults: '查看结果',
  },
  unit: { wan: '万元', persons: '人', items: '项', times: '项', label: '（{unit}）' },
  option: { yesno: { yes: '是', no: '否' }, ...table.option },
  field: table.field,
  hint: table.hint,
  /** 由谁回答：显示在每个问题旁 */
  answeredBy: '填写人：{who}。',
  answerer: table.answerer,
}
