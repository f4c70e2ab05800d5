// Planning assumptions, NOT law: the rough cost of each lever in yuan, used only to rank the single changes
// the cheapest-path search finds, and the bounds of that search. They are not dated legal parameters (so they are
// not in the engine's registry); the UI shows them as assumptions the user may question.

export type LeverKey =
  'extraRdYuan' | 'hireScienceStaff' | 'newClassI' | 'newClassII' | 'extraTransformations' | 'extraHiTechIncomeYuan'

/** yuan of planning cost per unit of each lever's search unit */
export const UNIT_COST_YUAN: Record<LeverKey, number> = {
  /** per yuan of extra R&D: the spend itself */
  extraRdYuan: 1,
  /** per S&T hire: about one year's salary and social insurance (≈10万元) */
  hireScienceStaff: 100_000,
  /** per Class I item (an invention patent: fees and agency, ≈5万元) */
  newClassI: 50_000,
  /** per Class II item (utility model / software copyright, ≈1万元) */
  newClassII: 10_000,
  /** per transformation documented (≈2万元) */
  extraTransformations: 20_000,
  /** per yuan of new high-tech income: counted at face value (a conservative choice) */
  extraHiTechIncomeYuan: 1,
}

/**
 * Upper bounds of the search per lever, in its search unit. Far above any band the rules have (5 Class II,
 * an average of 5 transformations a year, 30% S&T staff); a change beyond them is not a planning answer.
 */
export const SEARCH_BOUNDS = {
  /** extra R&D: at most this many yuan above the window's total sales (or this much when there are none) */
  extraRdFloorYuan: 100_000_000,
  /** hires: at most the current staff again, and at least this many */
  hireFloor: 50,
  newClassI: 5,
  newClassII: 20,
  extraTransformations: 40,
  /** extra high-tech income: at most this many times the last year's total income, plus the floor (yuan) */
  hiTechIncomeTimesTotal: 10,
  extraHiTechFloorYuan: 100_000_000,
} as const

/** the first R&D step of the exponential search when the engine gives no gap to start from (1万元, in fen) */
export const RD_FIRST_STEP_FEN = 1_000_000n
