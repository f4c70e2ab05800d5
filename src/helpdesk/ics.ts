// An iCalendar file (RFC 5545) of all-day reminders, written by hand so that every rule Outlook and WPS insist
// on is visible: CRLF line ends (§3.1), lines folded at 75 octets without splitting a UTF-8 character (§3.1),
// TEXT escaping (§3.3.11), DTSTAMP and UID on every event (§3.6.1), all-day dates as VALUE=DATE with DTEND the
// day after the last day (§3.6.1: DTEND is exclusive).

export interface CalendarEvent {
  uid: string
  /** first day, YYYY-MM-DD */
  start: string
  /** last day (inclusive), YYYY-MM-DD; the start day when absent */
  end?: string
  summary: string
  description?: string
}

const enc = new TextEncoder()

/** §3.3.11: backslash, semicolon, comma and line breaks escaped */
export const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** §3.1: at most 75 octets per line, continuation lines start with a space */
export function fold(line: string): string {
  const out: string[] = []
  let cur = ''
  let octets = 0
  for (const ch of line) {
    const n = enc.encode(ch).length
    const limit = out.length === 0 ? 75 : 74
    if (octets + n > limit) {
      out.push(cur)
      cur = ''
      octets = 0
    }
    cur += ch
    octets += n
  }
  out.push(cur)
  return out.join('\r\n ')
}

const basic = (iso: string) => iso.replace(/-/g, '')

/** the day after an ISO date (calendar arithmetic in UTC, no time zone involved) */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export function writeIcs(events: readonly CalendarEvent[], now: Date, name = 'InnoCheck'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//InnoCheck//科创自评//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ]
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basic(e.start)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(e.end ?? e.start))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}
