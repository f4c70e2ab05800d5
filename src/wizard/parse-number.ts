// Our own strict number parser: a text input with inputmode="decimal" plus this, never type="number"
// (which silently accepts "2abc" and "1e3"). Money is typed in 万元 and stored in yuan; the unit shift is done on
// the decimal string, never by float multiplication, so "1234.56" 万元 is exactly 12345600 yuan. A failure
// carries its catalogue key and params (parseError.number.*) so that the wizard says it in the reader's language;
// `message` is its zh-CN text, which the batch import and the planner show.
import { renderProblemKey, type ProblemParams } from '../fields/problem-text'
import { toHalfWidth } from './half-width'

export { toHalfWidth }

export type NumberKind = 'money' | 'persons' | 'count'

export type ParseResult =
  { ok: true; empty: true } | { ok: true; empty: false; value: number; display: string } | ParseFailure

export interface ParseFailure {
  ok: false
  /** the zh-CN text */
  message: string
  /** why, for a reader in another language (src/batch/issues.ts) */
  code: string
  /** the catalogue key of the message and its params, to render it in the reader's language */
  key: string
  params?: ProblemParams
}

/** a failure with its code and the catalogue key parseError.number.<name> (the code's own by default) */
function fail(code: string, name: string = code, params?: ProblemParams): ParseFailure {
  const p = params ? { key: `parseError.number.${name}`, params } : { key: `parseError.number.${name}` }
  return { ok: false, code, ...p, message: renderProblemKey(p) }
}

export interface ParseOptions {
  /** money only: whether a negative amount makes sense (net assets, taxable income) */
  allowNegative?: boolean
}

/** most decimals per kind; money in 万元 has 4 places more than yuan's 2 */
const MAX_DECIMALS = { moneyWan: 6, moneyYuan: 2, persons: 2, count: 0 } as const

function describeBad(body: string): ParseFailure {
  if (/^\d*\.?\d*e[+-]?\d+$/i.test(body)) return fail('scientific')
  if ((body.match(/\./g) ?? []).length > 1) return fail('points')
  if (/\.\d*,/.test(body)) return fail('comma-after-point')
  const bad = body.replace(/[\d.,]/g, '').charAt(0)
  return bad ? fail('character', 'character', { char: bad }) : fail('not-number')
}

/** "1234.56" with the point moved `places` to the right, as a canonical decimal string */
export function shiftDecimal(digits: string, places: number): string {
  const [int = '0', frac = ''] = digits.split('.')
  const padded = frac.padEnd(places, '0')
  const whole = (int + padded.slice(0, places)).replace(/^0+(?=\d)/, '')
  const rest = padded.slice(places).replace(/0+$/, '')
  return rest ? `${whole}.${rest}` : whole
}

/** "12345600" yuan → "1234.56" 万元, at least 2 decimals */
export function yuanToWanText(yuan: number): string {
  const negative = yuan < 0
  const [int = '0', frac = ''] = Math.abs(yuan).toFixed(2).split('.')
  const padded = int.padStart(5, '0')
  const wanInt = padded.slice(0, -4).replace(/^0+(?=\d)/, '')
  const wanFrac = (padded.slice(-4) + frac).replace(/0+$/, '').padEnd(2, '0')
  return `${negative ? '-' : ''}${wanInt}.${wanFrac}`
}

function countDecimals(body: string): number {
  return body.includes('.') ? (body.split('.')[1] ?? '').length : 0
}

/** above this many fen (or hundredths of a person) a double no longer holds the value exactly (2^53) */
const MAX_EXACT_HUNDREDTHS = BigInt(Number.MAX_SAFE_INTEGER)

/** a canonical non-negative decimal string too large to be held exactly: `Infinity`, `1e+24` are never stored */
function tooLarge(canonical: string): boolean {
  return BigInt(canonical.split('.')[0] ?? '0') * 100n > MAX_EXACT_HUNDREDTHS
}

/** a leading ¥/￥ (after an optional sign): the currency, not a scale; the amount stays in the field's unit */
function stripCurrency(s: string, kind: NumberKind): string | null {
  const m = /^([-+]?)[¥￥]/.exec(s)
  if (!m) return s
  return kind === 'money' ? m[1] + s.slice(m[0].length) : null
}

/** parses what a person typed; empty text means "not sure / not answered" */
export function parseNumber(text: string, kind: NumberKind, options: ParseOptions = {}): ParseResult {
  let s = stripCurrency(toHalfWidth(text), kind)
  if (s === null) return fail('currency-or-unit')
  if (s === '') return { ok: true, empty: true }
  let unit: 'wan' | 'yuan' | null = null
  const unitMatch = /(万元|万|元)$/.exec(s)
  if (unitMatch) {
    if (kind !== 'money') return fail('unit')
    unit = unitMatch[1] === '元' ? 'yuan' : 'wan'
    s = s.slice(0, -unitMatch[1]!.length)
  }
  const negative = s.startsWith('-')
  if (negative || s.startsWith('+')) s = s.slice(1)
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) {
    return /^[\d,]+(\.\d+)?$/.test(s) ? fail('separator') : describeBad(s)
  }
  return parseBody(s.replace(/,/g, '').replace(/^\./, '0.'), negative, kind, unit, options)
}

function parseBody(
  body: string,
  negative: boolean,
  kind: NumberKind,
  unit: 'wan' | 'yuan' | null,
  options: ParseOptions,
): ParseResult {
  const zero = /^[0.]*$/.test(body)
  if (negative && !(kind === 'money' && options.allowNegative) && !zero) {
    return fail('negative')
  }
  const max = kind === 'money' ? MAX_DECIMALS[unit === 'yuan' ? 'moneyYuan' : 'moneyWan'] : MAX_DECIMALS[kind]
  if (countDecimals(body) > max) return decimalsFailure(kind, unit, max)
  const sign = negative && !zero ? '-' : ''
  const canonical = kind !== 'money' || unit === 'yuan' ? shiftDecimal(body, 0) : shiftDecimal(body, 4)
  if (tooLarge(canonical)) return fail('too-large', `too-large-${kind}`)
  const value = Number(sign + canonical)
  return { ok: true, empty: false, value, display: kind === 'money' ? yuanToWanText(value) : sign + canonical }
}

function decimalsFailure(kind: NumberKind, unit: 'wan' | 'yuan' | null, max: number): ParseFailure {
  if (kind === 'count') return fail('integer')
  if (kind === 'persons') return fail('decimals', 'decimals-persons')
  return unit === 'yuan' ? fail('decimals', 'decimals-yuan') : fail('decimals', 'decimals-wan', { max })
}
