import { describe, expect, it } from 'vitest'
import { registry } from '../../../src/engine/params'
import '../../../src/rules/incentives'
import '../../../src/rules/tech-sme/rule'
import '../../../src/rules/notices'

/** the parameters of this area: tech-SME, the super-deduction base, the incentives, the certificate */
const mine = registry.filter((p) => /^(tsme\.|rdTax\.|incentives\.|hnte\.certificateValidityYears$)/.test(p.id))

describe('tech-SME and incentive parameters', () => {
  it('are registered', () => {
    expect(mine.length).toBeGreaterThan(20)
  })

  it('have unique ids', () => {
    const ids = registry.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(mine.map((p) => [p.id, p] as const))('%s: sorted, non-overlapping, cited history', (_id, p) => {
    expect(p.label).not.toBe('')
    p.history.forEach((h, i) => {
      expect(h.cite.doc).not.toBe('')
      expect(h.cite.article).not.toBe('')
      if (h.to) expect(h.from <= h.to).toBe(true)
      const prev = p.history[i - 1]
      if (prev) expect(prev.to !== undefined && prev.to < h.from).toBe(true)
    })
  })
})
