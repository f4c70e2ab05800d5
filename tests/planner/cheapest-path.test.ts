import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { cheapestPaths, findPaths } from '../../src/planner/cheapest-path'
import { applyLevers, NO_LEVERS, type Levers } from '../../src/planner/levers'
import { assess } from '../../src/rules'
import type { FirmProfile } from '../../src/profile/types'
import { firm } from './fixtures'
import { ownGrowth, projectedProfile } from '../../src/planner/projection'

const status = (p: FirmProfile, levers: Levers, program: 'hnte' | 'techSme' = 'hnte') =>
  assess(applyLevers(p, levers))[program].status
const example = (name: string): FirmProfile => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as FirmProfile

describe('cheapestPaths', () => {
  // issue #8 §8: extra R&D acts on 2026, the year the firm can still change, through the projection (its own
  // growth), for an application in 2027: 2025 is closed. Own growth: sales 1,400万 → 1,960万 = 40%; R&D share
  // 76.4万 ÷ 1,960万 = 3.898% → 3.90% (to 0.01 point). 2026: sales 2,744万, R&D 3.9% = 107.016万.
  // 2027 window 2024–2026: Σ sales 6,104万, last 2,744万 ≤ 5,000万 → 5% = 305.2万;
  // Σ R&D 65 + 76.4 + 107.016 = 248.416万 → 56.784万 short.
  const projected = (p: FirmProfile, extra: number) =>
    assess(projectedProfile(p, { ...ownGrowth(p).assumptions, extraRdThisYear: extra }, 2027)).hnte.status

  it('finds the fen-exact extra R&D in 2026 for a 2027 application: 567,840.00 works, 567,839.99 does not', () => {
    const p = firm()
    const step = cheapestPaths(p, 'hnte').find((s) => s.lever === 'extraRdYuan')
    expect(step).toMatchObject({ amount: 567_840, status: 'eligible', minimal: true, applicationYear: 2027 })
    expect(step!.label.text).toBe('2026 年研发费用增加 56.78 万元（计入 2027 年申报的近三年研发费用）')
    expect(projected(p, 567_840)).toBe('eligible')
    expect(projected(p, 567_839.99)).toBe('ineligible')
  })

  it('never changes a closed year: the 2025 R&D of the scenario is the firm’s own', () => {
    const p = firm()
    const after = projectedProfile(p, { ...ownGrowth(p).assumptions, extraRdThisYear: 567_840 }, 2027)
    expect(after.years.find((y) => y.year === 2025)?.rd?.inHouse).toBe(764_000)
    expect(after.years.find((y) => y.year === 2026)?.rd?.inHouse).toBe(1_070_160 + 567_840)
  })

  it('finds the whole persons to hire: 3 for 8 of 100 S&T staff, and 2 are not enough', () => {
    const p = firm([600_000, 700_000, 900_000], (x) => {
      x.staff = { total: 100, scienceTech: 8 }
    })
    const step = cheapestPaths(p, 'hnte').find((s) => s.lever === 'hireScienceStaff')
    expect(step).toMatchObject({ amount: 3, unit: 'persons' })
    expect(status(p, { ...NO_LEVERS, hireScienceStaff: 2 })).toBe('ineligible')
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

  it('reports only changes that make assess() say eligible', () => {
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
        for (const step of cheapestPaths(p, program)) expect(status(p, step.levers, program)).toBe('eligible')
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
