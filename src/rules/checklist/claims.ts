// How and by when to claim each applicable tax incentive; what to answer for those still unknown.
import type { Context } from '../../engine/context'
import { catalogues, msg } from '../../engine/messages'
import type { ChecklistItem, Incentive, Message } from '../../engine/types'
import type { Locality } from '../../locality/types'
import { settlementDue } from './timing'
import { wanHalf } from './words'

type Dept = keyof Locality['departments']

/** technology contracts are registered with the science authority first; the rest is the tax office's */
const DEPARTMENT: Record<string, Dept> = {
  'tech-transfer-exemption': 'science',
  'tech-contract-vat-exemption': 'science',
}

const figure = (inc: Incentive, name: string): string => wanHalf(inc.figures[name] ?? 0)

function detail(inc: Incentive, due: string, all: readonly Incentive[]): Message {
  const key = `checklist.claim.${inc.id}.detail`
  switch (inc.id) {
    case 'rd-super-deduction':
      return msg(key, { due, amount: figure(inc, 'extraDeduction') })
    case 'hnte-reduced-rate': {
      const small = all.some((i) => i.id === 'small-low-profit' && i.status === 'applicable')
      return msg(small ? 'checklist.claim.hnte-reduced-rate.choice' : key, { due, amount: figure(inc, 'taxSaving') })
    }
    case 'small-low-profit':
      return msg(key, { due, amount: figure(inc, 'taxDue') })
    case 'tech-transfer-exemption':
      return msg(key, {
        due,
        exempt: figure(inc, 'exemptIncome'),
        halved: figure(inc, 'halvedIncome'),
        amount: figure(inc, 'taxDue'),
      })
    case 'equipment-one-time-deduction':
      return msg(key, { due, amount: figure(inc, 'deduction') })
    default:
      return msg(key, { due })
  }
}

function answerTitle(id: string): Message {
  const key = `checklist.answer.incentive.${id}`
  return key in catalogues['zh-CN'] ? msg(key) : msg('checklist.answer.incentive.title', { id })
}

export function incentiveItems(ctx: Context, incentives: readonly Incentive[]): ChecklistItem[] {
  const items: ChecklistItem[] = []
  for (const inc of incentives) {
    const who = ctx.locality.departments[DEPARTMENT[inc.id] ?? 'tax'].name
    if (inc.status === 'applicable') {
      const due = settlementDue(ctx, inc.taxYear)
      items.push({
        id: `claim.${inc.id}`,
        because: [inc.id],
        who,
        group: 'claim',
        by: due,
        title: msg(`checklist.claim.${inc.id}.title`),
        detail: detail(inc, due, incentives),
      })
    } else if (inc.status === 'unknown') {
      const item: ChecklistItem = {
        id: `answer.${inc.id}`,
        because: [inc.id],
        who,
        group: 'answer',
        title: answerTitle(inc.id),
      }
      if (inc.note) item.detail = inc.note
      items.push(item)
    }
  }
  return items
}
