// The checklist's deadlines as an .ics file, downloaded in Chromium and read back by a small RFC 5545 reader
// written here (not the app's writer): CRLF line ends, lines of at most 75 octets folded without splitting a
// character (§3.1), unescaped TEXT (§3.3.11), one VEVENT per reminder the button announces, all-day dates with
// an exclusive DTEND (§3.6.1), the bureau's batch deadline from the settings (issue #10 §5).
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'

interface Prop {
  name: string
  params: Record<string, string>
  value: string
}

/** §3.1: a line starting with a space or a tab continues the one before (the CRLF and that one character go) */
const unfold = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n')

/** NAME;PARAM=V;PARAM=V:VALUE (no quoted parameter values are written by the app, so none are read) */
function property(line: string): Prop {
  const colon = line.indexOf(':')
  const [name, ...params] = line.slice(0, colon).split(';')
  return {
    name: name!.toUpperCase(),
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
    value: line.slice(colon + 1),
  }
}

/** §3.3.11 TEXT: \\n, \\N, \\, \\; \\\\ */
const unescapeText = (v: string) => v.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))

/** the VEVENTs of a VCALENDAR, each as its properties by name */
function events(lines: string[]): Map<string, Prop>[] {
  const out: Map<string, Prop>[] = []
  let cur: Map<string, Prop> | undefined
  for (const line of lines.filter(Boolean)) {
    const p = property(line)
    if (p.name === 'BEGIN' && p.value === 'VEVENT') cur = new Map()
    else if (p.name === 'END' && p.value === 'VEVENT') {
      out.push(cur!)
      cur = undefined
    } else cur?.set(p.name, p)
  }
  return out
}

const dayAfter = (basic: string) => {
  const d = new Date(Date.UTC(+basic.slice(0, 4), +basic.slice(4, 6) - 1, +basic.slice(6, 8) + 1))
  return d.toISOString().slice(0, 10).replace(/-/g, '')
}

const FIRM = '霸州市鑫泰精密管业科技有限公司'

test('the .ics download reads back: CRLF, folding, escaping, one event per reminder, the batch deadline', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: '添加申报批次' }).click()
  await page.getByLabel('第 1 批 截止日期', { exact: true }).fill('2027-06-30')
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toHaveCount(1)
  await page.goto('/#/?example=strong-hnte')
  await page.waitForURL(/#\/results/)

  const button = page.getByRole('button', { name: /^将 \d+ 个截止日期加入日历（\.ics）$/ })
  const announced = Number(/将 (\d+) 个/.exec((await button.textContent())!)![1])
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const bytes = readFileSync((await download.path())!)
  const text = bytes.toString('utf8')

  await test.step('§3.1: CRLF only, at most 75 octets a line, no character split by a fold', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const physical = text.split('\r\n').slice(0, -1)
    const utf8 = new TextDecoder('utf-8', { fatal: true })
    for (const line of physical) {
      const raw = Buffer.from(line, 'utf8')
      expect(raw.length, line).toBeLessThanOrEqual(75)
      // each physical line decodes by itself: a fold never falls inside a character's bytes
      expect(() => utf8.decode(raw)).not.toThrow()
    }
    // the firm's name and a Chinese summary pass 75 octets: at least one line is folded
    expect(physical.some((l) => l.startsWith(' '))).toBe(true)
  })

  const lines = unfold(text)
  const evs = events(lines)

  await test.step('a VCALENDAR 2.0 with one VEVENT per announced reminder, each complete', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true)
    expect(announced).toBeGreaterThan(0)
    expect(evs).toHaveLength(announced)
    expect(new Set(evs.map((e) => e.get('UID')?.value)).size).toBe(evs.length)
    for (const e of evs) {
      expect(e.get('DTSTAMP')?.value).toMatch(/^\d{8}T\d{6}Z$/)
      const start = e.get('DTSTART')!
      expect(start.params).toEqual({ VALUE: 'DATE' })
      expect(start.value).toMatch(/^\d{8}$/)
      expect(e.get('DTEND')!.params).toEqual({ VALUE: 'DATE' })
      // all-day: DTEND is the day after the last day, so never before the day after DTSTART
      expect(e.get('DTEND')!.value >= dayAfter(start.value)).toBe(true)
      expect(unescapeText(e.get('SUMMARY')!.value)).toMatch(new RegExp(`^${FIRM}：`))
      // §3.3.11: a comma or semicolon inside TEXT is escaped
      for (const k of ['SUMMARY', 'DESCRIPTION'])
        expect(e.get(k)?.value.replace(/\\\\/g, '') ?? '', k).not.toMatch(/(^|[^\\])[,;]/)
      // the assessment date is 2026-11-26: nothing before it is a reminder
      expect(start.value >= '20261126').toBe(true)
    }
  })

  await test.step('the bureau’s batch deadline and the 31 May settlement are there as one-day events', () => {
    const on = (d: string) => evs.filter((e) => e.get('DTSTART')!.value === d)
    // the checklist's steps due by the batch (registration, audit, application) fall on it too
    const batch = on('20270630').map((e) => [unescapeText(e.get('SUMMARY')!.value), e.get('DTEND')!.value])
    expect(batch).toContainEqual([`${FIRM}：高新技术企业申报截止（霸州市）`, '20270701'])
    expect(batch).toContainEqual([`${FIRM}：按批次提交高企认定申请`, '20270701'])
    // 企业所得税法 第五十四条: the annual settlement within five months of the year's end, i.e. by 31 May 2027
    expect(on('20270531').length).toBeGreaterThan(0)
  })
})
