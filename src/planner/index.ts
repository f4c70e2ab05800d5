// The what-if planner: levers, the cheapest path, the projection of application years and the cliff charts' data.
export { applyLevers, NO_LEVERS, type Levers } from './levers'
export { cheapestPaths, findPaths, type PathStep, type PathReport, type PathOptions } from './cheapest-path'
export {
  project,
  projectedProfile,
  firstWorkingYear,
  ownGrowth,
  RD_PARTS,
  type GrowthAssumptions,
  type OwnGrowth,
  type ProjectionRow,
} from './projection'
export { decidingReason } from './reasons'
export { rdIntensityCliff, smallLowProfitCliff, type RdCliff, type TaxCliff, type Point } from './cliffs'
export { UNIT_COST_YUAN, type LeverKey } from './params'
export { evaluateProgram, type PlannedProgram } from './evaluate'
export { scorePlan, onlyScoreStands, type ScorePlan, type ScoreLever } from './score-levers'
