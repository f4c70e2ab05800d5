// One program of the engine on a profile: the same rule function assess() calls for that program, without the
// incentives and checklist, so that a search can afford many evaluations. Reported results are re-checked with
// the full assess().
import { makeContext } from '../engine/context'
import type { Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { rules } from '../rules'

export type PlannedProgram = 'hnte' | 'techSme'

export function evaluateProgram(profile: FirmProfile, program: PlannedProgram): Program {
  const ctx = makeContext(profile)
  return program === 'hnte' ? rules.hnte(ctx) : rules.techSme(ctx)
}

/** counts evaluations against a budget; `ok` is false once the budget is spent */
export class Evaluator {
  used = 0
  constructor(
    private readonly program: PlannedProgram,
    private readonly budget: number,
  ) {}

  get exhausted(): boolean {
    return this.used >= this.budget
  }

  run(profile: FirmProfile): Program {
    this.used++
    return evaluateProgram(profile, this.program)
  }

  eligible(profile: FirmProfile): boolean {
    return this.run(profile).status === 'eligible'
  }
}
