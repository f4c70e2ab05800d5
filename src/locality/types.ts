// County settings: who to ask, how to reach them, when the batches close, the county's targets.
// Pure data so the engine can name departments without knowing any county. Every name and duty has a zh-CN form
// (what the engine and the Chinese pages show) and an English form for the English pages.

export interface Department {
  id: string
  name: string
  nameEn?: string
  /** what this department handles, zh-CN */
  handles: string
  handlesEn?: string
  phone?: string
  /** where to go in person */
  address?: string
}

/** where a date was read and when: a bureau can tell a checked date from an old one */
export interface Checked {
  /** YYYY-MM-DD; absent when nobody recorded it */
  checkedOn?: string
  source?: string
}

export interface TechSmeWindow extends Checked {
  from: string
  to: string
  unverified?: boolean
}

export interface LocalityTargets {
  /** 高新技术企业数量 */
  hnteCount?: number
  /** 科技型中小企业数量 */
  techSmeCount?: number
  /** 规上工业企业R&D经费支出占主营业务收入比重 (fraction) */
  rdIntensityIndustrial?: number
  /** 规上工业企业建立研发机构比例 (fraction) */
  rdInstitutionShare?: number
  year?: number
  source?: string
  sourceEn?: string
}

export type DepartmentRole = 'science' | 'finance' | 'tax' | 'market' | 'statistics' | 'approval'

export interface Locality {
  id: string
  name: string
  nameEn?: string
  province: string
  provinceEn?: string
  departments: {
    /** HNTE, tech-SME, R&D institutions, 科技成果转化, contract registration */
    science: Department
    finance: Department
    tax: Department
    /** patents and IP */
    market: Department
    statistics: Department
    /** 行政审批局: co-responsible for cultivating HNTEs and tech-SMEs where the county plan says so */
    approval: Department
  }
  /** further departments the bureau lists (no checklist item names them by role) */
  otherDepartments?: Department[]
  /** HNTE batch deadlines by year, YYYY-MM-DD; empty when the province has not published them */
  hnteBatchDeadlines: Record<string, string[]>
  /** where each batch deadline (by date) was read and when */
  hnteBatchChecked?: Record<string, Checked>
  /** tech-SME evaluation window by year */
  techSmeWindows: Record<string, TechSmeWindow>
  targets: LocalityTargets
  /** notices every assessment in this county carries, zh-CN */
  notes: string[]
  /** the same notices in English, by position */
  notesEn?: string[]
}
