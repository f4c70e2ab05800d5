// The date reader of parseDate (parse-date.ts) without its messages: the start page reads its assessment date
// with this alone, so the message catalogues and the field table stay off its first load.
import { isIsoDate } from '../engine/dates'
import type { ProblemKey } from '../fields/problem-text'
import { toHalfWidth } from './half-width'

export type DateRead =
  { ok: true; empty: true } | { ok: true; empty: false; value: string } | ({ ok: false } & ProblemKey)

/** 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 (full-width digits too) → YYYY-MM-DD; empty = not answered */
export function readDate(text: string): DateRead {
  const s = toHalfWidth(text)
  if (s === '') return { ok: true, empty: true }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!m) return { ok: false, key: 'parseError.date.format' }
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  if (!isIsoDate(iso)) return { ok: false, key: 'parseError.date.invalid', params: { value: iso } }
  return { ok: true, empty: false, value: iso }
}
