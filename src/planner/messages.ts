// Planner texts (zh-CN, en), registered with the engine's catalogues so the UI renders them through vue-i18n.
import { defineMessages } from '../engine/messages'

defineMessages(
  {
    'planner.path.extraRdYuan': '{year} 年研发费用增加 {amount:yuan}',
    'planner.path.hireScienceStaff': '增聘 {n} 名科技人员',
    'planner.path.newClassI': '新增 {n} 项Ⅰ类知识产权（如发明专利）',
    'planner.path.newClassII': '新增 {n} 项Ⅱ类知识产权（如实用新型、软件著作权）',
    'planner.path.extraTransformations': '新增 {n} 项科技成果转化',
    'planner.path.hiTechIncomeShare': '{year} 年高新技术产品（服务）收入占比提高到 {percent}（增加 {amount:yuan}）',
  },
  {
    'planner.path.extraRdYuan': 'Spend {amount:yuan} more on R&D in {year}',
    'planner.path.hireScienceStaff': 'Hire {n} S&T staff',
    'planner.path.newClassI': 'Obtain {n} more Class I IP items (e.g. invention patents)',
    'planner.path.newClassII': 'Obtain {n} more Class II IP items (e.g. utility models, software copyrights)',
    'planner.path.extraTransformations': 'Complete {n} more technology transformations',
    'planner.path.hiTechIncomeShare': 'Raise high-tech income to {percent} of total income in {year} (+{amount:yuan})',
  },
)
