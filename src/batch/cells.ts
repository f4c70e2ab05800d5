// One spreadsheet cell ↔ one profile value. Money in 万元 becomes yuan by decimal-string arithmetic (never by a
// float multiplication); 是/否 become booleans; a blank cell is an unanswered field.
import type { CellKind } from './columns'
import { fromFen, toFen, wanText } from '../planner/exact'

export type CellValue = string | number | boolean
export type CellResult = { ok: true; value: CellValue } | { ok: false; message: string }

const ok = (value: CellValue): CellResult => ({ ok: true, value })
const bad = (message: string): CellResult => ({ ok: false, message })

/** '1,234.5' / '１２３' → canonical ASCII decimal text, or undefined */
function decimalText(s: string): string | undefined {
  const t = s.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '')
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? t : undefined
}

/** 万元 (or yuan) text → yuan, exact: at most 6 decimals in 万元 (2 in yuan) = whole fen */
export function moneyCell(s: string, inYuan = false): CellResult {
  const t = decimalText(s)
  if (t === undefined) return bad(`“${s}”不是金额，请填写数字（单位${inYuan ? '元' : '万元'}）`)
  const [int, frac = ''] = t.replace(/^[+-]/, '').split('.') as [string, string?]
  const places = inYuan ? 2 : 6
  if (frac.length > places)
    return bad(`“${s}”小数位过多：金额须精确到分（${inYuan ? '元最多 2 位' : '万元最多 6 位'}小数）`)
  const fen = BigInt(int + frac.padEnd(places, '0'))
  return ok(fromFen(t.startsWith('-') ? -fen : fen))
}

const TRUE = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓'])
const FALSE = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', '✗'])

function boolCell(s: string): CellResult {
  const t = s.toLowerCase()
  if (TRUE.has(t)) return ok(true)
  if (FALSE.has(t)) return ok(false)
  return bad(`“${s}”应填“是”或“否”`)
}

function dateCell(s: string): CellResult {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s)
  if (!m) return ok(s) // validation reports it with the field's own message
  return ok(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)
}

const TAX: Record<string, string> = {
  查账征收: 'audit',
  查账: 'audit',
  audit: 'audit',
  核定征收: 'deemed',
  核定: 'deemed',
  deemed: 'deemed',
}
const YPN: Record<string, string> = {
  是: 'yes',
  有: 'yes',
  yes: 'yes',
  部分: 'partly',
  partly: 'partly',
  否: 'no',
  无: 'no',
  no: 'no',
}

function mapped(table: Record<string, string>, s: string, hint: string): CellResult {
  const v = table[s.toLowerCase()] ?? table[s]
  return v === undefined ? bad(`“${s}”无法识别，应填${hint}`) : ok(v)
}

export function readCell(kind: CellKind, raw: string, inYuan = false): CellResult {
  const s = raw.trim()
  switch (kind) {
    case 'wan':
      return moneyCell(s, inYuan)
    case 'number': {
      const t = decimalText(s)
      return t === undefined ? bad(`“${s}”不是数字`) : ok(Number(t))
    }
    case 'bool':
      return boolCell(s)
    case 'date':
      return dateCell(s)
    case 'code':
      return ok(s.toUpperCase())
    case 'taxCollection':
      return mapped(TAX, s, '“查账征收”或“核定征收”')
    case 'ypn':
      return mapped(YPN, s, '“是”“部分”或“否”')
    case 'rating':
      return /^[a-e]$/i.test(s) ? ok(s.toUpperCase()) : bad(`“${s}”应为档次 A、B、C、D 或 E`)
    case 'techField':
      return ok(['无', '不属于', 'none'].includes(s.toLowerCase()) ? 'none' : s)
    case 'text':
      return ok(s)
  }
}

/** a profile value as the template writes it (the inverse of readCell) */
export function writeCell(kind: CellKind, v: unknown): string {
  if (v === undefined || v === null) return ''
  switch (kind) {
    case 'wan':
      return wanText(toFen(v as number)).replace(/\.?0+$/, '')
    case 'bool':
      return v ? '是' : '否'
    case 'taxCollection':
      return v === 'audit' ? '查账征收' : '核定征收'
    case 'ypn':
      return v === 'yes' ? '是' : v === 'partly' ? '部分' : '否'
    case 'techField':
      return v === 'none' ? '无' : String(v)
    default:
      return String(v)
  }
}
