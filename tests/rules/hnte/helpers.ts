// Test helpers: profiles built from emptyProfile() plus only the fields a check reads.
import { emptyProfile, type FirmProfile, type FiscalYearData } from '../../../src/profile/types'
import { makeContext } from '../../../src/engine/context'
import { evaluateHnte } from '../../../src/rules/hnte/rule'
import type { Check, Program, ScorePart } from '../../../src/engine/types'

/** the assessment date used throughout: fiscal years 2023, 2024, 2025 */
export const AS_OF = '2026-11-26'

export function profile(patch: (p: FirmProfile) => void = () => {}, asOf = AS_OF): FirmProfile {
  const p = emptyProfile(asOf)
  patch(p)
  return p
}

/** the R&D sub-amounts a test leaves out are answered 0 ("none"); an empty rd object stays unanswered */
export const ZERO_RD = { inHouse: 0, other: 0, entrustedDomestic: 0, entrustedOverseas: 0 }

/** fiscal years from 2023; an rd object lists the non-zero amounts, the others are answered 0 */
export function years(...data: Omit<FiscalYearData, 'year'>[]): FiscalYearData[] {
  return data.map((d, i) => {
    const y: FiscalYearData = { year: 2023 + i, ...d }
    if (d.rd && Object.keys(d.rd).length > 0) y.rd = { ...ZERO_RD, ...d.rd }
    return y
  })
}

export function run(p: FirmProfile): Program {
  return evaluateHnte(makeContext(p))
}

export function runWithNotices(p: FirmProfile) {
  const ctx = makeContext(p)
  return { program: evaluateHnte(ctx), notices: ctx.notices }
}

export function check(p: FirmProfile, id: string): Check {
  const c = run(p).checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id}`)
  return c
}

export function part(p: FirmProfile, id: string): ScorePart {
  const s = run(p).score.parts.find((x) => x.id === id)
  if (!s) throw new Error(`no part ${id}`)
  return s
}
