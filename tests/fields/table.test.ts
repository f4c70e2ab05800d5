import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIELDS, fieldDef, fieldLabel, quantityText } from '../../src/fields'
import { emptyProfile } from '../../src/profile/types'
import { getAnswer, setAnswer } from '../../src/wizard/profile-path'

/** every answered leaf of a profile file, years by number ('years.2025.rd.inHouse') */
function leaves(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node))
    return node.flatMap((y: { year: number }) =>
      leaves({ ...y, year: undefined }, `${prefix}${y.year}.`).filter((p) => !p.endsWith('.year')),
    )
  if (typeof node !== 'object' || node === null) return [prefix.slice(0, -1)]
  return Object.entries(node).flatMap(([k, v]) => (v === undefined ? [] : leaves(v, `${prefix}${k}.`)))
}

describe('the field table', () => {
  it('names each profile field once, and each batch column header once', () => {
    const paths = FIELDS.map((f) => f.path)
    expect(new Set(paths).size).toBe(paths.length)
    const headers = FIELDS.map((f) => f.short.zh)
    expect(new Set(headers).size).toBe(headers.length)
  })

  it('has a row for every answer of every example profile', () => {
    for (const file of readdirSync('examples').filter((f) => f.endsWith('.json'))) {
      const p = JSON.parse(readFileSync(`examples/${file}`, 'utf8'))
      const answers = leaves(p).filter((x) => !['format', 'version', 'notes'].includes(x))
      expect(answers.length, file).toBeGreaterThan(10)
      expect(
        answers.filter((x) => !fieldDef(x)),
        file,
      ).toEqual([])
    }
  })

  it('addresses a real place in the profile with every row', () => {
    for (const f of FIELDS) {
      const path = f.path.replace('*', '2025')
      const p = emptyProfile('2026-11-26')
      setAnswer(p, path, 1)
      expect(getAnswer(p, path), path).toBe(1)
    }
  })

  it('labels every field in both languages, long and short, and says who answers it and which law defines it', () => {
    for (const f of FIELDS) {
      for (const t of [f.label, f.short]) expect(t.zh && t.en, f.path).toBeTruthy()
      expect(f.term && f.source, f.path).toBeTruthy()
    }
  })

  it('offers the one-click “none” only for optional amounts asked per fiscal year', () => {
    const withNone = FIELDS.filter((f) => f.none)
    expect(withNone.map((f) => f.path)).toContain('years.*.rd.entrustedOverseas')
    for (const f of withNone) expect([f.kind, !!f.years]).toEqual(['money', true])
  })

  it('writes a quantity in the field’s own unit: 200万元 is “200.00 万元”, not 2000000', () => {
    expect(quantityText('years.2025.salesRevenue', 2_000_000)).toBe('200.00 万元')
    expect(quantityText('staff.total', 12.5)).toBe('12.5 人')
    // in English a count of exactly one is singular: "1 person", "1 item"; 1.5 and 0 are plural
    expect(quantityText('staff.total', 1, 'en')).toBe('1 person')
    expect(quantityText('staff.total', 1.5, 'en')).toBe('1.5 persons')
    expect(quantityText('ip.classI', 1, 'en')).toBe('1 item')
    expect(quantityText('ip.classI', 0, 'en')).toBe('0 items')
    expect(fieldLabel('years.2025.salesRevenue', 'zh-CN')).toBe('2025年 销售收入')
  })
})
