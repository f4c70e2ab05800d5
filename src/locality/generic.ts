// The locality an assessment uses when none is given (the command line, a test, a library caller): no county,
// departments named by what they do, no county dates or targets. The app always passes the one in its settings.
import type { Locality } from './types'

/**
 * the tech-SME evaluation windows are national (MIIT's platform), not a county's: every locality starts from them.
 * Both were read in secondary reproductions only (the 2026 one cites 工企业函〔2026〕160号; the 2025 one no document),
 * hence `unverified`.
 */
export const nationalTechSmeWindows: Locality['techSmeWindows'] = {
  '2025': { from: '2025-06-30', to: '2025-09-30', unverified: true },
  '2026': {
    from: '2026-06-01',
    to: '2026-08-31',
    unverified: true,
    checkedOn: '2026-11-30',
    source: '工企业函〔2026〕160号',
  },
}

export const genericLocality: Locality = {
  id: 'generic',
  name: '',
  province: '',
  departments: {
    science: {
      id: 'science',
      name: '当地科技主管部门',
      nameEn: 'Local science and technology authority',
      handles: '高新技术企业认定、科技型中小企业评价、研发机构、科技成果转化、技术合同登记',
      handlesEn:
        'HNTE recognition, tech-SME evaluation, R&D institutions, commercialisation of research results, technology contract registration',
    },
    approval: {
      id: 'approval',
      name: '当地行政审批部门',
      nameEn: 'Local administrative approval authority',
      handles: '企业登记与行政审批事项',
      handlesEn: 'Business registration and administrative approvals',
    },
    finance: {
      id: 'finance',
      name: '当地财政部门',
      nameEn: 'Local finance authority',
      handles: '财政科技资金与奖补',
      handlesEn: 'Public funds and awards for science and technology',
    },
    tax: {
      id: 'tax',
      name: '主管税务机关',
      nameEn: 'The firm’s tax office',
      handles: '研发费用加计扣除、高新技术企业税率等税收优惠',
      handlesEn: 'Tax incentives such as the R&D super deduction and the HNTE tax rate',
    },
    market: {
      id: 'market',
      name: '当地市场监督管理（知识产权）部门',
      nameEn: 'Local market regulation (IP) authority',
      handles: '专利与知识产权',
      handlesEn: 'Patents and intellectual property',
    },
    statistics: {
      id: 'statistics',
      name: '当地统计部门',
      nameEn: 'Local statistics authority',
      handles: '规上工业企业研发统计',
      handlesEn: 'R&D statistics of industrial firms above the designated size',
    },
  },
  hnteBatchDeadlines: {},
  techSmeWindows: nationalTechSmeWindows,
  targets: {},
  notes: [],
  notesEn: [],
}
