// Engine messages (zh-CN): planner: paths, cliff charts, projected years' reasons, score levers. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'planner.path.tsme-next-unannounced':
    '{change}。{closed}年科技型中小企业评价已于{to}截止，不能再登记；新增的知识产权计入下一次（{next}年）评价，其时间尚未公布',
  'planner.path.tsme-next':
    '{change}。{closed}年科技型中小企业评价已于{to}截止，不能再登记；新增的知识产权计入{next}年评价（{from}至{until}）',
  'planner.path.extraRdYuan':
    '{year} 年研发费用增加 {amount:yuan}（计入 {next} 年申报的 {from}–{year} 年研发费用合计）',
  'planner.path.then-score':
    '{change}；此后其他条件均满足，是否认定取决于专家对创新能力的评分（估计 {min}–{max} 分，须达到 {passMark} 分）',
  'planner.path.hireScienceStaff':
    '{year} 年科技人员全年月平均数增加 {n} 人（新增人员须在 {year} 年累计工作满 183 天；计入 {next} 年申报）',
  'planner.path.newClassI': '申报前新增 {n} 项Ⅰ类知识产权（如发明专利，须在申报前获得授权；计入 {next} 年申报）',
  'planner.path.newClassII':
    '申报前新增 {n} 项Ⅱ类知识产权（如实用新型、软件著作权，须在申报前获得授权；计入 {next} 年申报）',
  'planner.path.extraTransformations': '{year} 年新增 {n} 项科技成果转化（计入 {next} 年申报的近三年转化数）',
  'planner.path.extraHiTechIncomeYuan':
    '{year} 年高新技术产品（服务）收入增加 {amount:yuan}（总收入随之增加；计入 {next} 年申报的近一年收入）',
  'planner.cliff.rd.band1':
    '最近一年销售收入不超过 {limit:yuan}（含）：近三年研究开发费用总额占销售收入总额的比例不低于 {ratio}',
  'planner.cliff.rd.band2': '超过 {low:yuan}、不超过 {high:yuan}（含）：不低于 {ratio}',
  'planner.cliff.rd.band3': '超过 {high:yuan}：不低于 {ratio}',
  'planner.cliff.rd.firm': '本企业最近一年销售收入 {sales:yuan}，近三年研究开发费用占比 {share}，要求不低于 {need}',
  'planner.cliff.rd.firm-at-least':
    '本企业最近一年销售收入 {sales:yuan}，按已填写的研发费用，近三年研究开发费用占比至少 {share}，要求不低于 {need}',
  'planner.cliff.rd.firm-open': '本企业最近一年销售收入 {sales:yuan}，近三年研究开发费用占比尚无法计算',
  'planner.cliff.tax.none': '{year} 年无适用的企业所得税税率参数',
  'planner.cliff.tax.rates': '基本税率 {std}；高新技术企业减按 {hnte}',
  'planner.cliff.tax.slp':
    '{year} 年度小型微利企业：应纳税所得额不超过 {limit:yuan}（含）时实际税负 {rate}，{limit:yuan}时税额 {tax:yuan}',
  'planner.cliff.tax.tier-first': '其中不超过 {upTo:yuan}（含）的部分实际税负 {rate}',
  'planner.cliff.tax.tier': '超过 {from:yuan}、不超过 {upTo:yuan}（含）的部分实际税负 {rate}',
  'planner.cliff.tax.over': '超过 {limit:yuan}（哪怕 0.01 元）即全部按 {rate} 计税：{over:yuan}时税额 {tax:yuan}',
  'planner.cliff.tax.slp-off': '{year} 年小型微利企业优惠不在有效期内',
  'planner.cliff.tax.firm':
    '本企业 {year} 年度应纳税所得额 {taxable:yuan}：按基本税率 {std:yuan}，按小型微利口径 {slp:yuan}',
  'planner.cliff.tax.firm-base':
    '本企业 {year} 年度应纳税所得额 {before:yuan}，减除研发费用加计扣除和技术转让所得减免后为 {taxable:yuan}：按基本税率 {std:yuan}，按小型微利口径 {slp:yuan}',
  'planner.cliff.tax.firm-at-most':
    '本企业 {year} 年度应纳税所得额 {before:yuan}，减除已知的扣除后至多 {taxable:yuan}（部分扣除金额未填写）：按基本税率至多 {std:yuan}，按小型微利口径至多 {slp:yuan}',
  'planner.cliff.series.standard': '基本税率 {rate}',
  'planner.cliff.series.hnte': '高新技术企业 {rate}',
  'planner.cliff.series.slp': '小型微利企业（{year} 年度实际税负 {rate}）',
  'planner.reason.eligible': '各项条件均满足',
  'planner.reason.fail': '未满足：{title}',
  'planner.reason.fail-note': '{note}',
  'planner.reason.unknown': '尚待补充：{title}',
  'planner.reason.unknown-note': '{note}',
  'planner.reason.score-range': '其他条件均满足；创新能力评价估计 {min}–{max} 分，是否达到 {passMark} 分取决于专家评分',
  'planner.score.newClassI': '新增 1 项Ⅰ类知识产权（如发明专利）',
  'planner.score.newClassII': '新增 {n} 项Ⅱ类知识产权（此前未用于申请）',
  'planner.score.transformations': '{year} 年新增 {n} 项科技成果转化（计入 {next} 年申报的近三年转化数）',
  'planner.score.rdManagement.system': '建立研发组织管理制度、研发投入核算体系和研发费用辅助账',
  'planner.score.rdManagement.institution': '设立内部研发机构并开展产学研合作',
  'planner.score.rdManagement.transformationIncentives': '建立科技成果转化组织实施与激励奖励制度',
  'planner.score.rdManagement.talent': '建立科技人员培养、人才引进与绩效评价奖励制度',
  'planner.score.standards': '参与编制国家标准、行业标准、检测方法或技术规范',
  'planner.score.decides':
    '其他条件均满足，是否认定取决于专家评出的创新能力得分（估计 {min}–{max} 分，须 {passMark} 分）',
  'planner.score.set': '以下措施合计可使最低得分达到 {passMark} 分：{list}',
  'planner.score.set-next': '以下措施合计可使 {next} 年申报的最低得分达到 {passMark} 分：{list}',
  'planner.score.none':
    '本工具可计算的措施全部采用，最低得分也只有 {best} 分，达不到 {passMark} 分：得分取决于专家评价',
} satisfies Catalogue
