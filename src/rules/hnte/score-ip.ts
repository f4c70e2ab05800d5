// 工作指引 三（七）1 知识产权 (≤30): self-rated items give ranges, the IP count band is computed.
import { band } from '../../engine/bands'
import { sumParts } from '../../engine/program'
import { q } from '../../engine/rational'
import type { ScorePart } from '../../engine/types'
import type { Context } from '../../engine/context'
import type { Rating } from '../../profile/types'
import {
  acquisitionPoints,
  classIIQuantityBands,
  classIQuantityPoints,
  ipCap,
  ratingCap,
  ratingPoints,
  standardsPoints,
} from './params'
import { citeOf, val } from './check'
import { ipCountFields, usableIp } from './ip'

interface Range {
  min: number
  max: number
}

const NONE: Range = { min: 0, max: 0 }
/** an unanswered count is unbounded; any number past the top band scores the same */
const finite = (n: number): number => Math.min(n, Number.MAX_SAFE_INTEGER)

function rating(ctx: Context, r: Rating | undefined): Range {
  return r === undefined ? { min: 0, max: val(ctx, ratingCap) } : val(ctx, ratingPoints)[r]
}

/** 知识产权数量: ≥1 Class I → A; else by usable Class II. The band grows with either count. */
function quantity(ctx: Context): Range {
  const usable = usableIp(ctx)
  const classI = val(ctx, classIQuantityPoints)
  const at = (c1: number, c2: number): Range =>
    c1 >= classI.atLeast ? classI : band(val(ctx, classIIQuantityBands), q(BigInt(finite(c2))))
  return { min: at(usable.classI.min, usable.classII.min).min, max: at(usable.classI.max, usable.classII.max).max }
}

/** 获得方式: own development 1–6, only acquired 1–3, no IP 0; unanswered own development → 1–6 */
function acquisition(ctx: Context): Range {
  const usable = usableIp(ctx).total
  if (usable.max === 0) return NONE
  const p = val(ctx, acquisitionPoints)
  const grade = ctx.profile.ip.ownDevelopment === false ? p.acquiredOnly : p.ownDevelopment
  return { min: usable.min > 0 ? grade.min : 0, max: grade.max }
}

function standards(ctx: Context): Range {
  const s = ctx.profile.ip.standards
  const p = val(ctx, standardsPoints)
  return s === undefined ? { min: 0, max: p.max } : s ? p : NONE
}

export function ipScorePart(ctx: Context): ScorePart {
  const ip = ctx.profile.ip
  const raw = sumParts([
    rating(ctx, ip.advancement),
    rating(ctx, ip.coreSupport),
    quantity(ctx),
    acquisition(ctx),
    standards(ctx),
  ])
  const cap = val(ctx, ipCap)
  // the self-rated items not answered, then the counts' paths (pushes: no list of pairs per assessment)
  const fields: string[] = []
  if (ip.advancement === undefined) fields.push('ip.advancement')
  if (ip.coreSupport === undefined) fields.push('ip.coreSupport')
  if (ip.ownDevelopment === undefined) fields.push('ip.ownDevelopment')
  if (ip.standards === undefined) fields.push('ip.standards')
  for (const f of ipCountFields(ctx.profile)) fields.push(f)
  return {
    id: 'hnte.score.ip',
    min: Math.min(raw.min, cap),
    max: Math.min(raw.max, cap),
    cap,
    cite: citeOf(ctx, ipCap),
    fields,
  }
}
