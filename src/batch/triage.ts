// Batch triage: every firm of a reserve pool assessed by the engine, with its largest gap, its cheapest path to
// HNTE (a bounded search, so 5,000 firms stay within seconds) and its first next step. Pure: the Web Worker
// (src/batch/worker.ts) only relays.
import type { Message, Program, ProgramStatus } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import type { Locality } from '../locality/types'
import { assess } from '../rules'
import { firstStepTitle } from '../rules/checklist/first-step'
import { plainMessage } from '../engine/messages'
import { validateProfile } from '../profile/validate'
import { findPaths } from '../planner/cheapest-path'
import type { LeverKey } from '../planner/params'
import { largestGap, type Gap } from './gap-words'
import {
  importCsv,
  importRows,
  type ImportOptions,
  type ImportResult,
  type ImportedFirm,
  type RowError,
} from './import'

export interface TriageRow {
  /** the spreadsheet row (header = 1), when the firm came from a sheet */
  row?: number
  name: string
  creditCode: string
  assessmentDate: string
  hnteStatus: ProgramStatus
  hnteScore: { min: number; max: number }
  tsmeStatus: ProgramStatus
  tsmeScore: { min: number; max: number }
  tsmeDirectPass: boolean
  largestGap?: Gap
  /** the cheapest single change that makes HNTE eligible, found within the search budget */
  cheapestPath?: { lever: LeverKey; amount: number; cost: number; text: string; label?: Message }
  /** HNTE checks no lever can settle (answers to give, conditions to wait for) */
  blockedBy: string[]
  /** the title of the first checklist item (zh-CN text, and the message for the reader's language) */
  firstStep?: string
  firstStepMessage?: Message
}

export interface TriageOptions {
  /** search a cheapest path for HNTE-ineligible or borderline firms (default true) */
  paths?: boolean
  /** engine evaluations per firm for that search (default 60) */
  maxEvaluations?: number
  /** report a path only up to this planning cost in yuan (default: any) */
  maxPathCost?: number
  /** the county in the settings (departments, deadlines); the engine's default otherwise */
  locality?: Locality
}

function pathOf(profile: FirmProfile, hnte: Program, o: TriageOptions): Pick<TriageRow, 'cheapestPath' | 'blockedBy'> {
  if (o.paths === false || (hnte.status !== 'ineligible' && hnte.status !== 'borderline')) return { blockedBy: [] }
  const report = findPaths(profile, 'hnte', { maxEvaluations: o.maxEvaluations ?? 60, baseline: hnte })
  const first = report.paths.find((p) => p.cost <= (o.maxPathCost ?? Infinity))
  const cheapestPath = first && {
    lever: first.lever,
    amount: first.amount,
    cost: first.cost,
    text: first.label.text,
    label: plainMessage(first.label),
  }
  return cheapestPath ? { cheapestPath, blockedBy: report.blockedBy } : { blockedBy: report.blockedBy }
}

/** A row is plain data (messages with their text rendered): workers post it, and structuredClone keeps only data. */
export function triageRow(profile: FirmProfile, options: TriageOptions = {}, row?: number): TriageRow {
  const a = assess(profile, options.locality ? { locality: options.locality } : {})
  const gap = largestGap(a)
  const first = firstStepTitle(a)
  return {
    ...(row === undefined ? {} : { row }),
    name: profile.company.name ?? '',
    creditCode: profile.company.creditCode ?? '',
    assessmentDate: profile.assessmentDate,
    hnteStatus: a.hnte.status,
    hnteScore: { min: a.hnte.score.min, max: a.hnte.score.max },
    tsmeStatus: a.techSme.status,
    tsmeScore: { min: a.techSme.score.min, max: a.techSme.score.max },
    tsmeDirectPass: a.techSme.directPass,
    ...(gap ? { largestGap: { ...gap, message: plainMessage(gap.message) } } : {}),
    ...pathOf(profile, a.hnte, options),
    ...(first === undefined ? {} : { firstStep: first.text, firstStepMessage: plainMessage(first) }),
  }
}

export type Progress = (done: number, total: number) => void

export function triageFirms(
  firms: readonly ImportedFirm[],
  options: TriageOptions = {},
  onProgress?: Progress,
  every = 100,
): TriageRow[] {
  const out: TriageRow[] = []
  firms.forEach((f, i) => {
    out.push(triageRow(f.profile, options, f.row))
    if (onProgress && ((i + 1) % every === 0 || i + 1 === firms.length)) onProgress(i + 1, firms.length)
  })
  return out
}

export interface TriageResult extends Omit<ImportResult, 'firms'> {
  rows: TriageRow[]
}

/** a whole sheet (CSV text or parsed records): import, validate, triage */
export function triageCsv(
  input: string | readonly (readonly string[])[],
  options: TriageOptions & ImportOptions = {},
  onProgress?: Progress,
  every?: number,
): TriageResult {
  const imported = typeof input === 'string' ? importCsv(input, options) : importRows(input, options)
  const { firms, ...rest } = imported
  return { ...rest, rows: triageFirms(firms, options, onProgress, every) }
}

/** untrusted profiles (e.g. from storage): validated first; `row` is the 1-based position in the list */
export function triageProfiles(
  profiles: readonly unknown[],
  options: TriageOptions = {},
  onProgress?: Progress,
  every?: number,
): TriageResult {
  const firms: ImportedFirm[] = []
  const errors: RowError[] = []
  profiles.forEach((p, i) => {
    const v = validateProfile(p)
    if (v.ok) firms.push({ row: i + 1, profile: v.profile })
    else errors.push({ row: i + 1, messages: v.problems.map((x) => (x.path ? `${x.path}：${x.message}` : x.message)) })
  })
  return { rows: triageFirms(firms, options, onProgress, every), errors, unknownColumns: [], sheetProblems: [] }
}

export type { RowError }
