// Batch triage for a bureau's reserve pool: CSV in (UTF-8 or GBK), validated profiles, triage rows, CSV out.
export { parseCsv, writeCsv, neutralise } from './csv'
export { decodeCsvBytes, type DecodedCsv } from './decode'
export { FIRM_COLUMNS, YEAR_COLUMNS, matchHeader, type Column } from './columns'
export { templateCsv, templateColumns, profileToCells } from './template'
export {
  importCsv,
  importRows,
  type ImportResult,
  type ImportedFirm,
  type RowError,
  type ImportOptions,
} from './import'
export {
  triageRow,
  triageFirms,
  triageCsv,
  triageProfiles,
  type TriageRow,
  type TriageOptions,
  type TriageResult,
} from './triage'
export { triageToCsv, triageTable, TRIAGE_HEADERS, STATUS_ZH } from './export'
export type { TriageRequest, TriageMessage } from './worker'
