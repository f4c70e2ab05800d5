// Typed text ↔ profile value for the text-like inputs (numbers, dates, names, credit codes).
import { boundsOf, fieldDef, quantityText } from '../fields'
import { checkCreditCode, creditCodeReason } from '../profile/credit-code'
import { firmNameProblem } from '../profile/firm-name'
import { fieldSpec } from './fields'
import { parseDate } from './parse-date'
import { parseNumber, toHalfWidth, yuanToWanText } from './parse-number'
import type { AnswerValue } from './profile-path'

export type Interpretation = { ok: true; value: AnswerValue; display?: string } | { ok: false; message: string }

/** the bound a number breaks, said in the field's own unit (万元 for money, never yuan) */
function boundProblem(path: string, value: number): string | undefined {
  const f = fieldDef(path)
  const b = f && boundsOf(f)
  if (!b) return undefined
  if (value > b.max) return `不能超过 ${quantityText(path, b.max)}，请核对数值和单位`
  if (value < b.min) return `不能小于 ${quantityText(path, b.min)}，请核对`
  return undefined
}

/** what a piece of typed text means for the field at `path`; empty text = not sure (undefined) */
export function interpret(path: string, text: string): Interpretation {
  const spec = path === 'assessmentDate' ? { kind: 'date' as const } : fieldSpec(path)
  const kind = spec?.kind ?? 'text'
  if (kind === 'money' || kind === 'persons' || kind === 'count' || kind === 'year') {
    const r = parseNumber(text, kind === 'year' ? 'count' : kind, { allowNegative: spec?.allowNegative ?? false })
    if (!r.ok) return r
    if (r.empty) return { ok: true, value: undefined }
    const bad = boundProblem(path, r.value)
    return bad ? { ok: false, message: bad } : { ok: true, value: r.value, display: r.display }
  }
  if (kind === 'date') {
    const r = parseDate(text)
    if (!r.ok) return r
    return r.empty ? { ok: true, value: undefined } : { ok: true, value: r.value, display: r.value }
  }
  if (kind === 'creditCode') {
    const code = toHalfWidth(text).toUpperCase()
    if (code === '') return { ok: true, value: undefined }
    const r = checkCreditCode(code)
    return r.ok ? { ok: true, value: code, display: code } : { ok: false, message: creditCodeReason(r) }
  }
  const trimmed = text.trim()
  const bad = fieldDef(path)?.rule === 'firmName' ? firmNameProblem(trimmed) : undefined
  if (bad) return { ok: false, message: bad.message }
  return { ok: true, value: trimmed === '' ? undefined : trimmed }
}

/** the text an input shows for a stored value (money in 万元) */
export function valueText(path: string, value: AnswerValue): string {
  if (value === undefined) return ''
  if (typeof value === 'number' && fieldSpec(path)?.kind === 'money') return yuanToWanText(value)
  return String(value)
}
