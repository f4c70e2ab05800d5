// County settings: who to ask, how to reach them, when the batches close, the county's targets.
// Pure data so the engine can name departments without knowing any county.

export interface Department {
  id: string
  name: string
  /** what this department handles, zh-CN */
  handles: string
  phone?: string
  /** where to go in person */
  address?: string
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
}

export interface Locality {
  id: string
  name: string
  province: string
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
  /** HNTE batch deadlines by year, YYYY-MM-DD; empty when the province has not published them */
  hnteBatchDeadlines: Record<string, string[]>
  /** tech-SME evaluation window by year */
  techSmeWindows: Record<string, { from: string; to: string; unverified?: boolean }>
  targets: LocalityTargets
  /** notices every assessment in this county carries, zh-CN */
  notes: string[]
  /** the same notices in English, by position */
  notesEn?: string[]
}
