// Notices every assessment carries whatever the answers, and the list of [3P] values the result rests on.
// standingNotices runs after every rule (src/engine/assess.ts), so the list is complete when it is written.
import type { Context } from '../engine/context'
import { msg } from '../engine/messages'
import { entryAt, type Param, type ParamValue } from '../engine/params'
import { reform2026 } from './tech-sme/params'
import { RULES_AS_OF, RULES_VERSION } from '../engine/assess'

const UNVERIFIED = 'notices.unverifiedUsed'
const unverifiedUsed = (ctx: Context): Map<string, string> | undefined =>
  ctx.scratch[UNVERIFIED] as Map<string, string> | undefined

/** record that this assessment rests on a value not checked against the official text (labels zh-CN, en) */
export function noteUnverified(ctx: Context, label: string, labelEn: string = label): void {
  const used = unverifiedUsed(ctx) ?? new Map<string, string>()
  used.set(label, labelEn)
  ctx.scratch[UNVERIFIED] = used
}

/** an unverified entry's labels (zh-CN, en) and its parameter, made once per entry: valueAt runs often */
const labels = new Map<ParamValue<unknown>, [string, string, Param<unknown>]>()

/** the value of p in force on `date` (default: the assessment date), recorded when it is unverified */
export function valueAt<T>(ctx: Context, p: Param<T>, date: string = ctx.asOf): ParamValue<T> | undefined {
  const e = entryAt(p, date)
  if (e?.status === 'unverified') {
    let l = labels.get(e)
    if (l?.[2] !== p) labels.set(e, (l = [`${p.label}（${e.cite.doc}）`, `${p.labelEn ?? p.label} (${e.cite.doc})`, p]))
    noteUnverified(ctx, l[0], l[1])
  }
  return e
}

/** a date after the law this version reflects: the rules are as known then, later changes are not included */
function afterRulesNotice(ctx: Context): void {
  if (ctx.asOf <= RULES_AS_OF) return
  const params = { asOf: ctx.asOf, knownAsOf: RULES_AS_OF, version: RULES_VERSION }
  ctx.notice('rules.after-version', 'warning', msg('notices.after-rules-version', params))
}

export function standingNotices(ctx: Context): void {
  afterRulesNotice(ctx)
  const reform = valueAt(ctx, reform2026)
  if (reform?.value) ctx.notice('tsme.reform-2026', 'info', msg('notices.tsme-reform-2026'), reform.cite)
  ctx.locality.notes.forEach((text, i) => {
    const textEn = ctx.locality.notesEn?.[i] ?? text
    ctx.notice(`locality.note.${i + 1}`, 'info', msg('notices.locality-note', { text, textEn }))
  })
  const used = unverifiedUsed(ctx)
  if (used && used.size > 0) {
    const list = [...used.keys()].join('、')
    const listEn = [...used.values()].join('; ')
    ctx.notice('unverified-params', 'warning', msg('notices.unverified', { list, listEn }))
  }
}
