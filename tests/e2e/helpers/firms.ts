// Two firms typed by hand in the browser tests. Money in yuan, as in the profile file format.
// The R&D-short firm misses HNTE R&D intensity (第十一条第（五）项) by 266,000 yuan = 26.60 万元, everything else
// passing; the eligible firm is the same firm with 30.00 万元 more in-house R&D in the last year.
import { emptyProfile, type FirmProfile, type FiscalYearData } from '../../../src/profile/types'
import { QUESTION_STEPS, stepFields } from '../../../src/wizard/steps'

export const ASSESSMENT_DATE = '2026-11-26'

function year(
  y: number,
  money: [sales: number, income: number, hiTech: number, net: number, assets: number, costs: number],
  rd: [inHouse: number, other: number, entrustedDomestic: number],
): FiscalYearData {
  const [salesRevenue, totalIncome, hiTechIncome, netAssets, totalAssets, costsAndExpenses] = money
  const [inHouse, other, entrustedDomestic] = rd
  return {
    year: y,
    salesRevenue,
    totalIncome,
    hiTechIncome,
    netAssets,
    totalAssets,
    costsAndExpenses,
    rd: { inHouse, other, entrustedDomestic, entrustedOverseas: 0, inHouseAbroad: 0 },
  }
}

/** fails HNTE R&D intensity by 26.60 万元 */
export function rdShortFirm(): FirmProfile {
  const p = emptyProfile(ASSESSMENT_DATE)
  p.company = {
    name: '霸州市测试新材料有限公司',
    creditCode: '91131081MA0J7R8U3C',
    registeredOn: '2015-04-20',
    residentInMainland: true,
    taxCollection: 'audit',
    industry: 'C29',
    restrictedIndustry: false,
    icOrMachineToolListed: false,
    techField: '4.3',
  }
  p.staff = { total: 200, scienceTech: 30 }
  p.years = [
    year(2023, [28000000, 28300000, 20000000, 12000000, 30000000, 26000000], [1154000, 100000, 0]),
    year(2024, [32000000, 32400000, 23000000, 15600000, 34000000, 29500000], [1350000, 90000, 0]),
    year(2025, [36000000, 36500000, 26000000, 20280000, 40000000, 33000000], [1500000, 100000, 300000]),
  ]
  p.years[2]!.rdTax = {
    items1to5: 1500000,
    otherRelated: 100000,
    entrustedDomestic: 300000,
    entrustedOverseas: 0,
    intangibleAmortization: 0,
  }
  p.ip = {
    classI: 1,
    classII: 3,
    classIIUsedBefore: 0,
    ownDevelopment: true,
    coreToMainProducts: true,
    advancement: 'A',
    coreSupport: 'A',
    standards: true,
    // 工作指引 三（二）5, 6: no co-owned IP counted twice, every patent granted before applying
    coOwnedExcluded: true,
    grantedBeforeApplication: true,
  }
  p.transformations = 15
  p.rdManagement = { system: 'yes', institution: 'yes', transformationIncentives: 'yes', talent: 'yes' }
  p.record = { majorIncidentPastYear: false, seriousDishonesty: false }
  p.tax = { taxableIncome: 2800000, avgEmployees: 198, avgTotalAssets: 38000000 }
  return p
}

/**
 * the profile as far as the wizard asks it: answers to questions the wizard does not (yet) show are dropped,
 * so the page can be compared with assess() on what a person could type
 */
export function asAsked(profile: FirmProfile): FirmProfile {
  const asked = new Set(QUESTION_STEPS.flatMap((s) => stepFields(s, profile)))
  const p = structuredClone(profile)
  for (const key of ['coOwnedExcluded', 'grantedBeforeApplication'] as const)
    if (!asked.has(`ip.${key}`)) delete p.ip[key]
  return p
}

/** the same firm with 30.00 万元 more in-house R&D in 2025: HNTE eligible */
export function eligibleFirm(): FirmProfile {
  const p = rdShortFirm()
  p.company.name = '霸州市合格科技有限公司'
  p.years[2]!.rd!.inHouse = 1800000
  return p
}
