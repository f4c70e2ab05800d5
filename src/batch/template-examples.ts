// The two example rows of the batch template: a firm that meets the HNTE conditions and a young firm that is a
// tech-SME candidate only. Fiscal years follow the assessment date. Fictitious firms (valid credit-code format).
import { yearOf } from '../engine/dates'
import { emptyProfile, type FirmProfile } from '../profile/types'

const rd = (inHouse: number, items1to5: number) => ({
  rd: { inHouse, other: 0, entrustedDomestic: 0, entrustedOverseas: 0 },
  rdTax: { items1to5 },
})

export function EXAMPLE_FIRMS(assessmentDate: string): FirmProfile[] {
  const y = yearOf(assessmentDate)
  const strong = emptyProfile(assessmentDate)
  Object.assign(strong.company, {
    name: '示例一：霸州市某新材料科技有限公司',
    creditCode: '91131081MA0J7R8U3C',
    registeredOn: `${y - 11}-04-20`,
    residentInMainland: true,
    taxCollection: 'audit',
    industry: 'C29',
    restrictedIndustry: false,
    icOrMachineToolListed: false,
    techField: '4.3',
  })
  strong.staff = { total: 200, scienceTech: 30 }
  strong.years = [
    {
      year: y - 3,
      salesRevenue: 28_000_000,
      totalIncome: 28_300_000,
      hiTechIncome: 20_000_000,
      netAssets: 12_000_000,
      totalAssets: 30_000_000,
      costsAndExpenses: 26_000_000,
      ...rd(1_400_000, 1_350_000),
    },
    {
      year: y - 2,
      salesRevenue: 32_000_000,
      totalIncome: 32_400_000,
      hiTechIncome: 23_000_000,
      netAssets: 15_600_000,
      totalAssets: 34_000_000,
      costsAndExpenses: 29_500_000,
      ...rd(1_650_000, 1_600_000),
    },
    {
      year: y - 1,
      salesRevenue: 36_000_000,
      totalIncome: 36_500_000,
      hiTechIncome: 26_000_000,
      netAssets: 20_280_000,
      totalAssets: 40_000_000,
      costsAndExpenses: 33_000_000,
      ...rd(1_900_000, 1_850_000),
    },
  ]
  strong.ip = {
    classI: 1,
    classII: 3,
    classIIUsedBefore: 0,
    ownDevelopment: true,
    coreToMainProducts: true,
    advancement: 'A',
    coreSupport: 'A',
    standards: true,
    coOwnedExcluded: true,
    grantedBeforeApplication: true,
  }
  strong.transformations = 15
  strong.rdManagement = { system: 'yes', institution: 'yes', transformationIncentives: 'yes', talent: 'yes' }
  strong.record = { majorIncidentPastYear: false, seriousDishonesty: false }
  strong.tax = { taxableIncome: 2_800_000 }

  const young = emptyProfile(assessmentDate)
  Object.assign(young.company, {
    name: '示例二：霸州市某智能装备有限公司',
    creditCode: '91131081MA0D2N5H1H',
    registeredOn: `${y - 1}-12-20`,
    residentInMainland: true,
    taxCollection: 'audit',
    industry: 'C34',
    restrictedIndustry: false,
    techField: '8.4',
  })
  young.staff = { total: 25, scienceTech: 8 }
  young.years = [
    {
      year: y - 1,
      salesRevenue: 3_200_000.5,
      totalIncome: 3_200_000.5,
      hiTechIncome: 2_500_000,
      netAssets: 1_800_000,
      totalAssets: 4_000_000,
      costsAndExpenses: 3_500_000,
      ...rd(400_000, 380_000),
    },
  ]
  young.ip = { classI: 0, classII: 2, classIIUsedBefore: 0, ownDevelopment: true, coreToMainProducts: true }
  young.record = { majorIncidentPastYear: false, seriousDishonesty: false }
  young.tax = { taxableIncome: 150_000 }
  return [strong, young]
}
