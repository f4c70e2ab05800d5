// The dates the checklist gives: the next HNTE batch deadline, the tech-SME window, yearly report and
// settlement dates, and the certificate's validity. All derived from the assessment date, never the clock.
import type { Context } from '../../engine/context'
import { addDays, addYears, yearOf } from '../../engine/dates'
import { atOrNearest } from '../../engine/params'
import { hnteCertificateYears } from '../certificate'
import { citSettlementDue, hnteAnnualReportDue } from './params'

/** the first deadline on or after asOf in the locality's batch list (this year, else next), if any */
export function nextHnteDeadline(ctx: Context): string | undefined {
  for (const y of [ctx.assessmentYear, ctx.assessmentYear + 1]) {
    const next = [...(ctx.locality.hnteBatchDeadlines[String(y)] ?? [])].sort().find((d) => d >= ctx.asOf)
    if (next) return next
  }
  return undefined
}

/** provinces run a year's HNTE batches roughly April–October (practice in provincial notices, not law: docs/rules.md) */
const USUAL_LAST_BATCH_DAY = '10-31'

/** with no batch ahead: this year's batches are over (after October, or every listed one past), not to come */
export function hnteBatchesOver(ctx: Context): boolean {
  const listed = ctx.locality.hnteBatchDeadlines[String(ctx.assessmentYear)] ?? []
  const lastUsual = `${ctx.assessmentYear}-${USUAL_LAST_BATCH_DAY}`
  return ctx.asOf > lastUsual || (listed.length > 0 && listed.every((d) => d < ctx.asOf))
}

/** this year's window when it has not closed, else next year's, if the locality has one */
export function nextTsmeWindow(ctx: Context): { from: string; to: string; unverified?: boolean } | undefined {
  for (const y of [ctx.assessmentYear, ctx.assessmentYear + 1]) {
    const w = ctx.locality.techSmeWindows[String(y)]
    if (w && w.to >= ctx.asOf) return w
  }
  return undefined
}

/** this year's window when it has already closed (a past window is never shown as upcoming) */
export function closedTsmeWindow(ctx: Context): { from: string; to: string } | undefined {
  const w = ctx.locality.techSmeWindows[String(ctx.assessmentYear)]
  return w && w.to < ctx.asOf ? w : undefined
}

/** the next yearly date (MM-DD) on or after asOf */
export function nextMonthDay(asOf: string, monthDay: string): string {
  const thisYear = `${yearOf(asOf)}-${monthDay}`
  return thisYear >= asOf ? thisYear : `${yearOf(asOf) + 1}-${monthDay}`
}

export const nextAnnualReportDue = (ctx: Context): string =>
  nextMonthDay(ctx.asOf, atOrNearest(hnteAnnualReportDue, ctx.asOf).value)

/** settlement of a tax year is due in the following year */
export const settlementDue = (ctx: Context, taxYear: number): string =>
  `${taxYear + 1}-${atOrNearest(citSettlementDue, ctx.asOf).value}`

/** the last day of a certificate's validity ([issue date, +3 years) as src/rules/certificate.ts reads it) and whether asOf is in it */
export function certificate(ctx: Context): { lastDay: string; valid: boolean } | undefined {
  const on = ctx.profile.credentials.hnteCertifiedOn
  if (!on) return undefined
  const lastDay = addDays(addYears(on, atOrNearest(hnteCertificateYears, ctx.asOf).value), -1)
  return { lastDay, valid: on <= ctx.asOf && ctx.asOf <= lastDay }
}
