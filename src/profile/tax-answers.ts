// The tax answers remember the tax year they were given for (profile.taxAnswersYear): a taxable income typed for
// 2026 says nothing of 2028's. The engine reads them only for that tax year; for another they are unanswered
// (the verdicts say so), and the wizard's tax step shows them as the earlier year's with a way to keep them.
import type { FirmProfile } from './types'

const yearOfDate = (iso: string): number => Number(iso.slice(0, 4))

/** the tax year an estimate is for: tax.taxYear when it is the assessment year or the last fiscal year, else the
 *  assessment year (the engine's chooseTaxYear, without its warning) */
export function chosenTaxYear(p: FirmProfile): number {
  const y = yearOfDate(p.assessmentDate)
  const t = p.tax.taxYear
  return t === y - 1 ? t : y
}

/** the tax answers other than the choice of year itself */
export const hasTaxAnswers = (p: FirmProfile): boolean => Object.keys(p.tax).some((k) => k !== 'taxYear')

/** the year the tax answers were given for, when it is not the year now estimated (else undefined) */
export function earlierTaxAnswersYear(p: FirmProfile): number | undefined {
  const y = p.taxAnswersYear
  return y !== undefined && hasTaxAnswers(p) && y !== chosenTaxYear(p) ? y : undefined
}

/**
 * After an answer at `path` is written (or, without a path, after a profile is loaded): tax answers with no year
 * yet get the year now estimated. A year already set is kept: an answer typed beside the earlier year's ones does
 * not make those this year's (keepTaxAnswers does, on the user's word). Profiles saved before the year was kept
 * are taken as given for their own date's tax year, the only year they can describe.
 */
export function stampTaxAnswers(p: FirmProfile, path?: string): void {
  if (path !== undefined && (!path.startsWith('tax.') || path === 'tax.taxYear')) return
  // with every tax answer cleared the year goes too: the next answer is the year's then
  if (!hasTaxAnswers(p)) delete p.taxAnswersYear
  else if (p.taxAnswersYear === undefined) p.taxAnswersYear = chosenTaxYear(p)
}

/** the user keeps the earlier year's tax answers as the answers for the year now estimated */
export function keepTaxAnswers(p: FirmProfile): void {
  p.taxAnswersYear = chosenTaxYear(p)
}
