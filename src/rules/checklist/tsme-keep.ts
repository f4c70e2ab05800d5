// What a registered tech-SME must keep doing (国科发政〔2017〕115号): update its information and self-evaluation
// by 31 March every year, or the registration number is revoked (第十二条, 第十四条（六）); report major
// changes within 3 months (第十三条).
import type { Context } from '../../engine/context'
import { defineMessages, msg } from '../../engine/messages'
import { atOrNearest } from '../../engine/params'
import type { ChecklistItem } from '../../engine/types'
import { tsmeAnnualUpdateDue, tsmeChangeReportMonths } from './params'
import { nextMonthDay } from './timing'

defineMessages(
  {
    'checklist.tsme.annual-update.title': '每年 {due} 前更新科技型中小企业入库信息',
    'checklist.tsme.annual-update.detail':
      '已入库企业须每年在服务平台更新企业信息和自评结果，截止日为每年 {due}（国科发政〔2017〕115号 第十二条）；逾期未更新的，撤销其入库登记编号（第十四条（六））。下一个截止日：{date}',
    'checklist.tsme.changes.title': '重大变化 {months} 个月内报告',
    'checklist.tsme.changes.detail':
      '入库企业发生名称、住所、经营范围等重大变化的，须在 {months} 个月内通过服务平台报告（国科发政〔2017〕115号 第十三条）',
  },
  {
    'checklist.tsme.annual-update.title': 'Update the tech-SME registration by {dueEn} every year',
    'checklist.tsme.annual-update.detail':
      'A registered firm updates its information and self-evaluation on the platform by {dueEn} every year (国科发政〔2017〕115号 Art. 12); a firm that does not loses its registration number (Art 14 (6)). Next due: {date}',
    'checklist.tsme.changes.title': 'Report major changes within {months} months',
    'checklist.tsme.changes.detail':
      'Report a change of name, address, business scope or other major change on the platform within {months} months (国科发政〔2017〕115号 Art. 13)',
  },
)

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
