// Untrusted input never crashes the readers: any text is a profile file or a problem list, any CSV a triage.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseProfileText } from '../../src/profile/parse'
import { templateCsv, triageCsv } from '../../src/batch'

const header = templateCsv('2026-11-26')
  .replace(/^\uFEFF/, '')
  .split('\r\n')[0]!

describe('untrusted input', () => {
  it('parseProfileText answers every text with a profile or problems, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const r = parseProfileText(text)
          if (!r.ok) expect(r.problems.length).toBeGreaterThan(0)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('triageCsv takes any rows under the template header: each imported or reported by row number', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('是', '否', '12.5', '-3', '2025-01-01', ''))
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 60 }), { maxLength: 6 }), (rows) => {
        const text = [header, ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\r\n')
        const r = triageCsv(text, { defaultAssessmentDate: '2026-11-26' })
        const blank = rows.filter((row) => row.every((c) => c.trim() === '')).length
        expect(r.rows.length + r.errors.length).toBe(rows.length - blank)
        for (const e of r.errors) expect(e.row).toBeGreaterThanOrEqual(2)
      }),
      { numRuns: 150 },
    )
  })
})
