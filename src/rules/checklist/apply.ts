// The steps to apply for an eligible (or borderline) program, and what a certified firm must keep doing.
import type { Context } from '../../engine/context'
import { atOrNearest } from '../../engine/params'
import { msg } from '../../engine/messages'
import type { Check, ChecklistItem, Incentive, Program } from '../../engine/types'
import { hnteChangeReportMonths } from './params'
import {
  certificate,
  closedTsmeWindow,
  hnteBatchesOver,
  nextAnnualReportDue,
  nextHnteDeadline,
  nextTsmeWindow,
} from './timing'
import { tsmeKeepItems } from './tsme-keep'
import { HNTE_DOCUMENTS } from './documents'

export function hnteApplyItems(ctx: Context, program: Program): ChecklistItem[] {
  const who = ctx.locality.departments.science.name
  const deadline = nextHnteDeadline(ctx)
  const because = program.checks.map((c) => c.id)
  const withBy = (item: ChecklistItem): ChecklistItem => (deadline ? { ...item, by: deadline } : item)
  const years = ctx.fiscalYears.join('、')
  const yearsEn = ctx.fiscalYears.join(', ')
  return [
    withBy({
      id: 'apply.hnte.audit',
      because,
      who,
      group: 'apply',
      title: msg('checklist.apply.hnte.audit.title'),
      detail: msg('checklist.apply.hnte.audit.detail', { years, yearsEn, last: ctx.lastYear }),
    }),
    withBy({
      id: 'apply.hnte.register',
      because,
      who,
      group: 'apply',
      title: msg('checklist.apply.hnte.register.title'),
      detail: msg('checklist.apply.hnte.register.detail'),
    }),
    withBy({
      id: 'apply.hnte.submit',
      because,
      who,
      group: 'apply',
      title: msg('checklist.apply.hnte.submit.title'),
      detail: deadline
        ? msg('checklist.apply.hnte.submit.deadline', { date: deadline })
        : hnteBatchesOver(ctx)
          ? msg('checklist.apply.hnte.submit.over', { year: ctx.assessmentYear, next: ctx.assessmentYear + 1 })
          : msg('checklist.apply.hnte.submit.noDeadline'),
      documents: [...HNTE_DOCUMENTS],
    }),
  ]
}

export function tsmeApplyItems(ctx: Context, program: Program): ChecklistItem[] {
  const who = ctx.locality.departments.science.name
  const w = nextTsmeWindow(ctx)
  const closed = closedTsmeWindow(ctx)
  const because = program.checks.map((c) => c.id)
  const year = ctx.assessmentYear
  const apply: ChecklistItem = {
    id: 'apply.tsme',
    because,
    who,
    group: 'apply',
    title: msg('checklist.apply.tsme.title'),
    detail: w
      ? msg(w.unverified ? 'checklist.apply.tsme.windowUnverified' : 'checklist.apply.tsme.window', {
          from: w.from,
          to: w.to,
        })
      : closed
        ? msg('checklist.apply.tsme.closed', { year, to: closed.to, next: year + 1 })
        : msg('checklist.apply.tsme.noWindow'),
  }
  if (w) apply.by = w.to
  return [apply, ...tsmeKeepItems(ctx, because)]
}

/** the taxpayer precondition of the 15% rate the firm fails (e.g. 核定征收: 国税函〔2009〕377号), if any */
const rateBarredBy = (incentives: readonly Incentive[]): Check | undefined =>
  incentives
    .find((i) => i.id === 'hnte-reduced-rate')
    ?.conditions?.find((c) => c.status === 'fail' && !c.id.endsWith('-held'))

/**
 * a valid certificate: yearly report (第十三条), changes (第十七条), re-application in the expiry year. A firm
 * barred from the 15% rate keeps the certificate's duties, but they no longer come from the rate.
 */
export function hnteKeepItems(ctx: Context, incentives: readonly Incentive[] = []): ChecklistItem[] {
  const cert = certificate(ctx)
  if (!cert?.valid) return []
  const who = ctx.locality.departments.science.name
  const barred = rateBarredBy(incentives)
  const because = barred ? [] : ['hnte-reduced-rate']
  const months = atOrNearest(hnteChangeReportMonths, ctx.asOf).value
  const expiryYear = Number(cert.lastDay.slice(0, 4))
  return [
    {
      id: 'keep.hnte.report',
      because,
      who,
      group: 'keep',
      by: nextAnnualReportDue(ctx),
      title: msg('checklist.keep.hnte.report.title'),
      detail: msg('checklist.keep.hnte.report.detail'),
    },
    {
      id: 'keep.hnte.changes',
      because,
      who,
      group: 'keep',
      title: msg('checklist.keep.hnte.changes.title', { months }),
      detail: msg('checklist.keep.hnte.changes.detail', { months }),
    },
    {
      id: 'keep.hnte.reapply',
      because,
      who,
      group: 'keep',
      title: msg('checklist.keep.hnte.reapply.title'),
      detail: barred
        ? msg('checklist.keep.hnte.reapply.detail-no-rate', {
            lastDay: cert.lastDay,
            year: expiryYear,
            cite: citeText(barred),
          })
        : msg('checklist.keep.hnte.reapply.detail', { lastDay: cert.lastDay, year: expiryYear }),
    },
  ]
}

const citeText = (c: Check): string => `${c.cite.doc} ${c.cite.article}`

/** apply now unless a valid certificate runs beyond this year */
export function hnteShouldApply(ctx: Context): boolean {
  const cert = certificate(ctx)
  return !cert?.valid || Number(cert.lastDay.slice(0, 4)) <= ctx.assessmentYear
}
