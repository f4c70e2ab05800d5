// The JSON type each answer is saved as, group by group: how a saved draft is read back (src/stores/draft-decode.ts)
// on the start page, where the field table (src/fields, ~10 KB gzip with its labels and help) would only weigh on
// the first load. Written out from the table: tests/profile/stored-shape.test.ts fails when the two part.
// 'n' a finite number (money, persons, counts, years), 'b' yes/no, 's' a string (dates, choices, texts), in the
// table's order (the order the draft's answers are read in).
export type Stored = 'n' | 'b' | 's'
export type Shape = Readonly<Record<string, Stored>>

const shape = (fields: string): Shape =>
  Object.fromEntries(fields.split(' ').map((f) => f.split(':') as [string, Stored]))

/** the group objects every profile has */
export const groupShapes = {
  company: shape(
    'name:s creditCode:s registeredOn:s residentInMainland:b taxCollection:s industry:s restrictedIndustry:b ' +
      'icOrMachineToolListed:b techField:s',
  ),
  staff: shape('total:n scienceTech:n totalSme:n scienceTechSme:n'),
  ip: shape(
    'classI:n classII:n classIIUsedBefore:n coOwnedExcluded:b grantedBeforeApplication:b ownDevelopment:b ' +
      'coreToMainProducts:b advancement:s coreSupport:s standards:b',
  ),
  rdManagement: shape('system:s institution:s transformationIncentives:s talent:s'),
  record: shape('majorIncidentPastYear:b seriousDishonesty:b'),
  credentials: shape(
    'hnteCertificateHeld:b hnteCertifiedOn:s hnteCancelledYear:n techSmeRegistered:b techSmeRegistrationYear:n ' +
      'nationalAwardTop3:b provincialRdInstitution:b ledStandard:b',
  ),
  tax: shape(
    'taxYear:n taxableIncome:n avgEmployees:n avgTotalAssets:n techTransferIncome:n techContractsRegistered:b ' +
      'equipmentUpTo5m:n',
  ),
} as const

/** one fiscal year's answers, its R&D expenses (HNTE) and its R&D super-deduction base (tax) */
export const yearShape = shape(
  'salesRevenue:n totalIncome:n hiTechIncome:n netAssets:n totalAssets:n costsAndExpenses:n',
)
export const rdShape = shape('inHouse:n other:n entrustedDomestic:n entrustedOverseas:n inHouseAbroad:n')
export const rdTaxShape = shape(
  'items1to5:n otherRelated:n entrustedDomestic:n entrustedOverseas:n intangibleAmortization:n',
)
/** top-level `transformations` (科技成果转化 count over the fiscal years used) */
export const transformationsShape: Stored = 'n'
