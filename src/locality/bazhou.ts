// 霸州市 (廊坊市, 河北省): the default locality, from 《霸州市2020年度科技创新跃升工作方案》
// (霸州市人民政府办公室, 2020-04-29). Contact lines are left for the bureau to fill in:
// none were published in the plan, and a wrong number is worse than none.
import { nationalTechSmeWindows } from './generic'
import type { Locality } from './types'

export const bazhou: Locality = {
  id: 'hebei-langfang-bazhou',
  name: '霸州市',
  province: '河北省',
  departments: {
    science: {
      id: 'science',
      name: '霸州市科技和工业信息化局',
      handles: '高新技术企业认定、科技型中小企业评价、研发机构、科技成果转化、技术合同登记',
    },
    finance: { id: 'finance', name: '霸州市财政局', handles: '财政科技资金与奖补' },
    tax: { id: 'tax', name: '国家税务总局霸州市税务局', handles: '研发费用加计扣除、高新技术企业税率等税收优惠' },
    market: { id: 'market', name: '霸州市市场监督管理局', handles: '专利与知识产权' },
    statistics: { id: 'statistics', name: '霸州市统计局', handles: '规上工业企业研发统计' },
    // the plan names it with 市科技和工业信息化局 as responsible for growing HNTEs and tech-SMEs in the county
    approval: {
      id: 'approval',
      name: '霸州市行政审批局',
      handles: '与市科技和工业信息化局共同负责高新技术企业、科技型中小企业的培育',
    },
  },
  // Hebei's batch dates were not found (docs/rules.md §2.6): the bureau enters them in the settings.
  hnteBatchDeadlines: {},
  techSmeWindows: nationalTechSmeWindows,
  targets: {
    hnteCount: 63,
    techSmeCount: 1025,
    rdIntensityIndustrial: 0.01,
    rdInstitutionShare: 0.3,
    year: 2020,
    source: '《霸州市2020年度科技创新跃升工作方案》（2020年度目标）',
  },
  notes: ['河北省另设省级科技型中小企业（SKX）备案，其条件未在本工具中评估，请向市科技和工业信息化局咨询。'],
  notesEn: [
    'Hebei also keeps a provincial tech-SME register (SKX certificates); its criteria are not assessed here: ask the city science and industry bureau.',
  ],
}
