// issue #8 §3/§8: extra R&D in 2026 (the assessment year) on a firm whose 2025 R&D is not answered at all. The
// firm's own projection then leaves 2026's R&D unanswered too, and the lever used to be dropped there: the plan
// read as if 2,402,000 yuan of extra R&D changed nothing. Now 2026 is "at least the extra", a lower bound.
//
// Worked by hand (国科发火〔2016〕32号 第十一条（五）: last year's sales ≤ 5,000万 → Σ R&D ÷ Σ sales ≥ 5%).
// 2027 application, window 2024–2026. Sales 1,400万 → 1,960万 = +40%, so 2026 = 1,960万 × 1.4 = 2,744万 (≤ 5,000万).
// Σ sales = 1,400万 + 1,960万 + 2,744万 = 6,104万; 5% = 305.2万. Answered R&D: 2024 65万 (2025, 2026 blank).
// With x in 2026: at least 65万 + x ≥ 305.2万 ⇔ x ≥ 240.2万 = 2,402,000 yuan: passes at exactly that; one fen
// less is still 待确认 (2025 is unanswered and can only add), never ✗.
// Before the fix: 2026 R&D stayed blank whatever x, so at x = 2,402,000 the check was 待确认 on 65万 alone.
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/rules'
import { applyLevers, baselineFor, NO_LEVERS } from '../../src/planner/levers'
import { firm } from './fixtures'

const p = () =>
  firm(undefined, (x) => {
    const y2025 = x.years.find((y) => y.year === 2025)!
    delete y2025.rd
    delete y2025.rdTax
  })
const NEED = 2_402_000
const lever = (x: number) => ({ ...NO_LEVERS, extraRdYuan: x })
const y2026 = (x: number) => applyLevers(p(), lever(x)).years.find((y) => y.year === 2026)!
const intensity = (profile: ReturnType<typeof p>) =>
  assess(profile).hnte.checks.find((c) => c.id === 'hnte.rd-intensity')!

describe('extra R&D on a year whose in-house amount is unanswered', () => {
  it('before (the firm’s own projection, as the dropped lever left it): 2026 blank, 待确认 on 65万 alone', () => {
    const own = baselineFor(p(), lever(NEED))
    expect(own.years.find((y) => y.year === 2026)!.rd).toBeUndefined()
    const c = intensity(own)
    expect(c.status).toBe('unknown')
    expect(c.value).toBeCloseTo(650_000 / 61_040_000, 10)
  })

  it('after: 2026 is at least the extra under both definitions, the other parts still unanswered', () => {
    expect(y2026(NEED).rd).toEqual({ inHouse: 2_402_000 })
    expect(y2026(NEED).rdTax).toEqual({ items1to5: 2_402_000 })
  })

  it('passes at exactly 2,402,000 yuan (at least 5%) and is 待确认, not ✗, one fen less', () => {
    const at = intensity(applyLevers(p(), lever(NEED)))
    expect(at.status).toBe('pass')
    expect(at.value).toBe(0.05)
    expect(intensity(applyLevers(p(), lever(NEED - 0.01))).status).toBe('unknown')
  })

  it('keeps a given year partly answered: with every other part answered, 其他费用 becomes unanswered', () => {
    const q = p()
    q.years.push({
      year: 2026,
      salesRevenue: 27_440_000,
      rd: { other: 5, entrustedDomestic: 0, entrustedOverseas: 0 },
      rdTax: { otherRelated: 5, entrustedDomestic: 0, entrustedOverseas: 0 },
    })
    const out = applyLevers(q, lever(100)).years.find((y) => y.year === 2026)!
    expect(out.rd).toEqual({ inHouse: 100, entrustedDomestic: 0, entrustedOverseas: 0 })
    expect(out.rdTax).toEqual({ items1to5: 100, entrustedDomestic: 0, entrustedOverseas: 0 })
    expect(q.years.find((y) => y.year === 2026)!.rd).toEqual({ other: 5, entrustedDomestic: 0, entrustedOverseas: 0 })
  })
})
