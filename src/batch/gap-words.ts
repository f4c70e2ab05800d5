// The largest gap of a firm in words (zh-CN, with en for the UI): the failing check that is furthest from
// passing. Checks money or hires cannot settle (a date, a flag, a limit exceeded, points) come first; among the
// rest the planning cost (src/planner/params.ts) compares yuan with persons.
import { defineMessages, msg } from '../engine/messages'
import type { Assessment, Check, Message } from '../engine/types'
import { CHECK_ITEMS } from '../rules/checklist/check-titles'
import { UNIT_COST_YUAN } from '../planner/params'
import { toFen, wanText } from '../planner/exact'

defineMessages(
  {
    'batch.gap.hnte.rd-intensity': '研发费用还差 {wan} 万元',
    'batch.gap.hnte.rd-domestic-share': '境内研发费用还差 {wan} 万元',
    'batch.gap.hnte.hitech-income-share': '高新技术产品（服务）收入还差 {wan} 万元',
    'batch.gap.hnte.st-staff-ratio': '科技人员还差 {n} 人',
    'batch.gap.hnte.registered-one-year': '成立满一年还差 {n} 天',
    'batch.gap.hnte.innovation-score': '创新能力评价至少还差 {n} 分',
    'batch.gap.tsme.score': '科技型中小企业评价至少还差 {n} 分',
    'batch.gap.tsme.staff-limit': '职工总数超出上限 {n} 人',
    'batch.gap.tsme.revenue-limit': '销售收入超出上限 {wan} 万元',
    'batch.gap.tsme.assets-limit': '资产总额超出上限 {wan} 万元',
    'batch.gap.other': '{title}',
  },
  {
    'batch.gap.hnte.rd-intensity': 'R&D short by {wan} (10k yuan)',
    'batch.gap.hnte.rd-domestic-share': 'R&D in China short by {wan} (10k yuan)',
    'batch.gap.hnte.hitech-income-share': 'High-tech income short by {wan} (10k yuan)',
    'batch.gap.hnte.st-staff-ratio': '{n} more S&T staff needed',
    'batch.gap.hnte.registered-one-year': '{n} days until registered one year',
    'batch.gap.hnte.innovation-score': 'Innovation score short by at least {n} points',
    'batch.gap.tsme.score': 'Tech-SME score short by at least {n} points',
    'batch.gap.tsme.staff-limit': 'Staff {n} above the limit',
    'batch.gap.tsme.revenue-limit': 'Sales {wan} (10k yuan) above the limit',
    'batch.gap.tsme.assets-limit': 'Assets {wan} (10k yuan) above the limit',
    'batch.gap.other': '{title}',
  },
)

export interface Gap {
  checkId: string
  message: Message
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

function words(c: Check): Message {
  if (c.gap !== undefined && WITH_GAP.has(c.id)) {
    const unit = c.gapUnit ?? c.unit
    return msg(`batch.gap.${c.id}`, unit === 'yuan' ? { wan: wanText(toFen(c.gap)) } : { n: c.gap })
  }
  return msg('batch.gap.other', { title: CHECK_ITEMS[c.id]?.[1] ?? c.note?.text ?? c.id })
}

/** the failing check furthest from passing, HNTE before tech-SME on a tie */
export function largestGap(a: Pick<Assessment, 'hnte' | 'techSme'>): Gap | undefined {
  const failing = [...a.hnte.checks, ...a.techSme.checks].filter((c) => c.status === 'fail')
  let best: Check | undefined
  for (const c of failing) if (!best || costOf(c) > costOf(best)) best = c
  return best && { checkId: best.id, message: words(best) }
}
