// assess(profile) → Assessment: pure, synchronous, deterministic; never reads the clock and never throws on
// a profile that validateProfile accepted. Missing answers make checks `unknown`, never `fail`.
import type { FirmProfile } from '../profile/types'
import type { Assessment } from './types'
import { makeContext, type AssessOptions } from './context'

export const RULES_VERSION = '2026.11-8'
/** the day the law was last read for this rules version: a later assessment date gets the rules as known then */
export const RULES_AS_OF = '2026-11-30'

/** The rule families, injected by src/rules/index.ts so that the engine imports no rule. */
export interface RuleSet {
  hnte: (ctx: ReturnType<typeof makeContext>) => Assessment['hnte']
  techSme: (ctx: ReturnType<typeof makeContext>) => Assessment['techSme']
  incentives: (
    ctx: ReturnType<typeof makeContext>,
    hnte: Assessment['hnte'],
    techSme: Assessment['techSme'],
  ) => Assessment['incentives']
  checklist: (
    ctx: ReturnType<typeof makeContext>,
    result: Pick<Assessment, 'hnte' | 'techSme' | 'incentives'>,
  ) => Assessment['checklist']
  /** the coherent tax estimate of the incentives just evaluated (issue #8 §6), when it can be made */
  taxEstimate?: (ctx: ReturnType<typeof makeContext>) => Assessment['taxEstimate']
  /** notices every assessment carries whatever the answers (e.g. reforms announced) */
  standingNotices?: (ctx: ReturnType<typeof makeContext>) => void
}

const GROUPS = ['company', 'staff', 'ip', 'rdManagement', 'record', 'credentials', 'tax'] as const

/** a profile with every group object present: hand-written callers sometimes leave an empty group out */
function withGroups(profile: FirmProfile): FirmProfile {
  if (GROUPS.every((g) => profile[g]) && Array.isArray(profile.years)) return profile
  const filled = { ...profile, years: Array.isArray(profile.years) ? profile.years : [] }
  for (const g of GROUPS) if (!filled[g]) (filled as Record<string, unknown>)[g] = {}
  return filled
}

/**
 * The checklist is built on first read (an enumerable getter, memoised: JSON.stringify, structuredClone, spread and
 * deep equality all read it), since most callers (triage, the planner's search) only need the verdicts. It reads
 * the verdicts and the context as they are when it is first read: assess() only marks the notes of checks whose
 * figures contradict each other before it returns (src/rules/contradictions.ts); such a check lists the figures to
 * answer, and its item shows those rather than the note, so the list is the same whenever it is built
 * (tests/engine/lazy.test.ts compares, contradictions included). `eager: true` builds it at once.
 */
export function assessWith(rules: RuleSet, profile: FirmProfile, options?: AssessOptions, eager = false): Assessment {
  const ctx = makeContext(withGroups(profile), options)
  const hnte = rules.hnte(ctx)
  const techSme = rules.techSme(ctx)
  const incentives = rules.incentives(ctx, hnte, techSme)
  let checklist = eager ? rules.checklist(ctx, { hnte, techSme, incentives }) : undefined
  const taxEstimate = rules.taxEstimate?.(ctx)
  rules.standingNotices?.(ctx)
  return {
    format: 'innocheck-assessment',
    version: 1,
    asOf: ctx.asOf,
    rulesVersion: RULES_VERSION,
    fiscalYears: ctx.fiscalYears,
    hnte,
    techSme,
    incentives,
    get checklist() {
      return (checklist ??= rules.checklist(ctx, { hnte, techSme, incentives }))
    },
    set checklist(items) {
      checklist = items
    },
    notices: ctx.notices,
    ...(taxEstimate ? { taxEstimate } : {}),
  }
}
