// issue #8 §8: levers on figures the law reads from a closed period count from the first application whose period
// the firm can still change. Worked from the law, not from the engine:
// - S&T staff share (国科发火〔2016〕32号 第十一条（四）; 工作指引: 科技人员 and 职工总数 are full-year monthly averages of
//   the year before the application, and a 科技人员 has worked at least 183 days in that year). On 2026-11-26 only
//   36 days of 2026 remain (26–30 Nov 5, Dec 31): a hire counts from the 2027 average, for a 2028 application.
//   The last day that leaves 183 days is 2 July (2 Jul–31 Dec = 30 + 31 + 31 + 30 + 31 + 30), in a leap year too.
// - Transformations (工作指引 三（七）2, 近三年内: the three fiscal years before the application): 2026's count for
//   2027 (window 2024–2026). The profile holds one three-year count: the moved window is assumed to keep it.
// - IP counts when granted before the application date (工作指引 三（二）6): the assessment's own application.
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/rules'
import { applyLevers, baselineFor, hireYear, leverYear, NO_LEVERS, scenarioYear } from '../../src/planner/levers'
import { cheapestPaths } from '../../src/planner/cheapest-path'
import { firm } from './fixtures'
import type { FirmProfile } from '../../src/profile/types'

/**
 * R&D 10% of sales every year (80 / 100 / 196万 on 1,000 / 1,400 / 1,960万 → own growth +40%, R&D share 10%), so
 * every projected window passes (5% band: last-year sales ≤ 5,000万); staff 100 with 8 S&T: 8% < 10%.
 * (8 + n) ÷ (100 + n) ≥ 10% ⇔ 9n ≥ 20 ⇔ n ≥ 2.22…: 2.23 persons of average pass (10.23 ÷ 102.23 = 10.007%),
 * 2.22 fail (10.22 ÷ 102.22 = 9.998%); in whole persons 3 pass and 2 fail (10 ÷ 102 = 9.80%).
 */
const short = (date = '2026-11-26') =>
  firm([800_000, 1_000_000, 1_960_000], (x) => {
    x.assessmentDate = date
    x.staff = { total: 100, scienceTech: 8 }
  })
const hnte = (p: FirmProfile, n: number) => assess(applyLevers(p, { ...NO_LEVERS, hireScienceStaff: n })).hnte
const ratio = (p: FirmProfile, n: number) => hnte(p, n).checks.find((c) => c.id === 'hnte.st-staff-ratio')!

describe('the hire lever counts from the first year a hire can still work 183 days in', () => {
  it.each([
    ['2026-11-26', 2027],
    ['2026-07-03', 2027],
    ['2026-07-02', 2026],
    ['2026-01-01', 2026],
    ['2028-07-02', 2028],
    ['2028-07-03', 2029],
  ])('on %s hires raise the %i average', (date, year) => {
    expect(hireYear(short(date))).toBe(year)
    expect(leverYear(short(date), 'hireScienceStaff')).toBe(year + 1)
  })

  it('on 2026-11-26 assesses them for 2028, with the firm’s own projection as the comparison', () => {
    const levers = { ...NO_LEVERS, hireScienceStaff: 3 }
    expect(scenarioYear(short(), levers)).toBe(2028)
    expect(applyLevers(short(), levers).assessmentDate).toBe('2028-11-26')
    expect(applyLevers(short(), levers).staff).toEqual({ total: 103, scienceTech: 11 })
    const own = assess(baselineFor(short(), levers)).hnte
    expect(own.checks.find((c) => c.id === 'hnte.st-staff-ratio')!.status).toBe('fail')
  })

  it('passes at 2.23 persons of average and fails at 2.22; 3 whole persons pass, 2 do not', () => {
    expect(ratio(short(), 2.23).status).toBe('pass')
    expect(ratio(short(), 2.22).status).toBe('fail')
    expect(hnte(short(), 3).status).toBe('eligible')
    expect(hnte(short(), 2).status).toBe('ineligible')
  })

  it.each([
    ['2026-11-26', 2027, 2028],
    ['2026-07-02', 2026, 2027],
  ])('on %s the cheapest path hires 3 on the %i average, for %i, and says so', (date, year, next) => {
    const step = cheapestPaths(short(date), 'hnte').find((s) => s.lever === 'hireScienceStaff')
    expect(step).toMatchObject({ amount: 3, unit: 'persons', applicationYear: next, status: 'eligible' })
    expect(step!.label.text).toBe(
      `${year} 年科技人员全年月平均数增加 3 人（新增人员须在 ${year} 年累计工作满 183 天；计入 ${next} 年申报）`,
    )
  })

  it('the checklist names the same years for the staff gap', () => {
    const item = (date: string) =>
      assess(short(date)).checklist.find((c) => c.detail?.text.includes('需新增科技人员'))!.detail!.text
    expect(item('2026-11-26')).toContain('需新增科技人员 3 人')
    expect(item('2026-11-26')).toContain('现在起到岗的人员最早计入 2027 年，即 2028 年申报')
    expect(item('2026-07-02')).toContain('现在起到岗的人员最早计入 2026 年，即 2027 年申报')
  })
})

describe('transformations count from next year’s window, IP from this application', () => {
  /** 3 transformations over 2023–2025: average 1 → band E 1–6 (工作指引 三（七）2: ≥5 A … ≥1 E) */
  const three = () => firm([800_000, 1_000_000, 1_960_000], (x) => (x.transformations = 3))
  const part = (n: number) =>
    assess(applyLevers(three(), { ...NO_LEVERS, extraTransformations: n })).hnte.score.parts.find(
      (p) => p.id === 'hnte.score.transformation',
    )!

  it('puts 2026’s transformations into the 2027 application, never the closed 2023–2025 window', () => {
    const out = applyLevers(three(), { ...NO_LEVERS, extraTransformations: 3 })
    expect(out.assessmentDate).toBe('2027-11-26')
    expect(out.transformations).toBe(6)
    expect(leverYear(three(), 'extraTransformations')).toBe(2027)
  })

  it('2024–2026 with 3 + 3 = 6 → average 2 → band D 7–12; with 3 + 2 = 5 → 1.67 → still E 1–6', () => {
    expect([part(3).min, part(3).max]).toEqual([7, 12])
    expect([part(2).min, part(2).max]).toEqual([1, 6])
  })

  it('new IP stays on the assessment’s own application (granted before it)', () => {
    const levers = { ...NO_LEVERS, newClassI: 1 }
    expect(scenarioYear(three(), levers)).toBe(2026)
    expect(applyLevers(three(), levers).assessmentDate).toBe('2026-11-26')
    expect(leverYear(three(), 'newClassII')).toBe(2026)
  })
})
