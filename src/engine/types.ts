// The assessment, version 1: what assess() returns. Ids are stable; the UI and tests depend on them.

export interface Citation {
  /** official document number, e.g. 国科发火〔2016〕32号 */
  doc: string
  /** article or section, e.g. 第十一条第（五）项 */
  article: string
  title?: string
  url?: string
  /** the clause in the document's own words (zh-CN), shown on demand and as the sheet's footnote text */
  quote?: string
}

export type CheckStatus = 'pass' | 'fail' | 'unknown'
export type ProgramStatus = 'eligible' | 'borderline' | 'ineligible' | 'incomplete'
export type IncentiveStatus = 'applicable' | 'not-applicable' | 'unknown' | 'not-in-force'

/** A translatable message: key for vue-i18n, params for interpolation, text as the zh-CN rendering. */
export interface Message {
  key: string
  params?: Record<string, string | number>
  text: string
}

export interface Check {
  id: string
  status: CheckStatus
  /** same unit as threshold: a ratio as a fraction, yuan, persons, days */
  value?: number
  /** a score known only as a range: `value` is its lowest, this its highest (equal when settled) */
  valueMax?: number
  threshold?: number
  /** on a fail: how much more is needed, same unit */
  gap?: number
  unit?: 'ratio' | 'yuan' | 'persons' | 'days' | 'points' | 'flag'
  /** the gap's unit when it differs from `unit` (a ratio check whose gap is yuan or persons) */
  gapUnit?: 'ratio' | 'yuan' | 'persons' | 'days' | 'points' | 'flag'
  /** which profile fields settle this check when it is unknown */
  fields?: string[]
  /** unknown because those fields are unanswered: the results list them under 待确认 */
  ask?: true
  note?: Message
  cite: Citation
  unverified?: boolean
  /** 'at-least': the value is built from partly-answered amounts and can only grow once all are answered */
  bound?: 'at-least' | 'at-most'
}

export interface ScorePart {
  id: string
  min: number
  max: number
  /** the most this part can give by law */
  cap: number
  cite: Citation
  fields?: string[]
  note?: Message
}

export interface Score {
  min: number
  max: number
  passMark: number
  parts: ScorePart[]
}

export interface Program {
  status: ProgramStatus
  checks: Check[]
  score: Score
}

export interface Incentive {
  id: string
  status: IncentiveStatus
  figures: Record<string, number>
  cite: Citation
  /** the tax year the estimate is for */
  taxYear: number
  /** the fiscal year whose figures the estimate uses */
  basisYear: number
  note?: Message
  unverified?: boolean
  /** the taxpayer preconditions checked before any figure (collection method, residency, status held…) */
  conditions?: Check[]
  /** a figure built from partly-answered amounts: 'at-least' or 'at-most', by figure name */
  bounds?: Record<string, 'at-least' | 'at-most'>
}

/** one rate regime of the coherent tax estimate (issue #8 §6) */
export interface TaxRegime {
  id: 'standard' | 'hnte' | 'small-low-profit'
  status: IncentiveStatus
  /** yuan, on taxableIncomeAfter; absent when it cannot be computed */
  taxDue?: number
}

/** the coherent enterprise-income-tax estimate for one tax year, incentives applied in the law's order */
export interface TaxEstimate {
  taxYear: number
  /** 应纳税所得额 before the incentives this tool knows, yuan */
  taxableIncomeBefore: number
  /** after the R&D extra deduction and the technology-transfer exemption, yuan */
  taxableIncomeAfter: number
  /** 'at-most' when a deduction whose amount is unknown was left out */
  bound: 'exact' | 'at-most'
  regimes: TaxRegime[]
  /** the regime with the lowest tax among those applicable (or only possible) */
  best: TaxRegime['id']
  /** yuan: the tax with none of the incentives (25% of taxableIncomeBefore) − the best regime's tax ("比不享受优惠少") */
  saving: number
  /** yuan of taxable income deferred by the equipment one-off deduction (a timing benefit, not a saving) */
  deferredDeduction?: number
  /** the deductions that may take from the base (applicable or unknown), by incentive id; absent (an older
   *  record): both the R&D extra deduction and the technology-transfer relief */
  deductions?: string[]
}

export interface ChecklistItem {
  id: string
  /** check or incentive ids this item comes from */
  because: string[]
  title: Message
  detail?: Message
  /** who to ask: a department from the locality settings */
  who?: string
  /** the date by which to act, YYYY-MM-DD */
  by?: string
  group: 'fix' | 'answer' | 'apply' | 'claim' | 'keep'
  documents?: string[]
}

export interface Notice {
  id: string
  level: 'info' | 'warning'
  message: Message
  cite?: Citation
}

export interface Assessment {
  format: 'innocheck-assessment'
  version: 1
  asOf: string
  rulesVersion: string
  fiscalYears: number[]
  hnte: Program
  techSme: Program & {
    directPass: boolean
    /** 第八条 direct route: 'unknown' (待确认) while an answer it depends on is missing, never a false 否 */
    directPassStatus?: 'pass' | 'fail' | 'unknown'
    /** with directPassStatus 'unknown': the unanswered questions of the four routes (待确认) */
    directPassAsk?: string[]
  }
  incentives: Incentive[]
  checklist: ChecklistItem[]
  notices: Notice[]
  taxEstimate?: TaxEstimate
}
