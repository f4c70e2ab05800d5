// The growth the projection starts from: the firm's own last two years (issue #8 §8). An R&D figure only partly
// answered gives a lower bound, said as such; an unanswered one gives no share at all, never 0 (issue #8 §3).
import { yearOf } from '../engine/dates'
import type { FirmProfile } from '../profile/types'
import { hnteRdOfYear } from '../rules/hnte/rd'
import type { GrowthAssumptions } from './projection'

/** the HNTE R&D sub-amounts that must be answered (rd.inHouseAbroad has a documented default of 0) */
export const RD_PARTS = ['inHouse', 'other', 'entrustedDomestic', 'entrustedOverseas'] as const
export type RdPart = (typeof RD_PARTS)[number]

/** the assumptions the projection starts from, and where they come from (the UI says so and lets the user edit) */
export interface OwnGrowth {
  assumptions: GrowthAssumptions
  /** the two fiscal years the sales growth was read from; undefined when they are not both answered */
  salesFrom?: [number, number]
  /** the fiscal year whose R&D ÷ sales gave rdShare; undefined when not answered (rdShare is then no figure) */
  rdFrom?: number
  /** rdFrom's R&D sub-amounts not answered: rdShare is what the answered ones give, "at least" */
  rdAtLeast?: RdPart[]
}

/** a fraction to 4 decimals (0.01 percentage point), as the assumptions are typed in percent with 2 decimals */
const fraction4 = (n: number, d: number, floor = false): number =>
  (floor ? Math.floor : Math.round)((n / d) * 10_000) / 10_000

/**
 * The firm's own figures: sales growth of the last two fiscal years (last ÷ previous − 1) and the last year's
 * R&D ÷ sales (HNTE definition). Sales growth not answered starts at 0 (sales unchanged) and says so. R&D ÷ sales
 * from partly answered R&D is floored (a lower bound must not round up) and its unanswered parts stay unanswered
 * in the projected years; with no R&D or sales for that year, projected R&D stays unanswered too.
 */
export function ownGrowth(profile: FirmProfile): OwnGrowth {
  const last = yearOf(profile.assessmentDate) - 1
  const y = (n: number) => profile.years.find((x) => x.year === n)
  const [a, b] = [y(last - 1)?.salesRevenue, y(last)?.salesRevenue]
  const out: OwnGrowth = { assumptions: { salesGrowth: 0, rdShare: 0, rdUnanswered: [...RD_PARTS] } }
  if (a !== undefined && b !== undefined && a > 0) {
    out.assumptions.salesGrowth = fraction4(b - a, a)
    out.salesFrom = [last - 1, last]
  }
  const rd = y(last) ? hnteRdOfYear(y(last)!, profile.assessmentDate) : undefined
  if (!rd || b === undefined || b <= 0) return out
  const missing = rd.missing.map((p) => p.slice(p.lastIndexOf('.') + 1) as RdPart)
  out.assumptions.rdShare = fraction4(Number(rd.total.n) / Number(rd.total.d) / 100, b, missing.length > 0)
  out.assumptions.rdUnanswered = missing
  out.rdFrom = last
  if (missing.length > 0) out.rdAtLeast = missing
  return out
}
