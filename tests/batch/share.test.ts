// Rows of a pooled triage share their repeated parts (src/batch/share.ts): the rows read exactly as before, and
// rows with the same score range, blocking checks or first step hold one object for it.
import { describe, expect, it } from 'vitest'
import { triageCsv } from '../../src/batch/triage'
import { rowSharer } from '../../src/batch/share'
import { sheet } from '../../scripts/bench-data'

describe('rowSharer', () => {
  const rows = triageCsv(sheet(200)).rows
  const shared = structuredClone(rows).map(rowSharer())

  it('leaves every row as it was', () => {
    expect(shared).toEqual(rows)
  })

  it('gives rows with equal parts one object for each, and keeps a gap with an amount each row’s own', () => {
    const distinct = (f: (r: (typeof rows)[number]) => unknown) => new Set(rows.map((r) => JSON.stringify(f(r)))).size
    expect(new Set(shared.map((r) => r.hnteScore)).size).toBe(distinct((r) => r.hnteScore))
    expect(new Set(shared.map((r) => r.blockedBy)).size).toBe(distinct((r) => r.blockedBy))
    expect(new Set(shared.map((r) => r.firstStepMessage)).size).toBe(distinct((r) => r.firstStepMessage))
    expect(distinct((r) => r.blockedBy)).toBeLessThan(rows.length / 10)
    const amounts = shared.filter((r) => r.largestGap?.message.params?.wan !== undefined)
    expect(amounts.length).toBeGreaterThan(1)
    expect(new Set(amounts.map((r) => r.largestGap)).size).toBe(amounts.length)
  })
})
