// Walks every parameter the rules declare (importing src/rules/index.ts registers them all).
import { describe, expect, it } from 'vitest'
import '../../src/rules/index'
import { registry } from '../../src/engine/params'
import { isIsoDate } from '../../src/engine/dates'

describe('parameter registry', () => {
  it('is not empty', () => {
    expect(registry.length).toBeGreaterThan(0)
  })

  it('has unique ids', () => {
    const ids = registry.map((p) => p.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  describe.each(registry.map((p) => [p.id, p] as const))('%s', (_, p) => {
    it('has a label and a non-empty history', () => {
      expect(p.label.trim()).not.toBe('')
      expect(p.history.length).toBeGreaterThan(0)
    })

    it('has valid dates, each period ending on or after it starts', () => {
      for (const h of p.history) {
        expect(isIsoDate(h.from), h.from).toBe(true)
        if (h.to !== undefined) {
          expect(isIsoDate(h.to), h.to).toBe(true)
          expect(h.to >= h.from).toBe(true)
        }
      }
    })

    it('is sorted by start date with no overlapping periods', () => {
      for (let i = 1; i < p.history.length; i++) {
        const prev = p.history[i - 1]!
        const cur = p.history[i]!
        expect(cur.from > prev.from, `${cur.from} after ${prev.from}`).toBe(true)
        expect(prev.to !== undefined && prev.to < cur.from, `${prev.from}–${prev.to ?? '…'} overlaps ${cur.from}`).toBe(
          true,
        )
      }
    })

    it('cites a document and an article for every value', () => {
      for (const h of p.history) {
        expect(h.cite.doc.trim()).not.toBe('')
        expect(h.cite.article.trim()).not.toBe('')
      }
    })
  })
})
