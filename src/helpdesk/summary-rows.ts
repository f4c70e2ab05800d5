// The bureau's summary table: one row per firm with its statuses, score ranges, largest gap and first next
// step. Words come from the caller (the UI's i18n), so the rows read like the results page.
import type { Assessment, Check, Program, ProgramStatus } from '../engine/types'
import type { Message } from '../engine/types'
import type { Cell } from './csv'
import type { FirmRecord } from './types'
import { localTime } from './local-time'
import { wanNumber } from '../format'
import { scaled } from '../format/decimal'

/** the columns holding 万元 as numbers (the last two), for the workbook's number format */
export const SUMMARY_WAN_COLUMNS = [10, 11] as const

/** a money gap as a number of 万元, rounded up to 0.01 万元 like the gap's words beside it; blank otherwise */
function gapWan(check: Check | undefined): number | undefined {
  if (!check || check.gap === undefined || (check.gapUnit ?? check.unit) !== 'yuan') return undefined
  return scaled(check.gap / 10_000, 2, 'ceil') / 100
}

/** the last fiscal year's sales in 万元, to the fen; blank when not answered (unknown is never 0) */
function lastSalesWan(record: FirmRecord, a: Assessment): number | undefined {
  const last = Math.max(...a.fiscalYears)
  const sales = record.profile.years.find((y) => y.year === last)?.salesRevenue
  return sales === undefined ? undefined : wanNumber(sales)
}

export interface SummaryWords {
  headers: string[]
  status(s: ProgramStatus): string
  programName(which: 'hnte' | 'techSme'): string
  checkName(id: string): string
  /** "还差研发费用 26.60 万元": the gap as the results page says it */
  gap(check: Check): string
  message(m: Message): string
}

const range = (p: Program) => (p.score.min === p.score.max ? `${p.score.min}` : `${p.score.min}–${p.score.max}`)

/** how far a failing check is from its threshold, relative to the threshold (a flag counts as all of it) */
export function shortfall(c: Check): number {
  // a score known as a range fails on its highest: that is how far it is
  const value = c.valueMax ?? c.value
  if (value === undefined || c.threshold === undefined || c.unit === 'flag' || c.threshold === 0) return 1
  return Math.abs(c.threshold - value) / Math.abs(c.threshold)
}

/** the failing check furthest from its threshold, HNTE first on equal shortfall */
export function furthestFailingCheck(a: Assessment): { which: 'hnte' | 'techSme'; check: Check } | undefined {
  let best: { which: 'hnte' | 'techSme'; check: Check; by: number } | undefined
  for (const which of ['hnte', 'techSme'] as const)
    for (const check of a[which].checks) {
      if (check.status !== 'fail') continue
      const by = shortfall(check)
      if (!best || by > best.by) best = { which, check, by }
    }
  return best && { which: best.which, check: best.check }
}

export function summaryRow(record: FirmRecord, a: Assessment, w: SummaryWords): Cell[] {
  const gap = furthestFailingCheck(a)
  const gapText = gap
    ? `${w.programName(gap.which)}：${w.checkName(gap.check.id)}${w.gap(gap.check) ? `，${w.gap(gap.check)}` : ''}`
    : ''
  const step = a.checklist[0]
  return [
    record.profile.company.name ?? '',
    record.profile.company.creditCode ?? '',
    w.status(a.hnte.status),
    range(a.hnte),
    w.status(a.techSme.status),
    range(a.techSme),
    gapText,
    step ? w.message(step.title) : '',
    record.profile.assessmentDate,
    // the reader's clock, not raw ISO UTC
    localTime(record.updatedAt),
    gapWan(gap?.check),
    lastSalesWan(record, a),
  ]
}

export function summaryRows(
  firms: readonly { record: FirmRecord; assessment: Assessment }[],
  w: SummaryWords,
): Cell[][] {
  return [w.headers, ...firms.map((f) => summaryRow(f.record, f.assessment, w))]
}
