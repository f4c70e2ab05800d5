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
    const typed = interpret('company.name', name, 'zh-CN')
    expect(typed.ok).toBe(false)
  })

  it('accepts 100 characters and refuses 101 with the count, never cutting the name', () => {
    expect(validateProfile(rawProfile({ company: { name: '字'.repeat(100) } })).ok).toBe(true)
    const r = validateProfile(rawProfile({ company: { name: '字'.repeat(101) } }))
    expect(problems(r)[0]!.message).toContain('101 个字')
    expect(interpret('company.name', '字'.repeat(101), 'zh-CN')).toMatchObject({ ok: false })
  })
})

describe('bounds in the field’s own unit', () => {
  it('gives head counts an upper bound: 10,000,000 persons pass, one more does not', () => {
    expect(validateProfile(rawProfile({ staff: { total: 10_000_000 } })).ok).toBe(true)
    expect(at(validateProfile(rawProfile({ staff: { total: 10_000_001 } })))).toEqual(['staff.total:too-large'])
    const typed = interpret('staff.total', '100000000000000', 'zh-CN')
    expect(typed).toMatchObject({ ok: false })
    expect(!typed.ok && typed.message).toContain('人')
  })

  it('says a too-large amount in 万元', () => {
    const typed = interpret('years.2025.salesRevenue', '1000000001', 'zh-CN')
    expect(!typed.ok && typed.message).toContain('1000000000.00 万元')
  })

  it('says a cross-field contradiction in 万元, not in yuan: 300万 above 200万', () => {
    const r = validateProfile(rawProfile({ years: [{ year: 2025, totalIncome: 2_000_000, hiTechIncome: 3_000_000 }] }))
    const m = problems(r)[0]!.message
    expect(m).toContain('高新技术产品（服务）收入为 300.00 万元，不能大于同年总收入 200.00 万元')
    expect(m).not.toContain('2000000')
  })

  it('says a staff contradiction in persons', () => {
    const r = validateProfile(rawProfile({ staff: { total: 10, scienceTech: 12.5 } }))
    expect(problems(r)[0]!.message).toContain('为 12.5 人，不能大于职工总数（高企口径） 10 人')
  })
})

describe('figures that cannot both be true (the field table’s notAbove pairs)', () => {
  it('refuses sales of 4,800万 beside a total income of 120万 in the same year, at the sales field, saying how to fix it', () => {
    // 总收入 = 收入总额 − 不征税收入 and 收入总额 includes 主营业务收入 + 其他业务收入 = 销售收入
    const r = validateProfile(rawProfile({ years: [{ year: 2025, salesRevenue: 48_000_000, totalIncome: 1_200_000 }] }))
    expect(at(r)).toEqual(['years.2025.salesRevenue:exceeds'])
    const m = problems(r)[0]!.message
    expect(m).toContain('2025年 销售收入为 4800.00 万元，不能大于同年总收入 120.00 万元')
    expect(m).toContain('总收入（收入总额减去不征税收入）包含销售收入')
    expect(m).toContain('请核对这两项')
  })

  it('accepts sales equal to total income, and compares only figures of the same year', () => {
    const equal = rawProfile({ years: [{ year: 2025, salesRevenue: 1_200_000, totalIncome: 1_200_000 }] })
    expect(validateProfile(equal).ok).toBe(true)
    // one fen more than the total income is a contradiction
    const fen = rawProfile({ years: [{ year: 2025, salesRevenue: 1_200_000.01, totalIncome: 1_200_000 }] })
    expect(at(validateProfile(fen))).toEqual(['years.2025.salesRevenue:exceeds'])
    const other = rawProfile({
      years: [
        { year: 2024, salesRevenue: 48_000_000 },
        { year: 2025, totalIncome: 1_200_000 },
      ],
    })
    expect(validateProfile(other).ok).toBe(true)
  })

  it('refuses net assets above total assets of the same year end, and Class II used before above Class II', () => {
    const assets = rawProfile({ years: [{ year: 2024, netAssets: 5_000_000, totalAssets: 4_000_000 }] })
    expect(at(validateProfile(assets))).toEqual(['years.2024.netAssets:exceeds'])
    const ip = rawProfile({ ip: { classII: 3, classIIUsedBefore: 4 } })
    expect(at(validateProfile(ip))).toEqual(['ip.classIIUsedBefore:exceeds'])
    expect(problems(validateProfile(ip))[0]!.message).toContain('为 4 项，不能大于Ⅱ类知识产权数量 3 项')
  })

  it('lets net assets be negative whatever the total assets', () => {
    expect(validateProfile(rawProfile({ years: [{ year: 2024, netAssets: -500, totalAssets: 0 }] })).ok).toBe(true)
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
