import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { cheapestPaths, findPaths } from '../../src/planner/cheapest-path'
import { applyLevers, baselineFor, NO_LEVERS, type Levers } from '../../src/planner/levers'
import { assess } from '../../src/rules'
import type { FirmProfile } from '../../src/profile/types'
import { firm } from './fixtures'

const status = (p: FirmProfile, levers: Levers, program: 'hnte' | 'techSme' = 'hnte') =>
  assess(applyLevers(p, levers))[program].status
const example = (name: string): FirmProfile => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as FirmProfile

describe('cheapestPaths', () => {
  // issue #8 §8: on 2026-11-26 the window 2023–2025 is closed, so for 2026 R&D cannot change. Extra R&D is spent in
  // 2026 and counts for 2027 (国科发火〔2016〕32号 第十一条（五）: the last three fiscal years, 2024–2026). By hand,
  // from the firm's own growth: sales 1,400万 → 1,960万 = +40%; R&D 76.4万 ÷ 1,960万 = 3.898% → 3.90% (0.01 point).
  // 2026: sales 1,960万 × 1.4 = 2,744万, R&D 2,744万 × 3.9% = 107.016万. Last-year sales 2,744万 ≤ 5,000万 → 5%:
  // Σ sales 1,400 + 1,960 + 2,744 = 6,104万 → 305.2万 needed; Σ R&D 65 + 76.4 + 107.016 = 248.416万 → 56.784万 short.
  it('finds the fen-exact extra 2026 R&D for a 2027 application: 567,840.00 works, 567,839.99 does not', () => {
    const p = firm()
    const step = cheapestPaths(p, 'hnte').find((s) => s.lever === 'extraRdYuan')
    expect(step).toMatchObject({ amount: 567_840, status: 'eligible', minimal: true, applicationYear: 2027 })
    expect(step!.label.text).toBe('2026 年研发费用增加 56.78 万元（计入 2027 年申报的 2024–2026 年研发费用合计）')
    const rd = (x: number) => assess(applyLevers(p, { ...NO_LEVERS, extraRdYuan: x })).hnte
    expect(rd(567_840).checks.find((c) => c.id === 'hnte.rd-intensity')).toMatchObject({ status: 'pass', value: 0.05 })
    expect(rd(567_840).status).toBe('eligible')
    const short = rd(567_839.99).checks.find((c) => c.id === 'hnte.rd-intensity')
    expect(short).toMatchObject({ status: 'fail', gap: 0.01 })
    expect(rd(567_839.99).status).toBe('ineligible')
    // 2026's own window (2023–2025) stays 26.60万 short (218万 − 191.4万): no spending now can close it
    expect(rd(0).checks.find((c) => c.id === 'hnte.rd-intensity')?.gap).toBe(266_000)
  })

  it('never reports an R&D path for 2026 itself: that window is closed', () => {
    const p = firm()
    expect(cheapestPaths(p, 'hnte').every((s) => s.lever !== 'extraRdYuan' || s.applicationYear === 2027)).toBe(true)
    const own = assess(baselineFor(p, { ...NO_LEVERS, extraRdYuan: 1 })).hnte
    expect(own.checks.find((c) => c.id === 'hnte.rd-intensity')).toMatchObject({ status: 'fail', gap: 567_840 })
  })

  // Hires: see tests/planner/staff-lever.test.ts (they count from the 2027 average, for 2028, on 2026-11-26)
  it('finds no hire for a firm whose R&D fails in every year hires can count for (2027, 2028)', () => {
    // own growth: R&D 90万 ÷ 1,960万 = 4.59%; 2028 window 2025–2027: 90 + 125.97 + 176.36 = 392.33万 on 8,545.6万
    // = 4.59% < 5%: no number of S&T staff makes that application eligible; 2026's window passes but is closed to
    // hires (fewer than 183 days of 2026 are left)
    const p = firm([600_000, 700_000, 900_000], (x) => {
      x.staff = { total: 100, scienceTech: 8 }
    })
    expect(cheapestPaths(p, 'hnte').find((s) => s.lever === 'hireScienceStaff')).toBeUndefined()
    expect(status(p, { ...NO_LEVERS, hireScienceStaff: 50 })).toBe('ineligible')
  })

  it('finds a Class I patent for a firm with no IP, and ranks paths by planning cost', () => {
    const p = firm([600_000, 700_000, 900_000], (x) => {
      x.ip.classI = 0
    })
    const paths = cheapestPaths(p, 'hnte')
    expect(paths.map((s) => s.lever)).toContain('newClassI')
    expect(paths.find((s) => s.lever === 'newClassI')?.amount).toBe(1)
    expect(paths.map((s) => s.cost)).toEqual([...paths.map((s) => s.cost)].sort((a, b) => a - b))
  })

  it('reports only changes that make assess() say eligible, or borderline with only the score open and says so', () => {
    const firms = [
      firm(),
      firm([100_000, 100_000, 100_000], (x) => {
        x.staff.scienceTech = 5
      }),
      firm(undefined, (x) => {
        x.years[2]!.hiTechIncome = 1_000_000
      }),
      example('rd-short'),
    ]
    for (const p of firms)
      for (const program of ['hnte', 'techSme'] as const)
        for (const step of cheapestPaths(p, program)) {
          expect(status(p, step.levers, program)).toBe(step.status)
          if (step.status !== 'eligible')
            expect([program, step.status, step.label.text]).toEqual([
              'hnte',
              'borderline',
              expect.stringContaining('取决于专家'),
            ])
        }
  })

  it('reports the checks no lever can settle instead of a path', () => {
    const young = findPaths(
      firm(undefined, (x) => (x.company.registeredOn = '2026-03-01')),
      'hnte',
    )
    expect(young.paths).toEqual([])
    expect(young.blockedBy).toContain('hnte.registered-one-year')
    const wholesale = findPaths(example('wholesale'), 'techSme')
    expect(wholesale.blockedBy).toContain('tsme.industry')
    const incident = findPaths(
      firm(undefined, (x) => (x.record.majorIncidentPastYear = true)),
      'hnte',
    )
    expect(incident.blockedBy).toEqual(['hnte.no-major-incident'])
  })

  it('has nothing to suggest for an eligible firm', () => {
    const r = findPaths(firm([600_000, 700_000, 900_000]), 'hnte')
    expect(r).toMatchObject({ baseline: 'eligible', paths: [], blockedBy: [] })
  })

  it('stays within its evaluation budget', () => {
    expect(findPaths(firm(), 'hnte', { maxEvaluations: 5 }).evaluations).toBeLessThanOrEqual(6)
  })
})
