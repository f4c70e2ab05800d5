// Every question of the wizard as data: the profile path it answers, the kind of input, and its options.
// Year fields are written with '*' for the year: 'years.*.salesRevenue' stands for 'years.2025.salesRevenue'.

export type FieldKind =
  'text' | 'creditCode' | 'date' | 'money' | 'persons' | 'count' | 'yesno' | 'choice' | 'industry' | 'techField'

export interface FieldSpec {
  kind: FieldKind
  /** choice only: the stored values, labelled by option.<optionSet>.<value> */
  options?: readonly string[]
  optionSet?: string
  /** money only: negative amounts make sense (net assets, a loss) */
  allowNegative?: boolean
}

const YPN = { kind: 'choice', options: ['yes', 'partly', 'no'], optionSet: 'ypn' } as const
const RATINGS = ['A', 'B', 'C', 'D', 'E'] as const
const MONEY = { kind: 'money' } as const
const YESNO = { kind: 'yesno' } as const

export const FIELD_SPECS: Record<string, FieldSpec> = {
  'company.name': { kind: 'text' },
  'company.creditCode': { kind: 'creditCode' },
  'company.registeredOn': { kind: 'date' },
  'company.residentInMainland': YESNO,
  'company.taxCollection': { kind: 'choice', options: ['audit', 'deemed'], optionSet: 'taxCollection' },
  'company.industry': { kind: 'industry' },
  'company.restrictedIndustry': YESNO,
  'company.icOrMachineToolListed': YESNO,
  'company.techField': { kind: 'techField' },
  'staff.total': { kind: 'persons' },
  'staff.scienceTech': { kind: 'persons' },
  'staff.totalSme': { kind: 'persons' },
  'staff.scienceTechSme': { kind: 'persons' },
  'years.*.salesRevenue': MONEY,
  'years.*.totalIncome': MONEY,
  'years.*.hiTechIncome': MONEY,
  'years.*.netAssets': { kind: 'money', allowNegative: true },
  'years.*.totalAssets': MONEY,
  'years.*.costsAndExpenses': MONEY,
  'years.*.rd.inHouse': MONEY,
  'years.*.rd.other': MONEY,
  'years.*.rd.entrustedDomestic': MONEY,
  'years.*.rd.entrustedOverseas': MONEY,
  'years.*.rd.inHouseAbroad': MONEY,
  'years.*.rdTax.items1to5': MONEY,
  'years.*.rdTax.otherRelated': MONEY,
  'years.*.rdTax.entrustedDomestic': MONEY,
  'years.*.rdTax.entrustedOverseas': MONEY,
  'years.*.rdTax.intangibleAmortization': MONEY,
  'ip.classI': { kind: 'count' },
  'ip.classII': { kind: 'count' },
  'ip.classIIUsedBefore': { kind: 'count' },
  'ip.ownDevelopment': YESNO,
  'ip.coreToMainProducts': YESNO,
  'ip.advancement': { kind: 'choice', options: RATINGS, optionSet: 'advancement' },
  'ip.coreSupport': { kind: 'choice', options: RATINGS, optionSet: 'coreSupport' },
  'ip.standards': YESNO,
  transformations: { kind: 'count' },
  'rdManagement.system': YPN,
  'rdManagement.institution': YPN,
  'rdManagement.transformationIncentives': YPN,
  'rdManagement.talent': YPN,
  'record.majorIncidentPastYear': YESNO,
  'record.seriousDishonesty': YESNO,
  'credentials.hnteCertifiedOn': { kind: 'date' },
  'credentials.nationalAwardTop3': YESNO,
  'credentials.provincialRdInstitution': YESNO,
  'credentials.ledStandard': YESNO,
  'tax.taxableIncome': { kind: 'money', allowNegative: true },
  'tax.avgEmployees': { kind: 'persons' },
  'tax.avgTotalAssets': MONEY,
  'tax.techTransferIncome': MONEY,
  'tax.techContractsRegistered': YESNO,
  'tax.equipmentUpTo5m': MONEY,
}

/** 'years.2025.rd.inHouse' → 'years.*.rd.inHouse' */
export function fieldShape(path: string): string {
  return path.replace(/^years\.\d+\./, 'years.*.')
}

export function fieldSpec(path: string): FieldSpec | undefined {
  return FIELD_SPECS[fieldShape(path)]
}

/** the year of a year field, or undefined */
export function fieldYear(path: string): number | undefined {
  const m = /^years\.(\d+)\./.exec(path)
  return m ? Number(m[1]) : undefined
}

/** the i18n key of a field's label: 'field.company.name', 'field.years.rd.inHouse' (no year in keys) */
export function labelKey(path: string): string {
  return 'field.' + fieldShape(path).replace('.*.', '.')
}

export function hintKey(path: string): string {
  return 'hint.' + fieldShape(path).replace('.*.', '.')
}
