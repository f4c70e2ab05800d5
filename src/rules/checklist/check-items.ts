// One item per failing ('fix') or unanswered ('answer') check, with the gap in words and whom to ask.
import type { Context } from '../../engine/context'
import { addDays } from '../../engine/dates'
import { messageText, msg } from '../../engine/messages'
import type { Check, ChecklistItem, Message, Program } from '../../engine/types'
import { CHECK_DEPARTMENT } from './check-departments'
import { pointsUp } from './words'
import { firstStaffYear } from '../hnte/shares'

/** checks measured on past fiscal years: what the firm does now counts for next year's application */
const PAST_YEAR_MEASURES = new Set(['hnte.rd-intensity', 'hnte.st-staff-ratio', 'hnte.hitech-income-share'])

const known = (key: string): boolean => messageText(key) !== undefined

/** the unit the gap is in: a ratio check may state its gap in yuan or persons */
const gapUnit = (c: Check): Check['unit'] => c.gapUnit ?? c.unit

function gapParams(ctx: Context, c: Check & { gap: number }): Record<string, string | number> | undefined {
  switch (gapUnit(c)) {
    case 'yuan':
      return { gap: c.gap }
    case 'persons':
      return { count: Math.ceil(c.gap) }
    case 'days':
      return { days: c.gap, date: addDays(ctx.asOf, c.gap) }
    case 'ratio':
      return { pp: pointsUp(c.gap) }
    case 'points':
      return { points: c.gap }
    default:
      return undefined
  }
}

/**
 * the check's own gap template when the check has one for this unit, else the unit's. A score known only as a
 * range fails on its top, so the points it lacks are "at least" the gap.
 */
function gapMessage(ctx: Context, c: Check, program: Program): Message | undefined {
  if (c.gap === undefined || !(c.gap > 0)) return c.note
  const params = gapParams(ctx, { ...c, gap: c.gap })
  if (!params) return c.note
  // the staff share moves from the first year a hire can still work 183 days in (firstStaffYear)
  const from = c.id === 'hnte.st-staff-ratio' ? firstStaffYear(ctx.asOf) : ctx.assessmentYear
  const year = { year: from, next: from + 1 }
  const own = `checklist.gap.${c.id}`
  if (known(own) && expectedUnit(c.id) === gapUnit(c)) return msg(own, { ...params, ...year })
  const range = gapUnit(c) === 'points' && program.score.min < program.score.max
  return msg(range ? 'checklist.gap.points-at-least' : `checklist.gap.${gapUnit(c) ?? 'yuan'}`, params)
}

/** the unit each check-specific gap template was written for (issue #2 §2.4 "Gaps") */
function expectedUnit(id: string): Check['unit'] | undefined {
  if (id === 'hnte.st-staff-ratio') return 'persons'
  if (id === 'hnte.registered-one-year') return 'days'
  if (id.startsWith('hnte.rd-') || id === 'hnte.hitech-income-share') return 'yuan'
  return undefined
}

function answerFields(c: Check, program: Program): string[] {
  if (c.fields?.length) return c.fields
  // the score check is unknown when its range straddles the mark: the open parts say what to answer
  return program.score.parts.filter((p) => p.min < p.max).flatMap((p) => p.fields ?? [])
}

function byDate(ctx: Context, c: Check, deadline: string | undefined): string | undefined {
  if (gapUnit(c) === 'days' && c.gap !== undefined && c.gap > 0) return addDays(ctx.asOf, c.gap)
  if (PAST_YEAR_MEASURES.has(c.id) && c.status === 'fail') return `${ctx.assessmentYear}-12-31`
  return deadline
}

/** what to do about a failing check (fix) or an unanswered one: its own title, else the generic one */
export function checkItemTitle(c: Check): Message {
  const fix = c.status === 'fail'
  const titleKey = `checklist.${fix ? 'fix' : 'answer'}.${c.id}`
  return known(titleKey) ? msg(titleKey) : msg(`checklist.${fix ? 'fix' : 'answer'}.generic`, { id: c.id })
}

/**
 * Who the firm is, which no other answer can make up for (国科发政〔2017〕115号 第六条第（一）、（三）项 with
 * 国科火字〔2022〕67号: resident, 查账征收, not a restricted industry): while one fails it alone decides, and the other checks' gaps and questions change nothing.
 */
const BLOCKERS = new Set(['tsme.resident', 'tsme.industry'])

const blockersOf = (program: Program): Check[] =>
  program.checks.filter((c) => BLOCKERS.has(c.id) && c.status === 'fail')

/** the checks the checklist lists for a program: its failing blockers alone, else all of them (first-step.ts reads the same) */
export function listedChecks(program: Program): readonly Check[] {
  const blockers = blockersOf(program)
  return blockers.length ? blockers : program.checks
}

export function checkItems(ctx: Context, program: Program, deadline: string | undefined): ChecklistItem[] {
  const items: ChecklistItem[] = []
  const listed = listedChecks(program)
  const blockers = listed === program.checks ? [] : listed
  for (const c of listed) {
    if (c.status === 'pass') continue
    const fix = c.status === 'fail'
    const dept = CHECK_DEPARTMENT[c.id] ?? 'science'
    const title = checkItemTitle(c)
    const fields = fix ? [] : answerFields(c, program)
    const detail = fix
      ? (gapMessage(ctx, c, program) ?? (blockers.length ? msg('checklist.blocker.detail') : undefined))
      : fields.length
        ? msg('checklist.answer.fields', { fields: fields.join('、') })
        : c.note
    const item: ChecklistItem = {
      id: `${fix ? 'fix' : 'answer'}.${c.id}`,
      because: [c.id],
      title,
      who: ctx.locality.departments[dept].name,
      group: fix ? 'fix' : 'answer',
    }
    if (detail) item.detail = detail
    const by = byDate(ctx, c, deadline)
    if (by) item.by = by
    items.push(item)
  }
  return items
}
