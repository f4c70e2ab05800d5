import { describe, expect, it } from 'vitest'
import { evaluateTechSme } from '../../../src/rules/tech-sme/rule'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, lastYear } from './fixtures'

const check = (id: string, change: (p: FirmProfile) => void) => {
  const c = evaluateTechSme(ctxOf(change)).checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id}`)
  return c
}

describe('tech-SME conditions', () => {
  it('lists the seven checks in the stable order', () => {
    expect(evaluateTechSme(ctxOf()).checks.map((c) => c.id)).toEqual([
      'tsme.resident',
      'tsme.staff-limit',
      'tsme.revenue-limit',
      'tsme.assets-limit',
      'tsme.industry',
      'tsme.clean-record',
      'tsme.score',
    ])
  })

  it.each([
    [true, 'audit', 'pass'],
    [false, 'audit', 'fail'],
    [true, 'deemed', 'fail'],
    [undefined, 'deemed', 'fail'],
    [undefined, 'audit', 'unknown'],
    [true, undefined, 'unknown'],
  ] as const)('tsme.resident: resident %s, %s → %s', (resident, collection, status) => {
    expect(
      check('tsme.resident', (p) => {
        p.company.residentInMainland = resident
        p.company.taxCollection = collection
      }).status,
    ).toBe(status)
  })

  it.each([
    [{ total: 500 }, 'pass', undefined],
    [{ total: 500.01 }, 'fail', 0.01],
    [{ total: 600, totalSme: 500 }, 'pass', undefined], // the tech-SME count wins over the HNTE one
    [{ total: 100, totalSme: 500.01 }, 'fail', 0.01],
    [{}, 'unknown', undefined],
  ])('tsme.staff-limit: %o → %s', (staff, status, gap) => {
    const c = check('tsme.staff-limit', (p) => {
      p.staff = { ...staff, scienceTech: 10 }
    })
    expect(c.status).toBe(status)
    expect(c.gap).toBe(gap)
  })

  it.each([
    ['tsme.revenue-limit', 'salesRevenue', 200_000_000, 'pass'],
    ['tsme.revenue-limit', 'salesRevenue', 200_000_000.01, 'fail'],
    ['tsme.assets-limit', 'totalAssets', 200_000_000, 'pass'],
    ['tsme.assets-limit', 'totalAssets', 200_000_000.01, 'fail'],
    ['tsme.revenue-limit', 'salesRevenue', undefined, 'unknown'],
    ['tsme.assets-limit', 'totalAssets', undefined, 'unknown'],
  ] as const)('%s: %s %d → %s', (id, field, value, status) => {
    const c = check(id, (p) => {
      lastYear(p)[field] = value
    })
    expect(c.status).toBe(status)
    if (status === 'fail') expect(c.gap).toBe(0.01)
    if (status === 'unknown') expect(c.fields).toEqual([`years.2025.${field}`])
  })

  it.each([
    [false, 'C34', 'pass'],
    [true, 'C34', 'fail'],
    [false, 'F51', 'fail'], // wholesale: on the super-deduction negative list since the 2022 指引
    [undefined, 'F51', 'fail'],
    [undefined, 'C34', 'unknown'],
    [false, undefined, 'unknown'],
    [false, 'R', 'unknown'], // a bare 'R' may be 娱乐业
  ] as const)('tsme.industry: restricted %s, industry %s → %s', (restricted, industry, status) => {
    expect(
      check('tsme.industry', (p) => {
        p.company.restrictedIndustry = restricted
        p.company.industry = industry
      }).status,
    ).toBe(status)
  })

  it.each([
    [false, false, 'pass'],
    [true, false, 'fail'],
    [false, true, 'fail'],
    [true, undefined, 'fail'],
    [undefined, false, 'unknown'],
  ] as const)('tsme.clean-record: incident %s, dishonesty %s → %s', (incident, dishonesty, status) => {
    expect(
      check('tsme.clean-record', (p) => {
        p.record = { majorIncidentPastYear: incident, seriousDishonesty: dishonesty }
      }).status,
    ).toBe(status)
  })
})
