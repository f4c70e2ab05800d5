// The public entry point: assess() with every rule family wired in.
import { assessWith, type RuleSet } from '../engine/assess'
import type { AssessOptions } from '../engine/context'
import type { FirmProfile } from '../profile/types'
import type { Assessment } from '../engine/types'
import { evaluateHnte } from './hnte/rule'
import { evaluateTechSme } from './tech-sme/rule'
import { evaluateIncentives, taxEstimateOf } from './incentives'
import { buildChecklist } from './checklist/rule'
import { standingNotices } from './notices'
import { reportContradictions, setAsideContradictions } from './contradictions'

export const rules: RuleSet = {
  hnte: evaluateHnte,
  techSme: evaluateTechSme,
  incentives: evaluateIncentives,
  checklist: buildChecklist,
  taxEstimate: taxEstimateOf,
  standingNotices,
}

function run(profile: FirmProfile, options: AssessOptions | undefined, eager: boolean): Assessment {
  const consistent = setAsideContradictions(profile)
  return reportContradictions(assessWith(rules, consistent.profile, options, eager), consistent)
}

/** figures that contradict each other are read as not answered and reported (./contradictions.ts) */
export function assess(profile: FirmProfile, options?: AssessOptions): Assessment {
  return run(profile, options, false)
}

/** assess() with the checklist built at once rather than on first read (`npm run bench`, tests/engine/lazy.test.ts) */
export function assessEagerly(profile: FirmProfile, options?: AssessOptions): Assessment {
  return run(profile, options, true)
}
