import { describe, it, expect } from 'vitest'
import { anyUnverified, checklistInDateOrder } from '@/print/sheet'
import type { ChecklistItem } from '@/engine/types'
import { assess } from '@/rules/index'
import { exampleProfile } from './fixtures'

const item = (id: string, by?: string): ChecklistItem => ({
  id,
  because: [],
  title: { key: id, text: id },
  group: 'fix',
  ...(by ? { by } : {}),
})

describe('checklistInDateOrder', () => {
  it('puts the earliest date first and undated items last, keeping the engine order among equals', () => {
    const items = [
      item('u1'),
      item('late', '2027-05-31'),
      item('early', '2026-12-31'),
      item('u2'),
      item('late2', '2027-05-31'),
    ]
    expect(checklistInDateOrder(items).map((i) => i.id)).toEqual(['early', 'late', 'late2', 'u1', 'u2'])
  })

  it('leaves the given list as it was', () => {
    const items = [item('b', '2027-01-01'), item('a', '2026-01-01')]
    checklistInDateOrder(items)
    expect(items.map((i) => i.id)).toEqual(['b', 'a'])
  })
})

describe('anyUnverified', () => {
  it('is true when a check or incentive rests on secondary sources and false once none does', () => {
    const a = assess(exampleProfile('rd-short'))
    expect(anyUnverified(a)).toBe(true)
    const strip = <T extends { unverified?: boolean }>(xs: T[]) => xs.map((x) => ({ ...x, unverified: false }))
    const clean = {
      ...a,
      hnte: { ...a.hnte, checks: strip(a.hnte.checks) },
      techSme: { ...a.techSme, checks: strip(a.techSme.checks) },
      incentives: strip(a.incentives),
    }
    expect(anyUnverified(clean)).toBe(false)
  })
})
