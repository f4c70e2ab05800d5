import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { cheapestPaths, findPaths } from '../../src/planner/cheapest-path'
import { applyLevers, NO_LEVERS, type Levers } from '../../src/planner/levers'
import { assess } from '../../src/rules'
import type { FirmProfile } from '../../src/profile/types'
import { firm } from './fixtures'

const status = (p: FirmProfile, levers: Levers, program: 'hnte' | 'techSme' = 'hnte') =>
  assess(applyLevers(p, levers))[program].status
const example = (name: string): FirmProfile => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as FirmProfile

describe('cheapestPaths', () => {
  it('finds the fen-exact R&D for a firm 26.60万 short: 266,000.00 works, 265,999.99 does not', () => {
    const p = firm()
    const [step] = cheapestPaths(p, 'hnte')
    expect(step).toMatchObject({ lever: 'extraRdYuan', amount: 266_000, status: 'eligible', minimal: true })
    expect(step!.label.text).toBe('2025 年研发费用增加 26.60 万元')
    expect(status(p, { ...NO_LEVERS, extraRdYuan: 266_000 })).toBe('eligible')
    expect(status(p, { ...NO_LEVERS, extraRdYuan: 265_999.99 })).toBe('ineligible')
  })

  it('finds less than the engine gap when extra in-house R&D also lifts the 20% cap on other costs', () => {
    // other costs 31.4万 capped at 25% of in-house 60万 = 15万: each extra yuan counts 1.25 yuan
    const p = firm([500_000, 650_000, 600_000], (x) => {
      x.years[2]!.rd!.other = 314_000
    })
    expect(assess(p).hnte.checks.find((c) => c.id === 'hnte.rd-intensity')?.gap).toBe(280_000)
    const step = cheapestPaths(p, 'hnte').find((s) => s.lever === 'extraRdYuan')
    expect(step?.amount).toBe(224_000)
    expect(status(p, { ...NO_LEVERS, extraRdYuan: 223_999.99 })).toBe('ineligible')
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
