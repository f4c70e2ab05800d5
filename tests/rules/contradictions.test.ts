// Figures that cannot both be true decide nothing (issue #8): the newcomer's 销售收入 4,800万 beside 总收入 120万.
// Expected values worked by hand from 国科发火〔2016〕32号 第十一条（四）（六）.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { assess } from '../../src/rules/index'
import type { Assessment } from '../../src/engine/types'
import type { FirmProfile } from '../../src/profile/types'

const strong = (): FirmProfile =>
  JSON.parse(readFileSync(new URL('../../examples/strong-hnte.json', import.meta.url), 'utf8')) as FirmProfile
const check = (a: Assessment, id: string) => [...a.hnte.checks, ...a.techSme.checks].find((c) => c.id === id)!

/** strong-hnte with its 2025 figures replaced */
function with2025(figures: Partial<FirmProfile['years'][number]>): FirmProfile {
  const p = strong()
  p.years = p.years.map((y) => (y.year === 2025 ? { ...y, ...figures } : y))
  return p
}

describe('contradicting figures', () => {
  it('leaves the high-tech income share to be confirmed when 2025 sales (4,800万) exceed total income (120万)', () => {
    // 高新收入 100万 ÷ 总收入 120万 = 83.33% ≥ 60% would pass; but 总收入 includes 销售收入, so one figure is wrong
    const consistent = assess(with2025({ salesRevenue: 1_200_000, totalIncome: 1_200_000, hiTechIncome: 1_000_000 }))
    expect(check(consistent, 'hnte.hitech-income-share').status).toBe('pass')
    const a = assess(with2025({ salesRevenue: 48_000_000, totalIncome: 1_200_000, hiTechIncome: 1_000_000 }))
    const share = check(a, 'hnte.hitech-income-share')
    expect(share.status).toBe('unknown')
    expect(share.note?.key).toBe('notices.contradiction-check')
    expect(share.note?.params?.fields).toBe('years.2025.salesRevenue、years.2025.totalIncome')
    // the sales figure is not used either: R&D intensity and the tech-SME revenue limit wait for the correction
    expect(check(a, 'hnte.rd-intensity').status).toBe('unknown')
    expect(check(a, 'tsme.revenue-limit').status).toBe('unknown')
    expect(a.hnte.status).not.toBe('eligible')
    const warning = a.notices.find((n) => n.message.key === 'notices.contradiction')
    expect(warning?.level).toBe('warning')
    expect(warning?.message.text).toContain('years.2025.salesRevenue、years.2025.totalIncome')
  })

  it('does not pass the high-tech share on high-tech income above total income', () => {
    // 1,000万 ÷ 120万 = 833% would pass 60%
    const a = assess(with2025({ hiTechIncome: 10_000_000, totalIncome: 1_200_000, salesRevenue: 1_000_000 }))
    expect(check(a, 'hnte.hitech-income-share').status).toBe('unknown')
  })

  it('does not pass the S&T staff share on more S&T staff than staff', () => {
    // 300 ÷ 260 = 115% would pass 10%; 26 ÷ 260 = exactly 10% passes (不低于)
    const p = strong()
    p.staff = { total: 260, scienceTech: 300 }
    expect(check(assess(p), 'hnte.st-staff-ratio').status).toBe('unknown')
    p.staff = { total: 260, scienceTech: 26 }
    expect(check(assess(p), 'hnte.st-staff-ratio').status).toBe('pass')
  })

  it('changes nothing for consistent figures: the same assessment as before', () => {
    const p = strong()
    const a = assess(p)
    expect(a.notices.some((n) => n.message.key === 'notices.contradiction')).toBe(false)
    expect(check(a, 'hnte.hitech-income-share').status).toBe('pass')
  })

  it('never passes the high-tech share on a year whose sales or high-tech income exceed its total income', () => {
    const fen = fc.integer({ min: 0, max: 20_000_000_000 }).map((f) => f / 100)
    fc.assert(
      fc.property(fen, fen, fen, (salesRevenue, totalIncome, hiTechIncome) => {
        const a = assess(with2025({ salesRevenue, totalIncome, hiTechIncome }))
        const contradicted = salesRevenue > totalIncome || hiTechIncome > totalIncome
        if (contradicted) expect(check(a, 'hnte.hitech-income-share').status).toBe('unknown')
        // no total income at all leaves the share undefined (unknown) for its own reason
        else if (totalIncome > 0) expect(check(a, 'hnte.hitech-income-share').status).not.toBe('unknown')
      }),
      { numRuns: 300 },
    )
  })
})
