// Dates typed as text (a native date input hides half-typed values and differs across browsers):
// accepts 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 and full-width digits; stores YYYY-MM-DD.
// A failure carries its catalogue key (parseError.date.*) for the reader's language; `message` is the zh-CN text.
import { isIsoDate } from '../engine/dates'
import { renderProblemKey, type ProblemKey } from '../fields/problem-text'
import { toHalfWidth } from './parse-number'

export type DateParse =
  { ok: true; empty: true } | { ok: true; empty: false; value: string } | ({ ok: false; message: string } & ProblemKey)

const failure = (p: ProblemKey): DateParse => ({ ok: false, ...p, message: renderProblemKey(p) })

export function parseDate(text: string): DateParse {
  const s = toHalfWidth(text)
  if (s === '') return { ok: true, empty: true }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!m) return failure({ key: 'parseError.date.format' })
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  if (!isIsoDate(iso)) return failure({ key: 'parseError.date.invalid', params: { value: iso } })
  return { ok: true, empty: false, value: iso }
}
