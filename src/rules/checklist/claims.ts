// How and by when to claim each applicable tax incentive; what to answer for those still unknown; and, when only
// a status not yet held stands in the way (criteria met, no certificate or registration number), the step that
// would make the incentive applicable. An amount not estimated is never written as 0.
import type { Context } from '../../engine/context'
import { messageText, msg } from '../../engine/messages'
import type { ChecklistItem, Incentive, Message } from '../../engine/types'
import type { Locality } from '../../locality/types'
import { entryAt } from '../../engine/params'
import { rdPrepayments } from './params'
import { settlementDue } from './timing'

type Dept = keyof Locality['departments']

/** technology contracts are registered with the science authority first; the rest is the tax office's */
const DEPARTMENT: Record<string, Dept> = {
  'tech-transfer-exemption': 'science',
  'tech-contract-vat-exemption': 'science',
}

/** the figures each claim's detail states, by message parameter */
const AMOUNTS: Record<string, Record<string, string>> = {
  'rd-super-deduction': { amount: 'extraDeduction' },
  'hnte-reduced-rate': { amount: 'taxSaving' },
  'small-low-profit': { amount: 'taxDue' },
  'tech-transfer-exemption': { exempt: 'exemptIncome', halved: 'halvedIncome', amount: 'taxDue' },
  'equipment-one-time-deduction': { amount: 'deduction' },
}

/**
 * The claim's how-to with its figures; a figure that is only a bound ('at-least' / 'at-most') takes the template
 * that says so. A bound with no such template gives no amount at all rather than one that reads as exact.
 */
export function detail(inc: Incentive, due: string, all: readonly Incentive[]): Message {
  const params: Record<string, string | number> = { due }
  let bound: string | undefined
  for (const [param, figure] of Object.entries(AMOUNTS[inc.id] ?? {})) {
    const value = inc.figures[figure]
    if (value === undefined) return msg('checklist.claim.no-amount', { due })
    params[param] = value
    bound ??= inc.bounds?.[figure]
  }
  const small = all.some((i) => i.id === 'small-low-profit' && i.status === 'applicable')
  const base =
    inc.id === 'hnte-reduced-rate' && small
      ? 'checklist.claim.hnte-reduced-rate.choice-any'
      : `checklist.claim.${inc.id}.detail`
  const key = bound ? `${base}-${bound}` : base
  return messageText(key) !== undefined ? msg(key, params) : msg('checklist.claim.no-amount', { due })
}

function answerTitle(id: string): Message {
  const key = `checklist.answer.incentive.${id}`
  return messageText(key) !== undefined ? msg(key) : msg('checklist.answer.incentive.title', { id })
}

/** the held-status precondition that keeps the incentive unknown, when that is what decides */
function statusStep(inc: Incentive): Message | undefined {
  const held = inc.conditions?.find((c) => c.id.endsWith('-held') && c.status === 'unknown')
  if (!held || inc.conditions?.some((c) => c !== held && c.status !== 'pass')) return undefined
  if (held.note?.key === 'incentives.condition.expiry-year') return msg('checklist.status.expiry-year.title')
  const key = `checklist.status.${inc.id}.title`
  return held.note?.key === 'incentives.condition.criteria-met' && messageText(key) !== undefined ? msg(key) : undefined
}

function unknownItem(inc: Incentive, who: string): ChecklistItem {
  const step = statusStep(inc)
  const item: ChecklistItem = step
    ? { id: `status.${inc.id}`, because: [inc.id], who, group: 'apply', title: step }
    : { id: `answer.${inc.id}`, because: [inc.id], who, group: 'answer', title: answerTitle(inc.id) }
  if (inc.note) item.detail = inc.note
  return item
}

/**
 * The prepayments still ahead on the assessment date at which the R&D extra deduction may be claimed (2023年第11号):
 * a filing period already over is never offered; after October's only the settlement remains.
 */
export function rdPrepayItems(ctx: Context, inc: Incentive, who: string, due: string): ChecklistItem[] {
  const options = entryAt(rdPrepayments, `${inc.taxYear}-01-01`)?.value ?? []
  return options
    .map((o) => ({ ...o, date: `${inc.taxYear}-${o.due}` }))
    .filter((o) => o.date >= ctx.asOf)
    .map((o) => ({
      id: `claim.rd-super-deduction.prepay.${o.period}`,
      because: [inc.id],
      who,
      group: 'claim' as const,
      by: o.date,
      title: msg(`checklist.claim.rd-super-deduction.prepay.${o.period}.title`),
      detail: msg('checklist.claim.rd-super-deduction.prepay.detail', { date: o.date, due }),
    }))
}

/**
 * Last year's settlement already closed (企业所得税法 第五十四条: within five months of the year's end): its date is
 * never offered; the line says it closed and names the next settlement.
 */
const settlementClosed = (ctx: Context, taxYear: number, due: string): Message =>
  msg('checklist.claim.settlement-closed', {
    taxYear,
    due,
    year: ctx.assessmentYear,
    next: settlementDue(ctx, ctx.assessmentYear),
  })

export function incentiveItems(ctx: Context, incentives: readonly Incentive[]): ChecklistItem[] {
  const items: ChecklistItem[] = []
  for (const inc of incentives) {
    const who = ctx.locality.departments[DEPARTMENT[inc.id] ?? 'tax'].name
    if (inc.status === 'applicable') {
      const due = settlementDue(ctx, inc.taxYear)
      const claim: ChecklistItem = {
        id: `claim.${inc.id}`,
        because: [inc.id],
        who,
        group: 'claim',
        title: msg(`checklist.claim.${inc.id}.title`),
      }
      if (due >= ctx.asOf) items.push({ ...claim, by: due, detail: detail(inc, due, incentives) })
      else items.push({ ...claim, detail: settlementClosed(ctx, inc.taxYear, due) })
      if (inc.id === 'rd-super-deduction') items.push(...rdPrepayItems(ctx, inc, who, due))
    } else if (inc.status === 'unknown') items.push(unknownItem(inc, who))
  }
  return items
}
