// Building HNTE checks: one shape for every condition, so that each rule file states only its law.
import type { Param } from '../../engine/params'
import { at, entryAt } from '../../engine/params'
import { msg } from '../../engine/messages'
import type { Check, Citation, Message } from '../../engine/types'
import type { Context } from '../../engine/context'

export interface CheckBase {
  id: string
  unit: NonNullable<Check['unit']>
  /** set when a fail's gap is not in `unit` (e.g. a ratio check whose gap is yuan) */
  gapUnit?: Check['unit']
  cite: Citation
  /** the profile paths the check reads */
  fields: string[]
  unverified?: boolean
}

export interface Figures {
  value?: number
  /** a score known as a range: its highest (value is its lowest) */
  valueMax?: number
  threshold?: number
  gap?: number
  note?: Message
  /** the value is built from partly-answered amounts */
  bound?: Check['bound']
}

/** the value of a parameter on the assessment date (the rule checks the program is in scope first) */
export const val = <T>(ctx: Context, p: Param<T>): T => at(p, ctx.asOf).value

/** the citation of a parameter's value on the assessment date */
export const citeOf = <T>(ctx: Context, p: Param<T>): Citation => at(p, ctx.asOf).cite

/** whether any of the parameters is [3P] (status 'unverified') on the assessment date */
export const unverifiedAt = (ctx: Context, ...ps: Param<unknown>[]): boolean =>
  ps.some((p) => entryAt(p, ctx.asOf)?.status === 'unverified')

export function missingNote(fields: string[]): Message {
  return msg('hnte.note.missing', { fields: fields.join('、') })
}

function finish(base: CheckBase, status: Check['status'], f: Figures, fields: string[], note = f.note): Check {
  const c: Check = { id: base.id, status, unit: base.unit, fields, cite: base.cite }
  if (f.value !== undefined) c.value = f.value
  if (f.valueMax !== undefined) c.valueMax = f.valueMax
  if (f.threshold !== undefined) c.threshold = f.threshold
  if (status === 'fail' && f.gap !== undefined) {
    c.gap = f.gap
    if (base.gapUnit) c.gapUnit = base.gapUnit
  }
  if (note) c.note = note
  if (f.bound && c.value !== undefined) c.bound = f.bound
  if (base.unverified) c.unverified = true
  return c
}

/** unknown: `missing` are the paths that would settle it (default: a note listing them) */
export function unknownCheck(base: CheckBase, missing: string[], f: Figures = {}): Check {
  const note = f.note ?? (missing.length > 0 ? missingNote(missing) : undefined)
  return finish(base, 'unknown', f, missing, note)
}

export function decidedCheck(base: CheckBase, ok: boolean, f: Figures = {}): Check {
  return finish(base, ok ? 'pass' : 'fail', f, base.fields)
}

/** the paths among `paths` whose value is undefined */
export function missingOf(entries: [string, unknown][]): string[] {
  return entries.filter(([, v]) => v === undefined).map(([k]) => k)
}
