// Constructed firms for the planner tests: everything HNTE asks for is met except what each test takes away.
import { emptyProfile, type FirmProfile, type FiscalYearData } from '../../src/profile/types'

export const AS_OF = '2026-11-26'

/** sales 1,000万 / 1,400万 / 1,960万 (Σ 4,360万, last year ≤ 5,000万 → 5%: Σ R&D must reach 218万) */
const SALES = [10_000_000, 14_000_000, 19_600_000]
const NET_ASSETS = [10_000_000, 14_000_000, 19_600_000]

/** R&D (rd.inHouse) per year 2023–2025; the default is 26.60万 short of 218万 */
export function firm(
  rd: [number, number, number] = [500_000, 650_000, 764_000],
  patch?: (p: FirmProfile) => void,
): FirmProfile {
  const p = emptyProfile(AS_OF)
  p.company = {
    name: '测试企业',
    registeredOn: '2015-04-20',
    residentInMainland: true,
    taxCollection: 'audit',
    industry: 'C29',
    restrictedIndustry: false,
    icOrMachineToolListed: false,
    techField: '4.3',
  }
  p.staff = { total: 100, scienceTech: 20 }
  p.years = SALES.map((s, i): FiscalYearData => ({
    year: 2023 + i,
    salesRevenue: s,
    totalIncome: s,
    hiTechIncome: s * 0.8,
    netAssets: NET_ASSETS[i],
    totalAssets: s * 2,
    costsAndExpenses: s * 0.9,
    rd: { inHouse: rd[i], other: 0, entrustedDomestic: 0, entrustedOverseas: 0, inHouseAbroad: 0 },
    rdTax: { items1to5: rd[i], otherRelated: 0, entrustedDomestic: 0, entrustedOverseas: 0 },
  }))
  p.ip = {
    classI: 1,
    classII: 0,
    classIIUsedBefore: 0,
    coOwnedExcluded: true,
    grantedBeforeApplication: true,
    ownDevelopment: true,
    coreToMainProducts: true,
    advancement: 'A',
    coreSupport: 'A',
    standards: true,
  }
  p.transformations = 15
  p.rdManagement = { system: 'yes', institution: 'yes', transformationIncentives: 'yes', talent: 'yes' }
  p.record = { majorIncidentPastYear: false, seriousDishonesty: false }
  p.tax = { taxableIncome: 2_000_000 }
  patch?.(p)
  return p
}

/** freeze every object reachable from a value (the input of applyLevers must come back untouched) */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x)
    Object.freeze(v)
  }
  return v
}
