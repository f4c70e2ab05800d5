// Profiles for the tech-SME and incentive tests: a firm that meets every tech-SME condition, changed per case.
import { makeContext, type Context } from '../../../src/engine/context'
import type { Program } from '../../../src/engine/types'
import { emptyProfile, type FirmProfile, type FiscalYearData } from '../../../src/profile/types'

export const AS_OF = '2026-07-01'
export const LAST = 2025

/** the super-deduction sub-amounts a test leaves out, answered 0 ("none") */
export const ZERO_TAX = { items1to5: 0, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0 }
/** every super-deduction sub-amount answered 0, the amortisation of intangibles too */
export const NO_RD_TAX = { ...ZERO_TAX, intangibleAmortization: 0 }
/** the HNTE R&D sub-amounts a test leaves out, answered 0 */
export const ZERO_RD = { inHouse: 0, other: 0, entrustedDomestic: 0, entrustedOverseas: 0 }

/** a small manufacturer that meets every tech-SME condition with 100 points */
export function goodFirm(asOf = AS_OF): FirmProfile {
  const p = emptyProfile(asOf)
  const last = Number(asOf.slice(0, 4)) - 1
  p.company = { residentInMainland: true, taxCollection: 'audit', industry: 'C34', restrictedIndustry: false }
  p.staff = { total: 100, scienceTech: 30 }
  p.years = [
    {
      year: last,
      salesRevenue: 10_000_000,
      totalAssets: 10_000_000,
      costsAndExpenses: 9_000_000,
      rdTax: { items1to5: 600_000, otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0 },
    },
  ]
  p.ip = { classI: 1, classII: 0 }
  p.record = { majorIncidentPastYear: false, seriousDishonesty: false }
  return p
}

/** the profile after `change`, as a context */
export function ctxOf(change: (p: FirmProfile) => void = () => {}, asOf = AS_OF): Context {
  const p = goodFirm(asOf)
  change(p)
  return makeContext(p)
}

/** the last fiscal year's data of a profile (goodFirm always has it) */
export function lastYear(p: FirmProfile): FiscalYearData {
  const y = p.years[0]
  if (!y) throw new Error('goodFirm has a year')
  return y
}

export function program(status: Program['status']): Program & { directPass: boolean } {
  return { status, checks: [], score: { min: 0, max: 0, passMark: 60, parts: [] }, directPass: false }
}
