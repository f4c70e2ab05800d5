// The locality an assessment uses when none is given (the command line, a test, a library caller): no county,
// departments named by what they do, no county dates or targets. The app always passes the one in its settings.
import type { Locality } from './types'

/** the tech-SME evaluation windows are national (MIIT's platform), not a county's: every locality starts from them */
export const nationalTechSmeWindows: Locality['techSmeWindows'] = {
  '2025': { from: '2025-06-30', to: '2025-09-30', unverified: true },
  '2026': { from: '2026-06-01', to: '2026-08-31', unverified: true },
}

export const genericLocality: Locality = {
  id: 'generic',
  name: '',
  province: '',
  departments: {
    science: {
      id: 'science',
      name: '当地科技主管部门',
      handles: '高新技术企业认定、科技型中小企业评价、研发机构、科技成果转化、技术合同登记',
    },
    approval: { id: 'approval', name: '当地行政审批部门', handles: '企业登记与行政审批事项' },
    finance: { id: 'finance', name: '当地财政部门', handles: '财政科技资金与奖补' },
    tax: { id: 'tax', name: '主管税务机关', handles: '研发费用加计扣除、高新技术企业税率等税收优惠' },
    market: { id: 'market', name: '当地市场监督管理（知识产权）部门', handles: '专利与知识产权' },
    statistics: { id: 'statistics', name: '当地统计部门', handles: '规上工业企业研发统计' },
  },
  hnteBatchDeadlines: {},
  techSmeWindows: nationalTechSmeWindows,
  targets: {},
  notes: [],
  notesEn: [],
}
