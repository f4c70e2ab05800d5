// assess() never throws on a profile validateProfile accepts (issue #2 §2), whatever is answered or left out.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assess } from '../../src/rules/index'
import { validateProfile } from '../../src/profile/validate'
import { applyLevers, cheapestPaths, project, rdIntensityCliff, smallLowProfitCliff } from '../../src/planner'

const money = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 50_000_000_000 }).map((fen) => fen / 100),
)
const staff = fc.integer({ min: 0, max: 200_000 }).map((h) => h / 100)
const count = fc.integer({ min: 0, max: 40 })
const bool = fc.boolean()
const ypn = fc.constantFrom('yes', 'partly', 'no')
const rating = fc.constantFrom('A', 'B', 'C', 'D', 'E')
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
const iso = date.map((d) => d.toISOString().slice(0, 10))
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

/** the pairs the validator refuses since issue #8 (sales above total income, net assets above total assets) are
 * kept consistent, so the share of valid profiles (and the run time) stays what it was before those checks */
function consistent(r: { salesRevenue?: number; totalIncome?: number; netAssets?: number; totalAssets?: number }) {
  const { salesRevenue: sales, totalIncome: total, netAssets: net, totalAssets: assets } = r
  return {
    totalIncome: total === undefined || sales === undefined ? total : Math.max(total, sales),
    netAssets: net === undefined || assets === undefined ? net : Math.min(net, assets),
  }
}

const year = (y: number) =>
  fc
    .record({
      salesRevenue: opt(money),
      totalIncome: opt(money),
      hiTechIncome: opt(money),
      netAssets: opt(money.map((m) => (m > 1e9 ? -m / 10 : m))),
      totalAssets: opt(money),
      costsAndExpenses: opt(money),
      rd: opt(fc.record({ inHouse: opt(money), other: opt(money), entrustedDomestic: opt(money) })),
      rdTax: opt(fc.record({ items1to5: opt(money), otherRelated: opt(money), entrustedOverseas: opt(money) })),
    })
    .map((r) => ({
      year: y,
      ...defined({ ...r, ...consistent(r), rd: r.rd && defined(r.rd), rdTax: r.rdTax && defined(r.rdTax) }),
    }))

const profile = fc
  .record({
    assessmentDate: iso,
    registeredOn: opt(iso),
    years: fc.subarray([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]).chain((ys) => fc.tuple(...ys.map(year))),
    company: fc.record({
      residentInMainland: opt(bool),
      taxCollection: opt(fc.constantFrom('audit', 'deemed')),
      industry: opt(fc.constantFrom('C', 'C33', 'F51', 'R', 'R90', 'I65', 'C16', 'K70')),
      restrictedIndustry: opt(bool),
      icOrMachineToolListed: opt(bool),
      techField: opt(fc.constantFrom('1', '4.2', '8.4.1', 'none', '3.3')),
    }),
    staff: fc.record({ total: opt(staff), scienceTech: opt(staff) }),
    ip: fc.record({
      classI: opt(count),
      classII: opt(count),
      ownDevelopment: opt(bool),
      coreToMainProducts: opt(bool),
      advancement: opt(rating),
      coreSupport: opt(rating),
      standards: opt(bool),
    }),
    transformations: opt(count),
    rdManagement: fc.record({ system: opt(ypn), institution: opt(ypn), talent: opt(ypn) }),
    record: fc.record({ majorIncidentPastYear: opt(bool), seriousDishonesty: opt(bool) }),
    credentials: fc.record({ hnteCertifiedOn: opt(iso), ledStandard: opt(bool) }),
    tax: fc.record({
      taxableIncome: opt(money),
      techTransferIncome: opt(money),
      techContractsRegistered: opt(bool),
      equipmentUpTo5m: opt(money),
    }),
  })
  .map((r) => ({
    format: 'innocheck-profile',
    version: 1,
    assessmentDate: r.assessmentDate,
    company: defined({ ...r.company, registeredOn: r.registeredOn }),
    staff: defined(r.staff),
    years: r.years,
    ip: defined(r.ip),
    ...(r.transformations === undefined ? {} : { transformations: r.transformations }),
    rdManagement: defined(r.rdManagement),
    record: defined(r.record),
    credentials: defined(r.credentials),
    tax: defined(r.tax),
  }))

const PROGRAM = ['eligible', 'borderline', 'ineligible', 'incomplete']
const INCENTIVE = ['applicable', 'not-applicable', 'unknown', 'not-in-force']

describe('assess() on any valid profile', () => {
  it('returns a complete assessment and never throws', () => {
    let assessed = 0
    fc.assert(
      fc.property(profile, (raw) => {
        const v = validateProfile(raw)
        if (!v.ok) return // contradictory answers (S&T above total, …) are the validator's to report
        assessed++
        const a = assess(v.profile)
        expect(PROGRAM).toContain(a.hnte.status)
        expect(PROGRAM).toContain(a.techSme.status)
        expect(a.hnte.checks.map((c) => c.id)).toHaveLength(9)
        expect(a.techSme.checks.map((c) => c.id)).toHaveLength(7)
        for (const i of a.incentives) expect(INCENTIVE).toContain(i.status)
        expect(a.hnte.score.min).toBeLessThanOrEqual(a.hnte.score.max)
        expect(JSON.parse(JSON.stringify(a)).format).toBe('innocheck-assessment')
      }),
      { numRuns: 800 },
    )
    expect(assessed).toBeGreaterThan(40)
  })

  it('lets the planner search, project and draw any valid profile without throwing', () => {
    let planned = 0
    fc.assert(
      fc.property(profile, fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 9 }), (raw, fen, n) => {
        const v = validateProfile(raw)
        if (!v.ok) return
        planned++
        const p = v.profile
        const changed = applyLevers(p, {
          extraRdYuan: fen / 100,
          hireScienceStaff: n,
          newClassI: n % 2,
          newClassII: n,
          extraTransformations: n,
          extraHiTechIncomeYuan: fen / 10,
        })
        expect(PROGRAM).toContain(assess(changed).hnte.status)
        for (const path of cheapestPaths(p, 'hnte', { maxEvaluations: 40 })) expect(path).toBeTruthy()
        expect(project(p, { salesGrowth: 0.1, rdShare: 0.05 }, 3)).toHaveLength(3)
        rdIntensityCliff(p)
        expect(smallLowProfitCliff(p).text.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
    expect(planned).toBeGreaterThan(10)
  })
})
