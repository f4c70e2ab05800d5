// Our own strict number parser: a text input with inputmode="decimal" plus this, never type="number"
// (which silently accepts "2abc" and "1e3"). Money is typed in 万元 and stored in yuan; the unit shift is done on
// the decimal string, never by float multiplication, so "1234.56" 万元 is exactly 12345600 yuan.

export type NumberKind = 'money' | 'persons' | 'count'

export type ParseResult =
  | { ok: true; empty: true }
  | { ok: true; empty: false; value: number; display: string }
  | { ok: false; message: string; /** why, for a reader in another language (src/batch/issues.ts) */ code: string }

export interface ParseOptions {
  /** money only: whether a negative amount makes sense (net assets, taxable income) */
  allowNegative?: boolean
}

/** most decimals per kind; money in 万元 has 4 places more than yuan's 2 */
const MAX_DECIMALS = { moneyWan: 6, moneyYuan: 2, persons: 2, count: 0 } as const

/** full-width digits, point, comma, minus and the ideographic space → ASCII (１２３．４ → 123.4) */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]/g, '')
    .replace(/[。]/g, '.')
    .replace(/[−–—]/g, '-')
}

function describeBad(body: string): { ok: false; message: string; code: string } {
  const fail = (code: string, message: string) => ({ ok: false as const, message, code })
  if (/^\d*\.?\d*e[+-]?\d+$/i.test(body))
    return fail('scientific', '请直接写出数字，不要使用科学计数法（如 1e3 应写作 1000）')
  if ((body.match(/\./g) ?? []).length > 1) return fail('points', '只能有一个小数点，请检查后重新填写')
  if (/\.\d*,/.test(body)) return fail('comma-after-point', '千位分隔符（逗号）只能出现在小数点前')
  const bad = body.replace(/[\d.,]/g, '').charAt(0)
  return bad ? fail('character', `含有无法识别的字符“${bad}”，请只填写数字`) : fail('not-number', '请填写一个数字')
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

function tooLargeMessage(kind: NumberKind): string {
  if (kind === 'money')
    return '数额过大，无法准确计算：本栏以万元为单位（1 亿元 = 10000 万元），最多约 90 亿万元，请核对是否多填了位数'
  return kind === 'persons'
    ? '人数过大，请核对：本栏填写人数（单位：人），不是金额'
    : '个数过大，请核对：本栏填写个数（单位：个），不是金额'
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
  if (s === null) return { ok: false, code: 'currency-or-unit', message: '请只填写数字，不要带货币符号或单位' }
  if (s === '') return { ok: true, empty: true }
  let unit: 'wan' | 'yuan' | null = null
  const unitMatch = /(万元|万|元)$/.exec(s)
  if (unitMatch) {
    if (kind !== 'money') return { ok: false, code: 'unit', message: '请只填写数字，不要带单位' }
    unit = unitMatch[1] === '元' ? 'yuan' : 'wan'
    s = s.slice(0, -unitMatch[1]!.length)
  }
  const negative = s.startsWith('-')
  if (negative || s.startsWith('+')) s = s.slice(1)
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) {
    if (/^[\d,]+(\.\d+)?$/.test(s))
      return { ok: false, code: 'separator', message: '千位分隔符位置不对，请按 1,234.56 的格式或不加逗号填写' }
    return describeBad(s)
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
    return { ok: false, code: 'negative', message: '此处不能为负数，请填写 0 或正数' }
  }
  const max = kind === 'money' ? MAX_DECIMALS[unit === 'yuan' ? 'moneyYuan' : 'moneyWan'] : MAX_DECIMALS[kind]
  if (countDecimals(body) > max)
    return { ok: false, code: kind === 'count' ? 'integer' : 'decimals', message: decimalsMessage(kind, unit, max) }
  const sign = negative && !zero ? '-' : ''
  const canonical = kind !== 'money' || unit === 'yuan' ? shiftDecimal(body, 0) : shiftDecimal(body, 4)
  if (tooLarge(canonical)) return { ok: false, code: 'too-large', message: tooLargeMessage(kind) }
  const value = Number(sign + canonical)
  return { ok: true, empty: false, value, display: kind === 'money' ? yuanToWanText(value) : sign + canonical }
}

function decimalsMessage(kind: NumberKind, unit: 'wan' | 'yuan' | null, max: number): string {
  if (kind === 'count') return '请填写整数（个数不能有小数）'
  if (kind === 'persons') return '人数最多保留 2 位小数（如 12.25），请四舍五入后填写'
  if (unit === 'yuan') return '以“元”填写时最多 2 位小数（到分），请检查'
  return `以万元填写时最多 ${max} 位小数（到分），请检查`
}
