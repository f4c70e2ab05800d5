// The `years` array: each entry keyed by its year number in paths when it has a valid, first-seen year,
// else by its index (so a path never names two entries).
import type { FiscalYearData, RdHnte, RdTax } from './types'
import { rdSpec, rdTaxSpec, yearSpec } from './field-specs'
import { readGroup, type Sink } from './groups'
import { isPlainObject, type Problem } from './problems'

/** the oldest and newest fiscal years a profile can sensibly carry */
const YEAR_MIN = 1949
const YEAR_MAX = 2999
const NESTED = new Set(['year', 'rd', 'rdTax'])

const isValidYear = (y: unknown): y is number =>
  typeof y === 'number' && Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX

function yearProblem(y: unknown, path: string): Problem | undefined {
  if (y === undefined) return { path, code: 'required', message: '缺少年度（year），请填写四位数年份' }
  if (typeof y !== 'number') return { path, code: 'type', message: '年度应为数字，如 2025' }
  if (!Number.isInteger(y)) return { path, code: 'not-integer', message: '年度应为整数年份，如 2025' }
  if (!isValidYear(y)) return { path, code: 'range', message: `年度应在 ${YEAR_MIN}–${YEAR_MAX} 之间，请核对` }
  return undefined
}

/** path keys for each entry: the year number for the first entry with that valid year, else the index */
export function yearKeys(raw: readonly unknown[]): string[] {
  const seen = new Set<number>()
  return raw.map((e, i) => {
    const y = isPlainObject(e) ? e.year : undefined
    if (isValidYear(y) && !seen.has(y)) {
      seen.add(y)
      return String(y)
    }
    return String(i)
  })
}

function readYear(e: unknown, key: string, index: number, sink: Sink, firstIndex: Map<number, number>) {
  const path = `years.${key}`
  const fields = readGroup(e, yearSpec, path, sink, NESTED)
  if (!isPlainObject(e)) return undefined
  const bad = yearProblem(e.year, `${path}.year`)
  if (bad) sink.problems.push(bad)
  const entry: FiscalYearData = { year: e.year as number, ...fields }
  if (e.rd !== undefined && e.rd !== null) entry.rd = readGroup(e.rd, rdSpec, `${path}.rd`, sink) as RdHnte
  if (e.rdTax !== undefined && e.rdTax !== null)
    entry.rdTax = readGroup(e.rdTax, rdTaxSpec, `${path}.rdTax`, sink) as RdTax
  if (bad) return undefined
  const first = firstIndex.get(entry.year)
  if (first !== undefined) {
    sink.problems.push({
      path: `${path}.year`,
      code: 'duplicate-year',
      message: `年度 ${entry.year} 重复（第 ${first + 1} 项与第 ${index + 1} 项），每个年度只能填写一次，请合并或删除`,
    })
    return undefined
  }
  firstIndex.set(entry.year, index)
  return entry
}

export function readYears(raw: unknown, sink: Sink): FiscalYearData[] {
  if (raw === undefined) {
    sink.problems.push({ path: 'years', code: 'required', message: '缺少年度数据 years（可以是空数组 []）' })
    return []
  }
  if (!Array.isArray(raw)) {
    sink.problems.push({ path: 'years', code: 'type', message: 'years 应为数组（[…]），请检查文件结构' })
    return []
  }
  const keys = yearKeys(raw)
  const firstIndex = new Map<number, number>()
  const out: FiscalYearData[] = []
  raw.forEach((e, i) => {
    const entry = readYear(e, keys[i] ?? String(i), i, sink, firstIndex)
    if (entry) out.push(entry)
  })
  return out
}
