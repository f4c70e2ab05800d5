// The wizard's steps as data and the pure "what comes next" logic (no Vue here).
import { fiscalWindow } from '../engine/context'
import { isIsoDate } from '../engine/dates'
import { fieldsOfStep, type FieldStep } from '../fields'
import type { FirmProfile } from '../profile/types'
import { isAsked } from './asked'
import { QUESTION_STEPS, STEP_IDS, type StepId } from './step-ids'

export { STEP_IDS, QUESTION_STEPS, isStepId, fieldDomId, type StepId } from './step-ids'

/** the questions of a step that are not per fiscal year, in the field table's order */
const staticFields = (step: StepId): string[] =>
  fieldsOfStep(step as FieldStep)
    .filter((f) => !f.years)
    .map((f) => f.path)

/** the per-year rows of a step: 'salesRevenue', 'rd.inHouse', … */
const yearRows = (step: FieldStep, prefix = ''): string[] =>
  fieldsOfStep(step)
    .map((f) => f.path.replace('years.*.', ''))
    .filter((r) => r.startsWith(prefix) && !r.slice(prefix.length).includes('.'))
    .map((r) => r.slice(prefix.length))

export const FINANCE_ROWS: readonly string[] = yearRows('finance')
/** rows asked only for the last fiscal year: the engine reads them for that year alone */
export const LAST_YEAR_ONLY: readonly string[] = fieldsOfStep('finance')
  .filter((f) => f.years === 'last')
  .map((f) => f.path.replace('years.*.', ''))
export const RD_ROWS: readonly string[] = yearRows('rd', 'rd.')
export const RD_TAX_ROWS: readonly string[] = yearRows('rd', 'rdTax.')

/** the fiscal years the engine will use, from the assessment date and (if valid) the registration date */
export function profileYears(profile: FirmProfile): number[] {
  if (!isIsoDate(profile.assessmentDate)) return []
  const reg = profile.company.registeredOn
  return fiscalWindow(profile.assessmentDate, isIsoDate(reg) ? reg : undefined)
}

export function financeFields(years: readonly number[]): string[] {
  const last = years[years.length - 1]
  return years.flatMap((y) =>
    FINANCE_ROWS.filter((r) => y === last || !LAST_YEAR_ONLY.includes(r)).map((r) => `years.${y}.${r}`),
  )
}

export function rdFields(years: readonly number[]): string[] {
  const last = years[years.length - 1]
  const hnte = years.flatMap((y) => RD_ROWS.map((r) => `years.${y}.rd.${r}`))
  return last === undefined ? hnte : [...hnte, ...RD_TAX_ROWS.map((r) => `years.${last}.rdTax.${r}`)]
}

/** the profile paths a step asks for (finance and R&D depend on the fiscal-year window) */
export function stepFields(step: StepId, profile: FirmProfile): string[] {
  const all =
    step === 'finance'
      ? financeFields(profileYears(profile))
      : step === 'rd'
        ? rdFields(profileYears(profile))
        : staticFields(step)
  return all.filter((p) => isAsked(p, profile))
}

/** a step that cannot change the result for this profile is skipped */
export function isSkipped(step: StepId, profile: FirmProfile): boolean {
  // No step is skipped whole: a 核定征收 firm still gets the tax questions of small low-profit relief, and only
  // those (src/wizard/asked.ts). A step with no question for this firm would be skipped.
  return QUESTION_STEPS.includes(step) && !['finance', 'rd'].includes(step) && stepFields(step, profile).length === 0
}

function walk(current: StepId, profile: FirmProfile, dir: 1 | -1): StepId | null {
  let i = STEP_IDS.indexOf(current) + dir
  while (i >= 0 && i < STEP_IDS.length) {
    const s = STEP_IDS[i]!
    if (!isSkipped(s, profile)) return s
    i += dir
  }
  return null
}

export const nextStep = (current: StepId, profile: FirmProfile): StepId | null => walk(current, profile, 1)
export const prevStep = (current: StepId, profile: FirmProfile): StepId | null => walk(current, profile, -1)

/** the step where the field of a profile path is asked (and where a problem with it can be fixed) */
export function stepOfField(path: string): StepId {
  const head = path.split('.')[0] ?? ''
  if (head === 'years') return /^years\.[^.]+\.(rd|rdTax)(\.|$)/.test(path) ? 'rd' : 'finance'
  const byHead: Record<string, StepId> = {
    assessmentDate: 'start',
    company: 'company',
    staff: 'staff',
    ip: 'ip',
    transformations: 'transformation',
    rdManagement: 'transformation',
    record: 'compliance',
    credentials: 'compliance',
    tax: 'tax',
  }
  return byHead[head] ?? 'review'
}
