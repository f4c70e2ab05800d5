// 认定办法 第十一条第（七）项 and 工作指引 三（七）: the innovation score as a range, and the check on it.
import { cite, HNTE_MEASURES } from '../citations'
import { lessThan, notLessThan } from '../../engine/compare'
import { msg } from '../../engine/messages'
import { partFields, sumParts } from '../../engine/program'
import { q } from '../../engine/rational'
import type { Check, Score } from '../../engine/types'
import type { Context } from '../../engine/context'
import { scorePassMark } from './params'
import { decidedCheck, unknownCheck, val, type CheckBase } from './check'
import { ipScorePart } from './score-ip'
import { rdManagementPart, transformationPart } from './score-other'
import { growthPart } from './growth'

export function hnteScore(ctx: Context): Score {
  const parts = [
    ipScorePart(ctx),
    transformationPart(ctx),
    rdManagementPart(ctx),
    growthPart(ctx, 'growth-net-assets', 'netAssets'),
    growthPart(ctx, 'growth-sales', 'salesRevenue'),
  ]
  const { min, max } = sumParts(parts)
  return { min, max, passMark: val(ctx, scorePassMark), parts }
}

/** pass when even the lowest estimate reaches the pass mark, fail when even the highest misses it */
export function innovationScoreCheck(ctx: Context, score: Score): Check {
  const base: CheckBase = {
    id: 'hnte.innovation-score',
    unit: 'points',
    cite: cite(HNTE_MEASURES, '第十一条第（七）项'),
    fields: partFields(score.parts),
  }
  const { min, max, passMark: threshold } = score
  if (notLessThan(q(min), q(threshold))) return decidedCheck(base, true, { value: min, valueMax: max, threshold })
  if (lessThan(q(max), q(threshold))) {
    const gap = threshold - max
    const note = msg('hnte.check.innovation-score.fail', { max, threshold, gap })
    return decidedCheck(base, false, { value: min, valueMax: max, threshold, gap, note })
  }
  const note = msg('hnte.check.innovation-score.range', { min, max, threshold })
  return unknownCheck(base, base.fields, { value: min, valueMax: max, threshold, note })
}
