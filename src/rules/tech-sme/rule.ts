// 科技型中小企业评价 (国科发政〔2017〕115号 第六条–第八条, 国科火字〔2022〕67号; docs/rules.md §3).
import type { Context } from '../../engine/context'
import { msg } from '../../engine/messages'
import { at } from '../../engine/params'
import { programStatus, sumParts } from '../../engine/program'
import { mul, q, toNumber } from '../../engine/rational'
import type { Assessment, Check, Citation, ProgramStatus, Score, ScorePart } from '../../engine/types'
import { hnteCertificateIssued, hnteCertificateValid } from '../certificate'
import { cite, TSME_MEASURES } from '../citations'
import { noteUnverified } from '../notices'
import { conditionChecks } from './checks'
import { passMark, stStaffBands, tsmeDate } from './params'
import { ipPart, rdPart, stStaffPart } from './score'

export type DirectPassRoute = 'hnte-certificate' | 'national-award' | 'rd-institution' | 'led-standard'

/** 第八条: the first route that holds, in the article's order */
export function directPassRoute(ctx: Context): DirectPassRoute | undefined {
  const c = ctx.profile.credentials
  if (hnteCertificateValid(ctx) === true) return 'hnte-certificate'
  if (c.nationalAwardTop3 === true) return 'national-award'
  if (c.provincialRdInstitution === true) return 'rd-institution'
  if (c.ledStandard === true) return 'led-standard'
  return undefined
}

/** the score check with its figures (built in one literal each: a spread costs more, and assess() runs often) */
function scoreResult(score: Score, status: Check['status'], cite: Citation, extra?: Partial<Check>): Check {
  const c: Check = {
    id: 'tsme.score',
    value: score.min,
    valueMax: score.max,
    threshold: score.passMark,
    unit: 'points',
    status,
    cite,
  }
  return extra ? Object.assign(c, extra) : c
}

/** 第六条第（五）项: score ≥ pass mark AND the 科技人员 part not 0, unless 第八条 confirms the firm directly */
function scoreCheck(ctx: Context, score: Score, stStaff: ScorePart, route: DirectPassRoute | undefined): Check {
  if (route) {
    const note = msg(`tsme.check.score.direct-pass.${route}`)
    return scoreResult(score, 'pass', cite(TSME_MEASURES, '第八条'), { note })
  }
  const c = cite(TSME_MEASURES, '第六条第（五）项')
  if (score.min >= score.passMark && stStaff.min > 0) return scoreResult(score, 'pass', c)
  if (score.max >= score.passMark && stStaff.max > 0) {
    const fields: string[] = []
    for (const p of score.parts) if (p.fields) fields.push(...p.fields)
    return scoreResult(score, 'unknown', c, { fields })
  }
  // the fewest extra points: enough for the pass mark, and at least the lowest non-zero 科技人员 band
  const table = at(stStaffBands, tsmeDate(ctx.asOf)).value
  const lowest = table.bands[table.bands.length - 1]
  const shortfall = Math.max(score.passMark - score.max, 0)
  if (stStaff.max === 0 && lowest) {
    const gap = Math.max(shortfall, lowest.min)
    const note = msg('tsme.check.score.st-staff-zero', { ratio: `${toNumber(mul(lowest.atLeast, q(100)))}%` })
    return scoreResult(score, 'fail', c, { gap, note })
  }
  const note = msg('tsme.check.score.below-pass', { max: score.max, passMark: score.passMark, gap: shortfall })
  return scoreResult(score, 'fail', c, { gap: shortfall, note })
}

