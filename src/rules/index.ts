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

export const rules: RuleSet = {
  hnte: evaluateHnte,
  techSme: evaluateTechSme,
  incentives: evaluateIncentives,
  checklist: buildChecklist,
  taxEstimate: taxEstimateOf,
  standingNotices,
}

export function assess(profile: FirmProfile, options?: AssessOptions): Assessment {
  return assessWith(rules, profile, options)
}
