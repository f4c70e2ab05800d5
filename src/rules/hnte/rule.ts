// 高新技术企业 (HNTE): the eight conditions of 国科发火〔2016〕32号 第十一条, with the 工作指引 (〔2016〕195号)
// definitions, each as a check; the innovation score as a range of integer points.
import { cite, HNTE_MEASURES } from '../citations'
import { entryAt } from '../../engine/params'
import { msg } from '../../engine/messages'
import { programStatus } from '../../engine/program'
import type { Check, Program } from '../../engine/types'
import type { Context } from '../../engine/context'
import { allParams, scorePassMark } from './params'
import { coreIp, noMajorIncident, registeredOneYear, techField } from './basic'
import { stStaffRatio, hiTechIncomeShare } from './shares'
import { rdWindow } from './rd'
import { rdDomesticShare, rdIntensity } from './rd-checks'
import { hnteScore, innovationScoreCheck } from './score'
import { unknownCheck } from './check'
import { notCancelledThisYear } from './cancelled'

export { hnteRdOfYear } from './rd'
export { usableIpCount } from './ip'

const SCORE_CHECK = 'hnte.innovation-score'

/** the checks in their stable order, with the item of Article 11 each implements */
const CHECKS: [string, NonNullable<Check['unit']>, string][] = [
  ['hnte.registered-one-year', 'days', '一'],
  ['hnte.core-ip', 'flag', '二'],
  ['hnte.tech-field', 'flag', '三'],
  ['hnte.st-staff-ratio', 'ratio', '四'],
  ['hnte.rd-intensity', 'ratio', '五'],
  ['hnte.rd-domestic-share', 'ratio', '五'],
  ['hnte.hitech-income-share', 'ratio', '六'],
  [SCORE_CHECK, 'points', '七'],
  ['hnte.no-major-incident', 'flag', '八'],
]

const inScope = (asOf: string): boolean => allParams.every((p) => entryAt(p, asOf) !== undefined)

/** Before 2016-01-01 the 2016 measures did not apply and the 2008 ones are not encoded: every check unknown. */
function outOfScope(ctx: Context): Program {
  const note = msg('hnte.note.out-of-scope', { asOf: ctx.asOf })
  const checks = CHECKS.map(([id, unit, item]) =>
    unknownCheck({ id, unit, cite: cite(HNTE_MEASURES, `第十一条第（${item}）项`), fields: [] }, [], { note }),
  )
  // the pass mark the 2016 measures set, for display; no part is scored
  const score = { min: 0, max: 0, passMark: scorePassMark.history[0]!.value, parts: [] }
  return { status: programStatus(checks, SCORE_CHECK, score), checks, score }
}

export function evaluateHnte(ctx: Context): Program {
  if (!inScope(ctx.asOf)) return outOfScope(ctx)
  const window = rdWindow(ctx)
  const score = hnteScore(ctx)
  const checks = [
    registeredOneYear(ctx),
    coreIp(ctx),
    techField(ctx),
    stStaffRatio(ctx),
    rdIntensity(ctx, window),
    rdDomesticShare(ctx, window),
    hiTechIncomeShare(ctx),
    innovationScoreCheck(ctx, score),
    noMajorIncident(ctx),
  ]
  const cancelled = notCancelledThisYear(ctx)
  if (cancelled) checks.push(cancelled)
  return { status: programStatus(checks, SCORE_CHECK, score), checks, score }
}
