// Data for the two "cliff" charts (the UI draws them): plain {x, y} series plus text equivalents (messages in
// both languages, src/i18n/messages/<locale>/engine/planner.ts) for screen readers and print. Every threshold comes from the rules'
// parameters in force on the assessment date.
import { percent } from '../format'
import { type Q } from '../engine/rational'
import type { FirmProfile } from '../profile/types'
import { yearOf } from '../engine/dates'
import { rdMediumSalesLimit, rdRatioLarge, rdRatioMedium, rdRatioSmall, rdSmallSalesLimit } from '../rules/hnte/params'
import { evaluateProgram } from './evaluate'
import { msg } from '../engine/messages'
import type { Message } from '../engine/types'

import { pct, valueOf, yuan, type Point } from './cliff-math'
export type { Point }

export interface RdCliff {
  /** x: last-year sales (yuan); y: the R&D ratio required (fraction); a vertical step at each limit, which
   *  itself belongs to the lower band (≤ 5,000万 含, ≤ 2亿 含) */
  requirement: Point[]
  limits: number[]
  /** bound 'at-least': the intensity is built from partly answered R&D (issue #8 §3), said as such */
  firm?: { lastSales: number; intensity?: number; threshold?: number; bound?: 'at-least' | 'at-most' }
  text: Message[]
}

export function rdIntensityCliff(profile: FirmProfile): RdCliff | undefined {
  const asOf = profile.assessmentDate
  const [l1, l2] = [valueOf(rdSmallSalesLimit, asOf), valueOf(rdMediumSalesLimit, asOf)]
  const [r1, r2, r3] = [rdRatioSmall, rdRatioMedium, rdRatioLarge].map((p) => valueOf(p, asOf))
  if (!l1 || !l2 || !r1 || !r2 || !r3) return undefined
  const [x1, x2] = [yuan(l1), yuan(l2)]
  const last = profile.years.find((y) => y.year === yearOf(asOf) - 1)?.salesRevenue
  const xMax = Math.max(x2 * 1.5, (last ?? 0) * 1.2)
  const y = (r: Q) => Number(r.n) / Number(r.d)
  const requirement = [
    { x: 0, y: y(r1) },
    { x: x1, y: y(r1) },
    { x: x1, y: y(r2) },
    { x: x2, y: y(r2) },
    { x: x2, y: y(r3) },
    { x: xMax, y: y(r3) },
  ]
  const text = [
    msg('planner.cliff.rd.band1', { limit: x1, ratio: pct(r1) }),
    msg('planner.cliff.rd.band2', { low: x1, high: x2, ratio: pct(r2) }),
    msg('planner.cliff.rd.band3', { high: x2, ratio: pct(r3) }),
  ]
  if (last === undefined) return { requirement, limits: [x1, x2], text }
  const check = evaluateProgram(profile, 'hnte').checks.find((c) => c.id === 'hnte.rd-intensity')
  const firm = { lastSales: last, intensity: check?.value, threshold: check?.threshold, bound: check?.bound }
  text.push(
    firm.intensity === undefined || firm.threshold === undefined
      ? msg('planner.cliff.rd.firm-open', { sales: last })
      : msg(firm.bound === 'at-least' ? 'planner.cliff.rd.firm-at-least' : 'planner.cliff.rd.firm', {
          sales: last,
          share: percent(firm.intensity, 'zh-CN', { against: firm.threshold }),
          need: percent(firm.threshold, 'zh-CN', { beside: firm.intensity }),
        }),
  )
  return { requirement, limits: [x1, x2], firm, text }
}

export { smallLowProfitCliff, type TaxCliff, type TaxSeries } from './cliff-tax'
