// 工作指引 三（七）2 科技成果转化能力 (≤30) and 三（七）3 研究开发组织管理水平 (≤20).
import { band } from '../../engine/bands'
import { exceeding, lessThan } from '../../engine/compare'
import { msg } from '../../engine/messages'
import { sumParts } from '../../engine/program'
import { q, toNumber, ZERO } from '../../engine/rational'
import type { ScorePart } from '../../engine/types'
import type { Context } from '../../engine/context'
import type { YPN } from '../../profile/types'
import { rdManagementItems, transformationBands, transformationCap, type RdMgmtItem } from './params'
import { citeOf, val } from './check'

const ONE = q(1)

/**
 * Yearly average = transformations ÷ the number of fiscal years used (the actual operating period when shorter).
 * LEGAL-Q: with no complete fiscal year yet, the count is taken as one year's (divisor 1).
 */
export function transformationPart(ctx: Context): ScorePart {
  const cap = val(ctx, transformationCap)
  const cite = citeOf(ctx, transformationCap)
  const id = 'hnte.score.transformation'
  const count = ctx.profile.transformations
  if (count === undefined) return { id, cap, cite, min: 0, max: cap, fields: ['transformations'] }
  const years = Math.max(ctx.fiscalYears.length, 1)
  const average = q(Math.round(count * 100), years * 100)
  const points = band(val(ctx, transformationBands), average)
  const part: ScorePart = { id, cap, cite, min: points.min, max: points.max, fields: [] }
  if (exceeding(average, ZERO) && lessThan(average, ONE)) {
    const note = msg('hnte.score.transformation.band-e', { average: toNumber(average).toFixed(2) })
    ctx.notice('hnte.score.transformation.band-e', 'info', note, cite)
    part.note = note
  }
  return part
}

type MgmtKey = 'system' | 'institution' | 'transformationIncentives' | 'talent'

function itemPoints(item: RdMgmtItem, answer: YPN | undefined): { min: number; max: number } {
  if (answer === undefined) return { min: 0, max: item.cap }
  if (answer === 'no') return { min: 0, max: 0 }
  return item[answer]
}

export function rdManagementPart(ctx: Context): ScorePart {
  const items = val(ctx, rdManagementItems)
  const keys = Object.keys(items) as MgmtKey[]
  const answers = ctx.profile.rdManagement
  const { min, max } = sumParts(keys.map((k) => itemPoints(items[k], answers[k])))
  return {
    id: 'hnte.score.rd-management',
    min,
    max,
    cap: keys.reduce((s, k) => s + items[k].cap, 0),
    cite: citeOf(ctx, rdManagementItems),
    fields: keys.filter((k) => answers[k] === undefined).map((k) => `rdManagement.${k}`),
  }
}
