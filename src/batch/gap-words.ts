// The largest gap of a firm in words (zh-CN, with en for the UI): the failing check that is furthest from
// passing. Checks money or hires cannot settle (a date, a flag, a limit exceeded, points) come first; among the
// rest the planning cost (src/planner/params.ts) compares yuan with persons.
import { messageText, msg } from '../engine/messages'
import type { Assessment, Check, Message } from '../engine/types'
import { UNIT_COST_YUAN } from '../planner/params'
import { toFen, wanText } from '../planner/exact'

export interface Gap {
  checkId: string
  message: Message
  /** a gap in money, in 万元 as the words give it (rounded up to the fen): the export's number cell */
  wan?: number
}

/** planning cost of closing a check's gap; Infinity when money or hires cannot close it */
function costOf(c: Check): number {
  if (c.gap === undefined || c.id.endsWith('-limit')) return Infinity
  const unit = c.gapUnit ?? c.unit
  if (unit === 'yuan') return c.gap
  if (unit === 'persons') return c.gap * UNIT_COST_YUAN.hireScienceStaff
  return Infinity
}

/** the checks whose gap has its own wording; others are named by the checklist's fix title */
const WITH_GAP = new Set([
  'hnte.rd-intensity',
  'hnte.rd-domestic-share',
  'hnte.hitech-income-share',
  'hnte.st-staff-ratio',
  'hnte.registered-one-year',
  'hnte.innovation-score',
  'tsme.score',
  'tsme.staff-limit',
  'tsme.revenue-limit',
  'tsme.assets-limit',
])

/** a money gap in 万元 text ("26.60"), for a check worded with its gap */
function moneyGap(c: Check): string | undefined {
  if (c.gap === undefined || !WITH_GAP.has(c.id) || (c.gapUnit ?? c.unit) !== 'yuan') return undefined
  return wanText(toFen(c.gap))
}

function words(c: Check): Message {
  if (c.gap !== undefined && WITH_GAP.has(c.id)) {
    const wan = moneyGap(c)
    return msg(`batch.gap.${c.id}`, wan !== undefined ? { wan } : { n: c.gap })
  }
  return msg('batch.gap.other', { title: messageText(`checklist.fix.${c.id}`) ?? c.note?.text ?? c.id })
}

/** the failing check furthest from passing, HNTE before tech-SME on a tie */
export function largestGap(a: Pick<Assessment, 'hnte' | 'techSme'>): Gap | undefined {
  const failing = [...a.hnte.checks, ...a.techSme.checks].filter((c) => c.status === 'fail')
  let best: Check | undefined
  for (const c of failing) if (!best || costOf(c) > costOf(best)) best = c
  if (!best) return undefined
  const wan = moneyGap(best)
  return { checkId: best.id, message: words(best), ...(wan === undefined ? {} : { wan: Number(wan) }) }
}
