// Planner texts (zh-CN, en), registered with the engine's catalogues so the UI renders them through vue-i18n.
import { defineMessages } from '../engine/messages'

defineMessages(
  {
    'planner.path.extraRdYuan': '{year} 年研发费用增加 {amount:yuan}（计入 {next} 年申报的近三年研发费用）',
    'planner.path.hireScienceStaff': '增聘 {n} 名科技人员',
    'planner.path.newClassI': '新增 {n} 项Ⅰ类知识产权（如发明专利）',
    'planner.path.newClassII': '新增 {n} 项Ⅱ类知识产权（如实用新型、软件著作权）',
    'planner.path.extraTransformations': '新增 {n} 项科技成果转化',
    'planner.path.hiTechIncomeShare': '{year} 年高新技术产品（服务）收入占比提高到 {percent}（增加 {amount:yuan}）',
    'planner.path.then-score':
      '{change}；此后其他条件均满足，是否认定取决于专家对创新能力的评分（估计 {min}–{max} 分，须达到 {passMark} 分）',
  },
  {
    'planner.path.extraRdYuan': 'Spend {amount:yuan} more on R&D in {year} (it counts for an application in {next})',
    'planner.path.hireScienceStaff': 'Hire {n} S&T staff',
    'planner.path.newClassI': 'Obtain {n} more Class I IP items (e.g. invention patents)',
    'planner.path.newClassII': 'Obtain {n} more Class II IP items (e.g. utility models, software copyrights)',
    'planner.path.extraTransformations': 'Complete {n} more technology transformations',
    'planner.path.hiTechIncomeShare': 'Raise high-tech income to {percent} of total income in {year} (+{amount:yuan})',
    'planner.path.then-score':
      '{changeEn}; every other condition then holds and the experts’ innovation score decides (estimated {min}–{max}, {passMark} needed)',
  },
)

// the cliff charts' text equivalents and legend (src/planner/cliffs.ts)
defineMessages(
  {
    'planner.cliff.rd.band1':
      '最近一年销售收入不超过 {limit:yuan}（含）：近三年研究开发费用总额占销售收入总额的比例不低于 {ratio}',
    'planner.cliff.rd.band2': '超过 {low:yuan}、不超过 {high:yuan}（含）：不低于 {ratio}',
    'planner.cliff.rd.band3': '超过 {high:yuan}：不低于 {ratio}',
    'planner.cliff.rd.firm': '本企业最近一年销售收入 {sales:yuan}，近三年研究开发费用占比 {share}，要求不低于 {need}',
    'planner.cliff.rd.firm-open': '本企业最近一年销售收入 {sales:yuan}，近三年研究开发费用占比尚无法计算',
    'planner.cliff.tax.none': '{year} 年无适用的企业所得税税率参数',
    'planner.cliff.tax.rates': '基本税率 {std}；高新技术企业减按 {hnte}',
    'planner.cliff.tax.slp':
      '小型微利企业：应纳税所得额不超过 {limit:yuan}（含）时实际税负 {rate}，{limit:yuan}时税额 {tax:yuan}',
    'planner.cliff.tax.over': '超过 {limit:yuan}（哪怕 0.01 元）即全部按 {rate} 计税：{over:yuan}时税额 {tax:yuan}',
    'planner.cliff.tax.slp-off': '{year} 年小型微利企业优惠不在有效期内',
    'planner.cliff.tax.firm': '本企业应纳税所得额 {taxable:yuan}：按基本税率 {std:yuan}，按小型微利口径 {slp:yuan}',
    'planner.cliff.series.standard': '基本税率 {rate}',
    'planner.cliff.series.hnte': '高新技术企业 {rate}',
    'planner.cliff.series.slp': '小型微利企业（实际税负 {rate}）',
  },
  {
    'planner.cliff.rd.band1':
      'Last-year sales up to {limit:yuan} (inclusive): three-year R&D at least {ratio} of three-year sales',
    'planner.cliff.rd.band2': 'Above {low:yuan} and up to {high:yuan} (inclusive): at least {ratio}',
    'planner.cliff.rd.band3': 'Above {high:yuan}: at least {ratio}',
    'planner.cliff.rd.firm': 'This firm: last-year sales {sales:yuan}, three-year R&D share {share}, {need} required',
    'planner.cliff.rd.firm-open':
      'This firm: last-year sales {sales:yuan}; its three-year R&D share cannot be computed yet',
    'planner.cliff.tax.none': 'No corporate income tax rates are recorded for {year}',
    'planner.cliff.tax.rates': 'Standard rate {std}; HNTE reduced rate {hnte}',
    'planner.cliff.tax.slp':
      'Small low-profit firm: taxable income up to {limit:yuan} (inclusive) bears {rate}; at {limit:yuan} the tax is {tax:yuan}',
    'planner.cliff.tax.over':
      'Above {limit:yuan}, even by 0.01 yuan, the whole income is taxed at {rate}: at {over:yuan} the tax is {tax:yuan}',
    'planner.cliff.tax.slp-off': 'The small low-profit benefit is not in force in {year}',
    'planner.cliff.tax.firm':
      'This firm: taxable income {taxable:yuan}; tax {std:yuan} at the standard rate, {slp:yuan} as a small low-profit firm',
    'planner.cliff.series.standard': 'Standard rate {rate}',
    'planner.cliff.series.hnte': 'HNTE {rate}',
    'planner.cliff.series.slp': 'Small low-profit firm (effective {rate})',
  },
)
