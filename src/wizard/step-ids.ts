// The wizard's steps by name, apart from the "what comes next" logic (steps.ts) and the field table it reads: the
// router and the start page need only the names, and load with the start page.
export const STEP_IDS = [
  'start',
  'company',
  'staff',
  'finance',
  'rd',
  'ip',
  'transformation',
  'compliance',
  'tax',
  'review',
  'results',
] as const
export type StepId = (typeof STEP_IDS)[number]

/** the question steps (2–9), each answering part of the profile */
export const QUESTION_STEPS = STEP_IDS.slice(1, 9) as readonly StepId[]

export function isStepId(s: unknown): s is StepId {
  return typeof s === 'string' && (STEP_IDS as readonly string[]).includes(s)
}

/** the DOM id of the input for a profile path: 'f-' + the path with every non-alphanumeric as '-' */
export function fieldDomId(path: string): string {
  return 'f-' + path.replace(/[^A-Za-z0-9]/g, '-')
}
