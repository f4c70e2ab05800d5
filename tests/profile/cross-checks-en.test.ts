// The checks between answers speak the reader's language: an English page must not show the Chinese sentence.
// Expected texts written by hand from the field table's labels and the one formatter's English money (CNY).
import { describe, expect, it } from 'vitest'
import { crossFieldProblems } from '../../src/profile/cross-checks'
import { problemInLanguage } from '../../src/profile/problems'
import type { FirmProfile } from '../../src/profile/types'
import { rawProfile } from './helpers'

const profile = (over: Record<string, unknown>) => rawProfile(over) as unknown as FirmProfile

describe('cross-field problems in both languages', () => {
  it('sales of 4,800万 beside total income of 120万: the newcomer’s case, in Chinese and in English', () => {
    const [p] = crossFieldProblems(
      profile({ years: [{ year: 2025, salesRevenue: 48_000_000, totalIncome: 1_200_000 }] }),
    )
    expect(p?.path).toBe('years.2025.salesRevenue')
    expect(problemInLanguage(p!, 'zh-CN')).toBe(
      '2025年 销售收入为 4800.00 万元，不能大于同年总收入 120.00 万元：总收入（收入总额减去不征税收入）包含销售收入。' +
        '请核对这两项（两项金额均以万元填写，请留意是否把元当作万元）',
    )
    expect(problemInLanguage(p!, 'en')).toBe(
      '2025 Sales revenue is CNY 48,000,000.00, more than Total income of the same year (CNY 1,200,000.00): ' +
        'total income (all revenue less non-taxable income) includes sales. ' +
        'Check both answers (both are entered in 10k yuan: was an amount typed in yuan?).',
    )
  })

  it('gives every cross-field problem an English form with no Chinese in it', () => {
    const all = crossFieldProblems(
      profile({
        company: { registeredOn: '2026-12-01' },
        credentials: { hnteCertifiedOn: '2026-12-01', techSmeRegistrationYear: 2027, hnteCancelledYear: 2027 },
        staff: { scienceTechSme: 30, totalSme: 20 },
        tax: { taxYear: 2020 },
        years: [{ year: 2024, rd: { inHouse: 0.1, other: 0.2, inHouseAbroad: 0.31 } }],
      }),
    )
    expect(all.map((p) => p.path).sort()).toEqual([
      'company.registeredOn',
      'credentials.hnteCancelledYear',
      'credentials.hnteCertifiedOn',
      'credentials.techSmeRegistrationYear',
      'staff.scienceTechSme',
      'tax.taxYear',
      'years.2024.rd.inHouseAbroad',
    ])
    for (const p of all) expect(problemInLanguage(p, 'en')).not.toMatch(/[\u4e00-\u9fff]/)
    expect(
      problemInLanguage(
        all.find((p) => p.path === 'tax.taxYear')!,
        'en',
      ),
    ).toBe("The tax year is 2026 (this year's estimate) or 2025 (last year's annual settlement): choose again")
  })
})
