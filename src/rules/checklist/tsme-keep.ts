// What a registered tech-SME must keep doing (国科发政〔2017〕115号): update its information and self-evaluation
// by 31 March every year, or the registration number is revoked (第十二条, 第十四条（六）); report major
// changes within 3 months (第十三条).
import type { Context } from '../../engine/context'
import { msg } from '../../engine/messages'
import { atOrNearest } from '../../engine/params'
import type { ChecklistItem } from '../../engine/types'
import { tsmeAnnualUpdateDue, tsmeChangeReportMonths } from './params'
import { nextMonthDay } from './timing'

/** month-day '03-31' as the reader's date words: 3月31日 */
const monthDayZh = (md: string): string => `${Number(md.slice(0, 2))}月${Number(md.slice(3))}日`
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const monthDayEn = (md: string): string => `${Number(md.slice(3))} ${MONTHS[Number(md.slice(0, 2)) - 1] ?? md}`

/** for a firm holding a registration number, or about to apply for one */
export function tsmeKeepItems(ctx: Context, because: string[]): ChecklistItem[] {
  const who = ctx.locality.departments.science.name
  const dueMd = atOrNearest(tsmeAnnualUpdateDue, ctx.asOf).value
  const months = atOrNearest(tsmeChangeReportMonths, ctx.asOf).value
  const date = nextMonthDay(ctx.asOf, dueMd)
  const due = monthDayZh(dueMd)
  const dueEn = monthDayEn(dueMd)
  return [
    {
      id: 'tsme.annual-update',
      because,
      who,
      group: 'keep',
      by: date,
      title: msg('checklist.tsme.annual-update.title', { due, dueEn }),
      detail: msg('checklist.tsme.annual-update.detail', { due, dueEn, date }),
    },
    {
      id: 'tsme.changes',
      because,
      who,
      group: 'keep',
      title: msg('checklist.tsme.changes.title', { months }),
      detail: msg('checklist.tsme.changes.detail', { months }),
    },
  ]
}
