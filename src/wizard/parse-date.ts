// Dates typed as text (a native date input hides half-typed values and differs across browsers):
// accepts 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 and full-width digits; stores YYYY-MM-DD.
import { isIsoDate } from '../engine/dates'
import { toHalfWidth } from './parse-number'

export type DateParse =
  { ok: true; empty: true } | { ok: true; empty: false; value: string } | { ok: false; message: string }

export function parseDate(text: string): DateParse {
  const s = toHalfWidth(text)
  if (s === '') return { ok: true, empty: true }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!m) return { ok: false, message: '请按“年-月-日”填写日期，如 2021-03-15' }
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  if (!isIsoDate(iso)) return { ok: false, message: `${iso} 不是有效的日期，请检查月份和日` }
  return { ok: true, empty: false, value: iso }
}
