// The A4 result sheet (zh-CN). Status words, check names, units and score wording come from results.ts.
export default {
  print: {
    button: '打印结果单',
    title: '科创自评结果单',
    toolbar: {
      label: '打印操作',
      print: '打印',
      back: '返回结果页',
      hint: '请在打印设置中选择 A4 纸、纵向；下方即为打印效果。',
    },
    header: {
      firm: '企业名称',
      creditCode: '统一社会信用代码',
      asOf: '评估日期',
      fiscalYears: '所用会计年度',
      rulesVersion: '规则版本',
      appVersion: '程序版本',
      printedOn: '打印日期',
      missing: '（未填写）',
    },
    disclaimer: '自评结果仅供参考，不代替主管部门的认定',
    verdict: {
      heading: '评价结论',
      program: '项目',
      status: '结论',
      score: '评分',
      directPass: '；直接认定：{answer}',
      directWhy: {
        noCondition: '（第六条第（一）至（四）项条件未全部符合，直接认定也须符合）',
        noCase:
          '（不具备第八条四种情形中的任何一项：有效期内的高企证书、国家级科技奖励前三、省部级以上研发机构、主导制定标准）',
      },
    },
    figures: {
      heading: '关键指标对照',
      cite: '依据',
    },
    incentives: {
      heading: '税收优惠估算',
      assumptions: '假设：按 {year} 年数据估算 {tax} 纳税年度；实际以汇算清缴为准。',
    },
    inputs: {
      heading: '企业填报的关键数据',
      figure: '项目',
      year: '{year} 年',
      unanswered: '未填写',
      notAsked: '不需填报',
    },
    notes: {
      heading: '备注',
      label: '结果单备注（可选）',
      hint: '打印前填写，会印在结果单上，并随企业档案保存在本机（导出档案时一并导出）。',
    },
    checklist: {
      heading: '下一步',
      done: '完成',
      item: '事项',
      whoBy: '办理部门 / 截止日期',
    },
    notices: {
      heading: '提示与人工复核事项',
      level: '{level}：',
    },
    footnotes: {
      heading: '政策依据',
      unverified: '标 † 的数值或条件仅见于第三方资料，尚未与官方原文核对。',
      noQuote: '（原文未收录）',
    },
    unverifiedMark: '†',
    unverifiedLabel: '（未核实）',
    signatures: {
      heading: '签字确认',
      firm: '企业（盖章）：',
      signer: '企业负责人签字：',
      staff: '服务人员：{name}',
      staffSign: '服务人员签字：',
      date: '日期：',
    },
    charts: '图表',
  },
}
