// One spreadsheet cell ↔ one profile value. Money in 万元 becomes yuan by decimal-string arithmetic (never by a
// float multiplication); 是/否 become booleans; a blank cell is an unanswered field.
import type { CellKind } from './columns'
import { toFen, wanText } from '../planner/exact'
import { parseNumber, shiftDecimal } from '../wizard/parse-number'
import type { ProblemKey } from '../fields'
import { unitParams } from './issues'
import { isIsoDate } from '../engine/dates'

export type CellValue = string | number | boolean
type Params = Record<string, string | number>
/** a failure says why in zh-CN (message) and as a batch.issue.* key with its params, for other languages */
export type CellResult = { ok: true; value: CellValue } | { ok: false; message: string; key: string; params: Params }

/** the parser's reason as the message's `reason` (a catalogue key) and the params it reads */
const reason = (r: ProblemKey): Params => ({ ...r.params, reason: r.key })

const ok = (value: CellValue): CellResult => ({ ok: true, value })
const bad = (message: string, key: string, params: Params): CellResult => ({
  ok: false,
  message,
  key: `batch.issue.${key}`,
  params,
})

/** a currency sign a spreadsheet's currency format leaves in the text (“¥120”, “￥ 120”): the column says the unit */
const stripCurrency = (s: string) => s.replace(/^([+-]?)\s*[¥￥]\s*/, '$1')

/** plain ASCII digits with at most one point: what almost every number cell of a sheet holds. Read without the
 *  full parser, which first rewrites full-width forms, units and separators (import of 5,000 firms: 1,220 → 755 ms
 *  CPU); the value is the parser's own (tests/batch/cells.test.ts). Nine integer digits at most: far below the
 *  size the parser refuses as inexact. */
const PLAIN_WAN = /^-?\d{1,9}(\.\d{1,6})?$/
const PLAIN_PERSONS = /^\d{1,9}(\.\d{1,2})?$/
const plain = (s: string, places: number) => {
  const negative = s.startsWith('-')
  const canonical = shiftDecimal(negative ? s.slice(1) : s, places)
  // “-0” and “-0.00” are zero, not a negative amount (as the parser reads them)
  return Number(negative && /[1-9]/.test(canonical) ? `-${canonical}` : canonical)
}

/**
 * 万元 (or yuan) text → yuan, exact, through the wizard's parser (src/wizard/parse-number.ts): “4800万元”,
 * “4,100万”, “３９００”, “¥120” and “1200元” all read; a unit written in the cell wins over the column's.
 */
export function moneyCell(s: string, inYuan = false): CellResult {
  if (!inYuan && PLAIN_WAN.test(s)) return ok(plain(s, 4))
  let t = stripCurrency(s.trim())
  if (inYuan && !/[万元]$/.test(t)) t += '元'
  const r = parseNumber(t, 'money', { allowNegative: true })
  const unit = unitParams(inYuan)
  if (!r.ok)
    return bad(`“${s}”不是有效金额（单位${unit.unit}）：${r.message}`, 'money', { ...reason(r), text: s, ...unit })
  return r.empty
    ? bad(`“${s}”不是金额，请填写数字（单位${unit.unit}）`, 'moneyBlank', { text: s, ...unit })
    : ok(r.value)
}

/** the parser's faults of a number it read (“-5”, “12.345”, “1.5” 项): the cell holds a number, just not one the
 *  column takes, so its message must not say “不是数字” */
const VALUE_FAULTS = new Set(['negative', 'integer', 'decimals', 'too-large'])

/** a count of persons or items: digits in any width, thousands separators, no unit */
function numberCell(s: string): CellResult {
  if (PLAIN_PERSONS.test(s)) return ok(plain(s, 0))
  const r = parseNumber(s.replace(/[人个项件]$/, ''), 'persons')
  if (!r.ok && VALUE_FAULTS.has(r.code))
    return bad(`“${s}”不符合要求：${r.message}`, 'numberValue', { ...reason(r), text: s })
  if (!r.ok) return bad(`“${s}”不是数字：${r.message}`, 'number', { ...reason(r), text: s })
  return r.empty ? bad(`“${s}”不是数字`, 'numberBlank', { text: s }) : ok(r.value)
}

const TRUE = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓'])
const FALSE = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', '✗'])

function boolCell(s: string): CellResult {
  const t = s.toLowerCase()
  if (TRUE.has(t)) return ok(true)
  if (FALSE.has(t)) return ok(false)
  return bad(`“${s}”应填“是”或“否”`, 'bool', { text: s })
}

function dateCell(s: string): CellResult {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s)
  if (!m) return ok(s) // validation reports it with the field's own message
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  // a day that does not exist stays as the sheet has it, so validation's message quotes “2020/13/40”, not “2020-13-40”
  if (!isIsoDate(iso)) return ok(s)
  return ok(iso)
}

const TAX: Record<string, string> = {
  查账征收: 'audit',
  查账: 'audit',
  // the common miswriting of 账 (the tax bureau's own forms say 查账征收)
  查帐征收: 'audit',
  查帐: 'audit',
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

function mapped(table: Record<string, string>, s: string, hint: string, key: string): CellResult {
  const v = table[s.toLowerCase()] ?? table[s]
  return v === undefined ? bad(`“${s}”无法识别，应填${hint}`, key, { text: s }) : ok(v)
}

const NO_FIELD = new Set(['无', '没有', '不属于', '不属于任何领域', 'none'])

/** 《国家重点支持的高新技术领域》 number (“1”, “1.2”, “1.2.3”), or 无/没有 for a firm in none of them */
function techFieldCell(s: string): CellResult {
  if (NO_FIELD.has(s.toLowerCase())) return ok('none')
  const t = s.normalize('NFKC').replace(/[。．]/g, '.')
  if (/^[1-8](\.[1-9]\d?){0,2}$/.test(t)) return ok(t)
  return bad(
    `“${s}”不是技术领域编号：请填领域编号（如 1、1.2、1.2.3，一级为 1–8），不属于任何领域时填“无”`,
    'techField',
    {
      text: s,
    },
  )
}

export function readCell(kind: CellKind, raw: string, inYuan = false): CellResult {
  const s = raw.trim()
  switch (kind) {
    case 'wan':
      return moneyCell(s, inYuan)
    case 'number':
      return numberCell(s)
    case 'bool':
      return boolCell(s)
    case 'date':
      return dateCell(s)
    case 'code':
      return ok(s.toUpperCase())
    case 'taxCollection':
      return mapped(TAX, s, '“查账征收”或“核定征收”', 'tax')
    case 'ypn':
      return mapped(YPN, s, '“是”“部分”或“否”', 'ypn')
    case 'rating':
      return /^[a-e]$/i.test(s) ? ok(s.toUpperCase()) : bad(`“${s}”应为档次 A、B、C、D 或 E`, 'rating', { text: s })
    case 'techField':
      return techFieldCell(s)
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
