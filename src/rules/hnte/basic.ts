// 认定办法 第十一条 (一)(二)(三)(八): registration age, core IP, technology field, no major incident.
import { cite, HNTE_MEASURES } from '../citations'
import { daysBetween } from '../../engine/dates'
import { msg } from '../../engine/messages'
import { q } from '../../engine/rational'
import { notLessThan } from '../../engine/compare'
import type { Check } from '../../engine/types'
import type { Context } from '../../engine/context'
import { minRegisteredDays } from './params'
import { decidedCheck, unknownCheck, val, type CheckBase } from './check'
import { ipCountFields, ipCountsConfirmed, usableIp } from './ip'

const art11 = (item: string) => cite(HNTE_MEASURES, `第十一条第（${item}）项`)

/** (一) 注册成立一年以上 = at least 365 calendar days between registration and application (docs/rules.md §1) */
export function registeredOneYear(ctx: Context): Check {
  const base: CheckBase = {
    id: 'hnte.registered-one-year',
    unit: 'days',
    cite: art11('一'),
    fields: ['company.registeredOn'],
  }
  const on = ctx.profile.company.registeredOn
  const threshold = val(ctx, minRegisteredDays)
  if (on === undefined) return unknownCheck(base, base.fields, { threshold })
  const value = daysBetween(on, ctx.asOf)
  const ok = notLessThan(q(value), q(threshold))
  const gap = threshold - value
  const note = ok ? undefined : msg('hnte.check.registered-one-year.fail', { value, threshold, gap })
  return decidedCheck(base, ok, { value, threshold, gap, note })
}

/** (二) owns IP with a core supporting role for the main products: usable IP > 0 and 核心支持作用 */
export function coreIp(ctx: Context): Check {
  const base: CheckBase = {
    id: 'hnte.core-ip',
    unit: 'flag',
    cite: art11('二'),
    fields: [
      'ip.classI',
      'ip.classII',
      'ip.classIIUsedBefore',
      'ip.coOwnedExcluded',
      'ip.grantedBeforeApplication',
      'ip.coreToMainProducts',
    ],
  }
  const core = ctx.profile.ip.coreToMainProducts
  const usable = usableIp(ctx).total
  if (usable.max === 0) return decidedCheck(base, false, { value: 0, note: msg('hnte.check.core-ip.no-ip') })
  if (core === false) return decidedCheck(base, false, { note: msg('hnte.check.core-ip.not-core') })
  if (usable.min > 0 && core === true) return decidedCheck(base, true, { value: usable.min })
  const missing = [
    ...(usable.min > 0 ? [] : ipCountFields(ctx.profile)),
    ...(core === undefined ? ['ip.coreToMainProducts'] : []),
  ]
  const confirmed = ipCountsConfirmed(ctx.profile)
  if (usable.min > 0 || confirmed === true) return unknownCheck(base, missing)
  const note = msg(confirmed === false ? 'hnte.note.ip-not-all-count' : 'hnte.note.ip-unconfirmed')
  return unknownCheck(base, missing, { note })
}

// 《国家重点支持的高新技术领域》 (2016): number of second-level items under each of the 8 fields (docs/rules.md §6).
const SECOND_LEVEL: Record<string, number> = { 1: 8, 2: 7, 3: 2, 4: 6, 5: 8, 6: 4, 7: 8, 8: 9 }

/** a field code '1'…'8', '1.2' or '1.2.3' whose first two levels exist; the third level is [3P]: format only */
export function isTechFieldCode(code: string): boolean {
  const m = /^([1-8])(?:\.([1-9]\d?)(?:\.([1-9]\d?))?)?$/.exec(code)
  if (!m) return false
  const top = m[1] as string
  return m[2] === undefined || Number(m[2]) <= (SECOND_LEVEL[top] ?? 0)
}

/** (三) core technology within the State-supported high-tech fields */
export function techField(ctx: Context): Check {
  const base: CheckBase = { id: 'hnte.tech-field', unit: 'flag', cite: art11('三'), fields: ['company.techField'] }
  const code = ctx.profile.company.techField?.trim()
  if (code === undefined || code === '') return unknownCheck(base, base.fields)
  if (code === 'none') return decidedCheck(base, false, { note: msg('hnte.check.tech-field.none') })
  if (isTechFieldCode(code)) return decidedCheck(base, true)
  return unknownCheck(base, base.fields, { note: msg('hnte.note.tech-field-invalid', { code }) })
}

/** (八) no major safety or quality accident, no serious environmental violation in the year before applying */
export function noMajorIncident(ctx: Context): Check {
  const base: CheckBase = {
    id: 'hnte.no-major-incident',
    unit: 'flag',
    cite: art11('八'),
    fields: ['record.majorIncidentPastYear'],
  }
  const incident = ctx.profile.record.majorIncidentPastYear
  if (incident === undefined) return unknownCheck(base, base.fields)
  return decidedCheck(base, !incident, incident ? { note: msg('hnte.check.no-major-incident.fail') } : {})
}
