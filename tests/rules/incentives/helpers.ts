import type { Incentive, Program } from '../../../src/engine/types'
import { evaluateIncentives } from '../../../src/rules/incentives'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, program } from '../tech-sme/fixtures'

export interface Run {
  asOf?: string
  hnte?: Program['status']
  techSme?: Program['status']
}

/** one incentive of goodFirm(asOf) after `change`, with HNTE and tech-SME at the given statuses */
export function incentiveOf(id: string, change: (p: FirmProfile) => void = () => {}, run: Run = {}): Incentive {
  const ctx = ctxOf(change, run.asOf)
  const all = evaluateIncentives(ctx, program(run.hnte ?? 'ineligible'), program(run.techSme ?? 'ineligible'))
  const found = all.find((i) => i.id === id)
  if (!found) throw new Error(`no incentive ${id}`)
  return found
}
