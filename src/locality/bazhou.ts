// 霸州市 (廊坊市, 河北省): the default locality, from 《霸州市2020年度科技创新跃升工作方案》
// (霸州市人民政府办公室, 2020-04-29). Contact lines are left for the bureau to fill in:
// none were published in the plan, and a wrong number is worse than none.
import { nationalTechSmeWindows } from './generic'
import type { Locality } from './types'

export const bazhou: Locality = {
  id: 'hebei-langfang-bazhou',
  name: '霸州市',
  nameEn: 'Bazhou',
  province: '河北省',
  provinceEn: 'Hebei Province',
  departments: {
    science: {
      id: 'science',
      name: '霸州市科技和工业信息化局',
      nameEn: 'Bazhou Bureau of Science, Technology, Industry and Information Technology',
      handles: '高新技术企业认定、科技型中小企业评价、研发机构、科技成果转化、技术合同登记',
      handlesEn:
        'HNTE recognition, tech-SME evaluation, R&D institutions, commercialisation of research results, technology contract registration',
    },
    finance: {
      id: 'finance',
      name: '霸州市财政局',
      nameEn: 'Bazhou Finance Bureau',
      handles: '财政科技资金与奖补',
      handlesEn: 'Public funds and awards for science and technology',
    },
    tax: {
      id: 'tax',
      name: '国家税务总局霸州市税务局',
      nameEn: 'Bazhou Tax Bureau (State Taxation Administration)',
      handles: '研发费用加计扣除、高新技术企业税率等税收优惠',
      handlesEn: 'Tax incentives such as the R&D super deduction and the HNTE tax rate',
    },
    market: {
      id: 'market',
      name: '霸州市市场监督管理局',
      nameEn: 'Bazhou Administration for Market Regulation',
      handles: '专利与知识产权',
      handlesEn: 'Patents and intellectual property',
    },
    statistics: {
      id: 'statistics',
      name: '霸州市统计局',
      nameEn: 'Bazhou Statistics Bureau',
      handles: '规上工业企业研发统计',
      handlesEn: 'R&D statistics of industrial firms above the designated size',
    },
    // the plan names it with 市科技和工业信息化局 as responsible for growing HNTEs and tech-SMEs in the county
    approval: {
      id: 'approval',
      name: '霸州市行政审批局',
      nameEn: 'Bazhou Administrative Approval Bureau',
      handles: '与市科技和工业信息化局共同负责高新技术企业、科技型中小企业的培育',
      handlesEn: 'Growing HNTEs and tech-SMEs in the county, together with the science and technology bureau',
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
    // no 2021–2025 targets were found: these are the 2020 plan's, and say so
    year: 2020,
    source: '《霸州市2020年度科技创新跃升工作方案》（2020年度目标）',
    sourceEn: '《霸州市2020年度科技创新跃升工作方案》 (the 2020 plan’s targets)',
  },
  notes: ['河北省另设省级科技型中小企业（SKX）备案，其条件未在本工具中评估，请向市科技和工业信息化局咨询。'],
  notesEn: [
    'Hebei also keeps a provincial tech-SME register (SKX certificates); its criteria are not assessed here: ask the city science and industry bureau.',
  ],
}
