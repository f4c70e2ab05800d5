// Deadlines to the calendar (issue #10 §5): RFC 5545 framing checked octet by octet, and the events a firm gets.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { escapeText, fold, nextDay, writeIcs } from '../../src/helpdesk/ics'
import { calendarEvents } from '../../src/helpdesk/deadlines'
import { assess } from '../../src/rules'
import { bazhou } from '../../src/locality/bazhou'
import type { FirmProfile } from '../../src/profile/types'

const NOW = new Date(Date.UTC(2026, 10, 30, 8, 5, 9))
const octets = (s: string) => new TextEncoder().encode(s).length

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

describe('writeIcs', () => {
  const long =
    '高新技术企业年度发展情况报表：登录高新技术企业认定管理工作网填报上一年度的知识产权、科技人员、研发费用、经营收入等情况'
  const text = writeIcs([{ uid: 'a@innocheck', start: '2027-05-31', summary: long, description: 'x,y;z\n第二行' }], NOW)

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n').slice(0, -1)) expect(octets(line)).toBeLessThanOrEqual(75)
  })

  it('unfolds to the whole UTF-8 summary and escapes TEXT values', () => {
    const lines = unfold(text).split('\r\n')
    expect(lines).toContain(`SUMMARY:${long}`)
    expect(lines).toContain('DESCRIPTION:x\\,y\\;z\\n第二行')
  })

  it('writes an all-day event with an exclusive end date and a UTC stamp', () => {
    const lines = unfold(text).split('\r\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'DTSTART;VALUE=DATE:20270531',
        'DTEND;VALUE=DATE:20270601',
        'DTSTAMP:20261130T080509Z',
        'UID:a@innocheck',
        'END:VCALENDAR',
      ]),
    )
  })

  it('folds without splitting a character', () => {
    const folded = fold(`SUMMARY:${'研'.repeat(40)}`)
    for (const part of folded.split('\r\n '))
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part)
    expect(escapeText('a\\b')).toBe('a\\\\b')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
  })
})

describe('calendarEvents', () => {
  const profile = JSON.parse(readFileSync('examples/certified.json', 'utf8')) as FirmProfile
  const a = assess(profile)
  const words = {
    message: (m: { text: string }) => m.text,
    batch: '高企申报截止',
    window: '科小填报期',
    firm: '甲公司',
    ask: (who: string) => `咨询：${who}`,
  }

  it('holds every dated checklist item from the assessment date on, and the county’s batches and window', () => {
    const locality = { ...bazhou, hnteBatchDeadlines: { '2099': ['2099-06-30'], '2000': ['2000-06-30'] } }
    const events = calendarEvents(a, locality, words)
    const dated = a.checklist.filter((i) => i.by && i.by >= a.asOf)
    // a certified HNTE: at least the 31 May annual report and the tax settlement
    expect(dated.length).toBeGreaterThanOrEqual(2)
    for (const i of dated)
      expect(events.some((e) => e.start === i.by && e.summary === `甲公司：${i.title.text}`)).toBe(true)
    expect(events.filter((e) => e.summary === '甲公司：高企申报截止').map((e) => e.start)).toEqual(['2099-06-30'])
    expect(events.every((e) => e.start >= a.asOf || (e.end ?? '') >= a.asOf)).toBe(true)
  })

  it('separates the firm from the item with the reader’s colon (no full-width colon in English)', () => {
    const events = calendarEvents(a, bazhou, { ...words, firm: 'Firm A', batch: 'HNTE deadline', firmSeparator: ': ' })
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect(e.summary.startsWith('Firm A: ')).toBe(true)
    expect(events.some((e) => e.summary.includes('：'))).toBe(false)
  })
})
