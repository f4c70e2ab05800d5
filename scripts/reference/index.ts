// The full minimal exact reference `npm run bench` measures assess() against: the same verdicts assess() gives
// (every HNTE and tech-SME check's status, pass/fail/unknown, and its gap on a fail; both score ranges and program
// statuses; the 第八条 direct route; every incentive's preconditions, status and figures; the tax estimate), from
// the same answers read the same way (unanswered is unknown, contradicting figures are set aside), in exact integer
// arithmetic (bigint fen), with no texts, no citations, no checklist, no notices. It encodes the values in force
// for assessment dates 2022–2027 and tax years 2023–2027 (the bench's profiles) and refuses other tax years.
// tests/engine/bench-reference.test.ts checks that it agrees with assess() on every bench profile.
import type { FirmProfile } from '../../src/profile/types'
import type { Assessment } from '../../src/engine/types'
import { refOf, type RefCheck } from './core'
import { hnte, type RefProgram } from './hnte'
import { techSme } from './tsme'
import { incentives } from './incentives'
import type { RefIncentive } from './held'
import type { RefEstimate } from './estimate'

export interface Verdicts {
  hnte: RefProgram
  techSme: RefProgram & { directPassStatus: string }
  incentives: RefIncentive[]
  taxEstimate?: RefEstimate
}

export function fullReference(profile: FirmProfile): Verdicts {
  const r = refOf(profile)
  const h = hnte(r)
  const s = techSme(r)
  const [list, estimate] = incentives(r, h, s)
  return estimate
    ? { hnte: h, techSme: s, incentives: list, taxEstimate: estimate }
    : { hnte: h, techSme: s, incentives: list }
}

/** the same verdicts read off an assessment, for the agreement test */
export function verdictsOf(a: Assessment): Verdicts {
  const checks = (cs: Assessment['hnte']['checks']): RefCheck[] =>
    cs.map((c) =>
      c.status === 'fail' && c.gap !== undefined
        ? { id: c.id, status: c.status, gap: c.gap }
        : { id: c.id, status: c.status },
    )
  const program = (p: Assessment['hnte']): RefProgram => ({
    status: p.status,
    checks: checks(p.checks),
    min: p.score.min,
    max: p.score.max,
  })
  const out: Verdicts = {
    hnte: program(a.hnte),
    techSme: { ...program(a.techSme), directPassStatus: a.techSme.directPassStatus ?? 'unknown' },
    incentives: a.incentives.map((i) => ({
      id: i.id,
      status: i.status,
      figures: i.figures,
      conditions: (i.conditions ?? []).map((c) => c.status),
    })),
  }
  const e = a.taxEstimate
  if (e) {
    out.taxEstimate = {
      taxYear: e.taxYear,
      taxableIncomeBefore: e.taxableIncomeBefore,
      taxableIncomeAfter: e.taxableIncomeAfter,
      bound: e.bound,
      regimes: e.regimes.map((g) =>
        g.taxDue === undefined ? { id: g.id, status: g.status } : { id: g.id, status: g.status, taxDue: g.taxDue },
      ),
      best: e.best,
      saving: e.saving,
      ...(e.deferredDeduction === undefined ? {} : { deferredDeduction: e.deferredDeduction }),
    }
  }
  return out
}
