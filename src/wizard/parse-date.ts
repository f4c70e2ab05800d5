// Dates typed as text (a native date input hides half-typed values and differs across browsers):
// accepts 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 and full-width digits; stores YYYY-MM-DD.
// A failure carries its catalogue key (parseError.date.*) for the reader's language; `message` is the zh-CN text.
import { renderProblemKey, type ProblemKey } from '../fields/problem-text'
import { readDate } from './read-date'

export type DateParse =
  { ok: true; empty: true } | { ok: true; empty: false; value: string } | ({ ok: false; message: string } & ProblemKey)

export function parseDate(text: string): DateParse {
  const r = readDate(text)
  return r.ok ? r : { ...r, message: renderProblemKey(r) }
}
