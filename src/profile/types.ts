// The profile file format, version 1. A public format: files exported today must import forever.
// Fields may be added (optional), never renamed. Money in yuan (≤ 2 decimals), staff as annual averages.

export type YPN = 'yes' | 'partly' | 'no'
export type Rating = 'A' | 'B' | 'C' | 'D' | 'E'

export interface RdHnte {
  /** HNTE R&D (工作指引): categories 1–6 spent by the firm itself */
  inHouse?: number
  /** 其他费用, capped at 20% of total R&D */
  other?: number
  /** actual amounts paid for commissioned R&D; 80% counts */
  entrustedDomestic?: number
  entrustedOverseas?: number
  /** the part of inHouse + other spent outside China (default 0) */
  inHouseAbroad?: number
}

export interface RdTax {
  /** super-deduction R&D (财税〔2015〕119号) items 1–5 */
  items1to5?: number
  /** 其他相关费用, capped at items1to5 × 10/90 */
  otherRelated?: number
  entrustedDomestic?: number
  entrustedOverseas?: number
  /** this year's amortisation of R&D-formed intangibles */
  intangibleAmortization?: number
}

export interface FiscalYearData {
  year: number
  salesRevenue?: number
  totalIncome?: number
  hiTechIncome?: number
  netAssets?: number
  totalAssets?: number
  costsAndExpenses?: number
  rd?: RdHnte
  rdTax?: RdTax
}

export interface FirmProfile {
  format: 'innocheck-profile'
  version: 1
  assessmentDate: string
  company: {
    name?: string
    creditCode?: string
    registeredOn?: string
    residentInMainland?: boolean
    taxCollection?: 'audit' | 'deemed'
    industry?: string
    restrictedIndustry?: boolean
    icOrMachineToolListed?: boolean
    techField?: string
  }
  staff: { total?: number; scienceTech?: number; totalSme?: number; scienceTechSme?: number }
  years: FiscalYearData[]
  ip: {
    classI?: number
    classII?: number
    classIIUsedBefore?: number
    ownDevelopment?: boolean
    coreToMainProducts?: boolean
    advancement?: Rating
    coreSupport?: Rating
    standards?: boolean
    /** yes: the counts above leave out IP co-owned with others that another owner counts (工作指引 三（二）5) */
    coOwnedExcluded?: boolean
    /** yes: every patent counted was granted (certificate, or grant notice + fee receipt) before applying (三（二）6) */
    grantedBeforeApplication?: boolean
  }
  transformations?: number
  rdManagement: { system?: YPN; institution?: YPN; transformationIncentives?: YPN; talent?: YPN }
  record: { majorIncidentPastYear?: boolean; seriousDishonesty?: boolean }
  credentials: {
    /** whether the firm has ever been issued an HNTE certificate: blank is unknown, never "no"; a date implies yes */
    hnteCertificateHeld?: boolean
    /** the latest certificate's issue date, asked when the answer above is not 否 */
    hnteCertifiedOn?: string
    nationalAwardTop3?: boolean
    provincialRdInstitution?: boolean
    ledStandard?: boolean
    /** whether the firm has ever had a tech-SME 入库登记编号: blank is unknown; a year implies yes */
    techSmeRegistered?: boolean
    /** the year of the firm's latest tech-SME 入库登记编号 (国科发政〔2017〕115号 第十一条) */
    techSmeRegistrationYear?: number
    /** the year the firm's HNTE status was cancelled, if ever: it may not reapply that year */
    hnteCancelledYear?: number
  }
  tax: {
    taxableIncome?: number
    avgEmployees?: number
    avgTotalAssets?: number
    techTransferIncome?: number
    techContractsRegistered?: boolean
    equipmentUpTo5m?: number
    /** the tax year the estimate is for; absent = the assessment date's year, the last fiscal year = 汇算清缴 */
    taxYear?: number
  }
  /** the tax year the tax answers (all but tax.taxYear) were given for; for any other tax year the engine reads
   *  them as unanswered (src/profile/tax-answers.ts). Absent in files saved before it was kept. */
  taxAnswersYear?: number
  /** the notes box typed before printing the result sheet: kept with the firm, never read by the engine */
  notes?: string
  /** texts typed in the wizard that are not (yet) valid answers, by field path ('years.2025.salesRevenue') */
  typedTexts?: Record<string, string>
}

export const PROFILE_FORMAT = 'innocheck-profile'
export const PROFILE_VERSION = 1

/** A profile with nothing answered: the start of every new firm. */
export function emptyProfile(assessmentDate: string): FirmProfile {
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    assessmentDate,
    company: {},
    staff: {},
    years: [],
    ip: {},
    rdManagement: {},
    record: {},
    credentials: {},
    tax: {},
  }
}