function registrationNotice(ctx: Context): void {
  const year = ctx.assessmentYear
  const here = ctx.locality.techSmeWindows[String(year)]
  // a window already closed is never shown as upcoming: next year's when the locality has it, else "not announced"
  const closed = here !== undefined && here.to < ctx.asOf
  const shownYear = closed ? year + 1 : year
  const window = closed ? ctx.locality.techSmeWindows[String(year + 1)] : here
  if (!window) {
    const key = closed ? 'tsme.notice.registration-closed' : 'tsme.notice.registration-no-window'
    ctx.notice('tsme.registration', 'info', msg(key, { year, to: here?.to ?? '', next: year + 1 }))
    return
  }
  if (window.unverified)
    noteUnverified(
      ctx,
      `${shownYear}年科技型中小企业评价时间（${ctx.locality.name}设置）`,
      `the ${shownYear} tech-SME evaluation window (${ctx.locality.nameEn || ctx.locality.name} settings)`,
    )
  const params = { year: shownYear, from: window.from, to: window.to }
  ctx.notice('tsme.registration', 'info', msg('tsme.notice.registration', params))
}

/** the four routes of 第八条 as answered (undefined: not known), with the question that settles each */
export function directRouteAnswers(ctx: Context): { answer: boolean | undefined; field: string }[] {
  const c = ctx.profile.credentials
  const cert = hnteCertificateIssued(c) ? 'credentials.hnteCertifiedOn' : 'credentials.hnteCertificateHeld'
  return [
    { answer: hnteCertificateValid(ctx), field: cert },
    { answer: c.nationalAwardTop3, field: 'credentials.nationalAwardTop3' },
    { answer: c.provincialRdInstitution, field: 'credentials.provincialRdInstitution' },
    { answer: c.ledStandard, field: 'credentials.ledStandard' },
  ]
}

/**
 * 第八条 needs conditions 1–4 and one route: pass when both hold, fail when a condition fails or every route is
 * answered and none holds, else unknown (待确认): an unanswered route or condition is not a 否.
 */
export function directPassStatus(ctx: Context, conditions: readonly Check[]): 'pass' | 'fail' | 'unknown' {
  const route = directPassRoute(ctx)
  if (conditions.some((c) => c.status === 'fail')) return 'fail'
  // the certificate route is 否 only when the firm answered that it never had one or its date is not valid then;
  // a blank answer (or 是 without the date) leaves it 待确认 like the three yes/no routes
  if (route === undefined && directRouteAnswers(ctx).every((r) => r.answer === false)) return 'fail'
  if (route !== undefined && conditions.every((x) => x.status === 'pass')) return 'pass'
  return 'unknown'
}

/**
 * A firm that fails only on the score while a 第八条 route is unanswered is not known to fail: answering 是 would pass
 * it without the score, so it is 'incomplete' (待确认), never ✗.
 */
function openByRoute(status: ProgramStatus, checks: readonly Check[], passStatus: string): ProgramStatus {
  if (status !== 'ineligible' || passStatus !== 'unknown') return status
  return checks.some((c) => c.id !== 'tsme.score' && c.status === 'fail') ? status : 'incomplete'
}

export function evaluateTechSme(ctx: Context): Assessment['techSme'] {
  const conditions = conditionChecks(ctx)
  const stStaff = stStaffPart(ctx)
  const parts = [stStaff, rdPart(ctx), ipPart(ctx)]
  const { min, max } = sumParts(parts)
  const score: Score = { min, max, passMark: at(passMark, tsmeDate(ctx.asOf)).value, parts }
  const route = directPassRoute(ctx)
  const passStatus = directPassStatus(ctx, conditions)
  const directPass = passStatus === 'pass'
  const checks = conditions
  checks.push(scoreCheck(ctx, score, stStaff, directPass ? route : undefined))
  registrationNotice(ctx)
  // with a direct pass the score range is irrelevant: it must not make the program 'borderline'
  const status = directPass ? 'eligible' : openByRoute(programStatus(checks, 'tsme.score', score), checks, passStatus)
  const out: Assessment['techSme'] = { status, checks, score, directPass, directPassStatus: passStatus }
  if (passStatus === 'unknown') {
    const ask = directRouteAnswers(ctx).filter((r) => r.answer === undefined)
    if (ask.length) out.directPassAsk = ask.map((r) => r.field)
  }
  return out
}
