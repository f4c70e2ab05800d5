import { describe, it, expect } from 'vitest'
import { fieldLabel } from '@/composables/field-labels'
import { stepFields } from '@/wizard/steps'
import { emptyProfile } from '@/profile/types'

describe('fieldLabel', () => {
  it.each([
    ['years.2025.salesRevenue', 'zh-CN', '2025年 销售收入'],
    ['years.2025.salesRevenue', 'en', '2025 Sales revenue'],
    ['years.2024.rd.inHouse', 'zh-CN', '2024年 自行研发费用（高企口径）'],
    ['years.2025.rdTax.items1to5', 'en', '2025 Items 1–5 (super-deduction definition)'],
    // one label per field: the wizard's, with the HNTE definition named (it was 科技人员数 here, issue #12)
    ['staff.scienceTech', 'zh-CN', '科技人员数（高企口径）'],
    ['tax.taxableIncome', 'en', 'Taxable income (before incentives)'],
  ])('names %s in %s as %s', (path, locale, label) => {
    expect(fieldLabel(path, locale)).toBe(label)
  })

  it('gives the short form for tables when asked', () => {
    expect(fieldLabel('staff.total', 'zh-CN', 'short')).toBe('职工总数')
    expect(fieldLabel('years.2025.rd.entrustedOverseas', 'en', 'short')).toBe('2025 Commissioned R&D, abroad')
  })

  it('returns an unknown path as it is rather than inventing a name', () => {
    expect(fieldLabel('company.nickname', 'zh-CN')).toBe('company.nickname')
    expect(fieldLabel('years.2025.profit', 'en')).toBe('years.2025.profit')
  })

  it('names every field the wizard asks, in both languages', () => {
    const profile = { ...emptyProfile('2026-11-26'), company: { registeredOn: '2015-01-01' } }
    const steps = ['start', 'company', 'staff', 'finance', 'rd', 'ip', 'transformation', 'compliance', 'tax'] as const
    const paths = steps.flatMap((s) => stepFields(s, profile))
    expect(paths.length).toBeGreaterThan(40)
    for (const locale of ['zh-CN', 'en']) {
      expect(paths.filter((p) => fieldLabel(p, locale) === p)).toEqual([])
    }
  })
})
