// Each lever as a search: its unit, its bounds, a starting guess from the engine's own gaps, and how a search
// amount becomes a Levers value. The planning costs rank the results (src/planner/params.ts).
import { yearOf } from '../engine/dates'
import type { Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { fromFen, toFen } from './exact'
import { NO_LEVERS, type Levers } from './levers'
import { RD_FIRST_STEP_FEN, SEARCH_BOUNDS as B, type LeverKey } from './params'
import { hiTechCandidates } from './hitech-bounds'

export interface LeverSpec {
  key: LeverKey
  unit: 'yuan' | 'persons' | 'items' | 'ratio'
  /** the lever moves a monotone quantity: probing its upper bound first is safe */
  monotone: boolean
  low(p: FirmProfile): bigint
  high(p: FirmProfile): bigint
  firstStep: bigint
  hint(p: FirmProfile, program: Program): bigint | undefined
  levers(amount: bigint): Levers
  /** the amount in the lever's unit for display (yuan, persons, items, fraction) */
  display(amount: bigint): number
  /** the answers it changes (a check none of whose Check.fields match cannot be moved by this lever) */
  touches: RegExp
  /** HNTE: the amounts closed forms point to, verified in order before any search (src/planner/hitech-bounds.ts) */
  candidates?(p: FirmProfile, start: Program): bigint[] | undefined
}

const lastYearData = (p: FirmProfile) => p.years.find((y) => y.year === yearOf(p.assessmentDate) - 1)
const gapOf = (program: Program, id: string): number | undefined => {
  const c = program.checks.find((x) => x.id === id)
  return c?.status === 'fail' ? c.gap : undefined
}
const lastIncome = (p: FirmProfile) => {
  const y = lastYearData(p)
  return y?.totalIncome === undefined ? undefined : { total: toFen(y.totalIncome) }
}

const rd: LeverSpec = {
  key: 'extraRdYuan',
  unit: 'yuan',
  monotone: true,
  low: () => 0n,
  high: (p) => p.years.reduce((s, y) => s + toFen(y.salesRevenue ?? 0), toFen(B.extraRdFloorYuan)),
  firstStep: RD_FIRST_STEP_FEN,
  hint: (_p, program) => {
    const gap = gapOf(program, 'hnte.rd-intensity')
    return gap === undefined ? undefined : toFen(gap)
  },
  levers: (fen) => ({ ...NO_LEVERS, extraRdYuan: fromFen(fen) }),
  display: (fen) => fromFen(fen),
  touches: /\.(rd\.inHouse|rdTax\.items1to5)$/,
}

const hires: LeverSpec = {
  key: 'hireScienceStaff',
  unit: 'persons',
  // hires can push a firm over a staff limit (tech-SME ≤ 500): search upward from below, never from the bound
  monotone: false,
  low: () => 0n,
  high: (p) => BigInt(Math.max(B.hireFloor, Math.ceil(p.staff.total ?? 0))),
  firstStep: 1n,
  hint: (_p, program) => {
    const gap = gapOf(program, 'hnte.st-staff-ratio')
    return gap === undefined ? undefined : BigInt(Math.ceil(gap))
  },
  levers: (n) => ({ ...NO_LEVERS, hireScienceStaff: Number(n) }),
  display: Number,
  touches: /^(staff\.|tax\.avgEmployees$)/,
}

function count(key: 'newClassI' | 'newClassII' | 'extraTransformations'): LeverSpec {
  return {
    key,
    unit: 'items',
    monotone: true,
    low: () => 0n,
    high: () => BigInt(B[key]),
    firstStep: 1n,
    hint: () => undefined,
    levers: (n) => ({ ...NO_LEVERS, [key]: Number(n) }),
    display: Number,
    touches:
      key === 'extraTransformations'
        ? /^transformations$/
        : new RegExp(`^ip\\.${key === 'newClassI' ? 'classI' : 'classII'}$`),
  }
}

/**
 * Extra high-tech income of the assessment year, in fen, searched on next year's application (applyLevers). Not
 * monotone: the new income is also sales, which lowers the R&D intensity, so the search goes upward from below.
 * The engine's gap (the income to reclassify with the total unchanged) is a lower bound: new income raises the
 * total as well.
 */
const hiTech: LeverSpec = {
  key: 'extraHiTechIncomeYuan',
  unit: 'yuan',
  monotone: false,
  low: () => 0n,
  high: (p) => {
    const inc = lastIncome(p)
    return inc === undefined ? 0n : BigInt(B.hiTechIncomeTimesTotal) * inc.total + toFen(B.extraHiTechFloorYuan)
  },
  firstStep: RD_FIRST_STEP_FEN,
  hint: (_p, program) => {
    const gap = gapOf(program, 'hnte.hitech-income-share')
    return gap === undefined ? undefined : toFen(gap)
  },
  levers: (fen) => ({ ...NO_LEVERS, extraHiTechIncomeYuan: fromFen(fen) }),
  display: (fen) => fromFen(fen),
  touches: /\.(hiTechIncome|totalIncome|salesRevenue)$/,
  candidates: hiTechCandidates,
}

export const LEVER_SPECS: LeverSpec[] = [
  rd,
  hires,
  count('newClassI'),
  count('newClassII'),
  count('extraTransformations'),
  hiTech,
]

/** every lever at its upper bound at once */
export function allAtBounds(p: FirmProfile): Levers {
  const at = (s: LeverSpec) => s.levers(s.high(p))
  return {
    extraRdYuan: at(rd).extraRdYuan,
    hireScienceStaff: at(hires).hireScienceStaff,
    newClassI: B.newClassI,
    newClassII: B.newClassII,
    extraTransformations: B.extraTransformations,
    extraHiTechIncomeYuan: at(hiTech).extraHiTechIncomeYuan,
  }
}
