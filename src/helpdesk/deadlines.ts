// The dated items a firm should not miss, for its calendar: every checklist item with a date (the engine decides
// which apply to this firm: the 31 March tech-SME update, the 31 May HNTE report and tax settlement, a batch
// deadline), and the county's HNTE batch deadlines and tech-SME window from the settings, from the assessment
// date on.
import type { Assessment, Message } from '../engine/types'
import type { Locality } from '../locality/types'
import type { CalendarEvent } from './ics'

export interface DeadlineWords {
  message(m: Message): string
  /** “高新技术企业申报截止（{county}）” */
  batch: string
  /** “科技型中小企业评价填报期（{county}）” */
  window: string
  /** the firm's name, prefixed to every summary so a bureau's calendar tells firms apart */
  firm: string
  /** what follows the firm's name: '：' in Chinese, ': ' in English */
  firmSeparator?: string
  /** “请向 X 咨询” */
  ask(who: string): string
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9.-]/g, '-')

export function calendarEvents(a: Assessment, locality: Locality, w: DeadlineWords): CalendarEvent[] {
  const asOf = a.asOf
  const prefix = w.firm ? `${w.firm}${w.firmSeparator ?? '：'}` : ''
  const events: CalendarEvent[] = []
  const seen = new Set<string>()
  const add = (e: CalendarEvent) => {
    const key = `${e.start}|${e.summary}`
    if (seen.has(key)) return
    seen.add(key)
    events.push(e)
  }
  for (const item of a.checklist) {
    if (!item.by || item.by < asOf) continue
    const detail = [item.detail && w.message(item.detail), item.who && w.ask(item.who)].filter(Boolean)
    add({
      uid: `${slug(item.id)}-${item.by}@innocheck`,
      start: item.by,
      summary: prefix + w.message(item.title),
      ...(detail.length ? { description: detail.join('\n') } : {}),
    })
  }
  for (const dates of Object.values(locality.hnteBatchDeadlines))
    for (const d of dates) if (d >= asOf) add({ uid: `hnte-batch-${d}@innocheck`, start: d, summary: prefix + w.batch })
  for (const win of Object.values(locality.techSmeWindows))
    if (win.to >= asOf)
      add({ uid: `tsme-window-${win.from}@innocheck`, start: win.from, end: win.to, summary: prefix + w.window })
  return events.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0))
}
