// Issue #9 items 7–8 and the new questions of issue #8: firm names, bounds, units in messages, year answers.
import { describe, expect, it } from 'vitest'
import { validateProfile, type ValidationResult } from '../../src/profile/validate'
import { interpret } from '../../src/wizard/answers'
import { rawProfile } from './helpers'

const problems = (r: ValidationResult) => (r.ok ? [] : r.problems)
const at = (r: ValidationResult) => problems(r).map((p) => `${p.path}:${p.code}`)

describe('firm names', () => {
  it.each([
    ['a right-to-left override', 'ABC\u202EDEF公司'],
    ['a left-to-right isolate', '\u2066某公司\u2069'],
    ['a NUL', '某\u0000公司'],
    ['a line break', '某\n公司'],
  ])('refuses %s, saying what to remove', (_, name) => {
    const r = validateProfile(rawProfile({ company: { name } }))
    expect(at(r)).toEqual(['company.name:name-character'])
    expect(problems(r)[0]!.message).toContain('控制字符')
    const typed = interpret('company.name', name)
    expect(typed.ok).toBe(false)
  })

  it('accepts 100 characters and refuses 101 with the count, never cutting the name', () => {
    expect(validateProfile(rawProfile({ company: { name: '字'.repeat(100) } })).ok).toBe(true)
    const r = validateProfile(rawProfile({ company: { name: '字'.repeat(101) } }))
    expect(problems(r)[0]!.message).toContain('101 个字')
    expect(interpret('company.name', '字'.repeat(101))).toMatchObject({ ok: false })
  })
})

describe('bounds in the field’s own unit', () => {
  it('gives head counts an upper bound: 10,000,000 persons pass, one more does not', () => {
    expect(validateProfile(rawProfile({ staff: { total: 10_000_000 } })).ok).toBe(true)
    expect(at(validateProfile(rawProfile({ staff: { total: 10_000_001 } })))).toEqual(['staff.total:too-large'])
    const typed = interpret('staff.total', '100000000000000')
    expect(typed).toMatchObject({ ok: false })
    expect(!typed.ok && typed.message).toContain('人')
  })

  it('says a too-large amount in 万元', () => {
    const typed = interpret('years.2025.salesRevenue', '1000000001')
    expect(!typed.ok && typed.message).toContain('1000000000.00 万元')
  })

  it('says a cross-field contradiction in 万元, not in yuan: 300万 above 200万', () => {
    const r = validateProfile(rawProfile({ years: [{ year: 2025, totalIncome: 2_000_000, hiTechIncome: 3_000_000 }] }))
    const m = problems(r)[0]!.message
    expect(m).toContain('（300.00 万元）不能大于总收入（200.00 万元）')
    expect(m).not.toContain('2000000')
  })

  it('says a staff contradiction in persons', () => {
    const r = validateProfile(rawProfile({ staff: { total: 10, scienceTech: 12.5 } }))
    expect(problems(r)[0]!.message).toContain('（12.5 人）不能大于职工总数（10 人）')
  })
})

describe('the new year answers', () => {
  it('keeps the tech-SME registration year, the HNTE cancellation year and the tax year', () => {
    const r = validateProfile(
      rawProfile({
        credentials: { techSmeRegistrationYear: 2025, hnteCancelledYear: 2024 },
        tax: { taxYear: 2025 },
        ip: { coOwnedExcluded: true, grantedBeforeApplication: false },
      }),
    )
    expect(r.ok && r.profile.credentials).toEqual({ techSmeRegistrationYear: 2025, hnteCancelledYear: 2024 })
    expect(r.ok && r.profile.tax.taxYear).toBe(2025)
    expect(r.ok && r.profile.ip).toEqual({ coOwnedExcluded: true, grantedBeforeApplication: false })
  })

  it('refuses a registration year before tech-SME registration existed (2017) or after the assessment year', () => {
    expect(at(validateProfile(rawProfile({ credentials: { techSmeRegistrationYear: 2016 } })))).toEqual([
      'credentials.techSmeRegistrationYear:too-small',
    ])
    expect(at(validateProfile(rawProfile({ credentials: { techSmeRegistrationYear: 2027 } })))).toEqual([
      'credentials.techSmeRegistrationYear:after-assessment',
    ])
  })

  it('accepts as tax year the assessment year or the one before, nothing else', () => {
    for (const taxYear of [2026, 2025]) expect(validateProfile(rawProfile({ tax: { taxYear } })).ok).toBe(true)
    expect(at(validateProfile(rawProfile({ tax: { taxYear: 2024 } })))).toEqual(['tax.taxYear:tax-year'])
  })
})
