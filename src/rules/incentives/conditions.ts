// Each incentive's preconditions on the taxpayer, as data with their citations (issue #8 §1). They are checked
// in order before any figure; evaluation stops at the first that fails, so an answer behind a failed precondition
// (e.g. a tax answer the wizard never asks a 核定征收 firm) is never read. Ids: `<incentive>.<kind>`.
import { msg } from '../../engine/messages'
import type { Check, CheckStatus, Citation, IncentiveStatus } from '../../engine/types'
import { negativeListStatus } from '../industry'
import type { IncentiveEnv } from './common'
import type { Held } from './held'
import { PRECONDITIONS, type Kind, type Precondition } from './conditions-data'

interface Outcome {
  status: CheckStatus
  fields: string[]
  note?: string
  /** unknown because the fields are unanswered: they are listed under 待确认 */
  ask?: true
}

/** the three outcomes of a yes/no precondition on one field, made once (frozen: checks share the field list) */
const outcomes = new Map<string, Record<CheckStatus, Outcome>>()

function yesNo(v: boolean | undefined, field: string): Outcome {
  let o = outcomes.get(field)
  if (!o) {
    const fields = Object.freeze([field]) as string[]
    o = { pass: { status: 'pass', fields }, fail: { status: 'fail', fields }, unknown: { status: 'unknown', fields } }
    outcomes.set(field, o)
  }
  return o[v === undefined ? 'unknown' : v ? 'pass' : 'fail']
}

const ANY: Outcome = { status: 'pass', fields: [] }

function held(h: Held, fields: string[], ask = h.ask): Outcome {
  const status: CheckStatus = h.standing === 'yes' ? 'pass' : h.standing === 'no' ? 'fail' : 'unknown'
  if (ask) return { status, fields: ask, note: h.reason, ask: true }
  return { status, fields, note: h.reason }
}

const HNTE_FIELDS = ['credentials.hnteCertifiedOn']
const TSME_FIELDS = ['credentials.techSmeRegistrationYear']

const TESTS: Record<Kind, (env: IncentiveEnv) => Outcome> = {
  residency: (env) => yesNo(env.ctx.profile.company.residentInMainland, 'company.residentInMainland'),
  collection: (env) => {
    const c = env.ctx.profile.company.taxCollection
    return yesNo(c === undefined ? undefined : c === 'audit', 'company.taxCollection')
  },
  // 小型微利: both collection methods qualify, so the answer decides nothing
  'any-collection': () => ANY,
  'negative-list': (env) => {
    const listed = negativeListStatus(env.ctx.profile.company.industry)
    return yesNo(listed === 'unknown' ? undefined : listed === 'not-listed', 'company.industry')
  },
  'restricted-industry': (env) => {
    const r = env.ctx.profile.company.restrictedIndustry
    return yesNo(r === undefined ? undefined : !r, 'company.restrictedIndustry')
  },
  'contracts-registered': (env) => yesNo(env.tax.techContractsRegistered, 'tax.techContractsRegistered'),
  'hnte-held': (env) => held(env.hnte, HNTE_FIELDS),
  'hnte-or-tsme-held': (env) => {
    const { hnte, techSme } = env
    if (hnte.standing === 'yes') return held(hnte, HNTE_FIELDS)
    if (techSme.standing === 'yes') return held(techSme, TSME_FIELDS)
    // an unanswered status leaves it open, and its note says so; the questions of both are listed
    const unsure = hnte.ask ? hnte : techSme.ask ? techSme : hnte.standing === 'unsure' ? hnte : techSme
    const ask = hnte.ask || techSme.ask ? [...(hnte.ask ?? []), ...(techSme.ask ?? [])] : undefined
    return held(unsure.standing === 'unsure' ? unsure : hnte, [...HNTE_FIELDS, ...TSME_FIELDS], ask)
  },
}

/** `<incentive>.<kind>`, made once per precondition (the table is static; assess() runs often) */
const ids = new Map<Precondition, string>()
function idOf(id: string, p: Precondition): string {
  let out = ids.get(p)
  if (out === undefined) ids.set(p, (out = `${id}.${p.kind}`))
  return out
}

function check(env: IncentiveEnv, id: string, p: Precondition, cite: Citation): Check {
  const o = TESTS[p.kind](env)
  const out: Check = { id: idOf(id, p), status: o.status, unit: 'flag', cite }
  if (o.fields.length && o.status !== 'pass') out.fields = o.fields
  if (o.ask && o.status === 'unknown') out.ask = true
  if (o.note) out.note = msg(`incentives.condition.${o.note}`, { taxYear: env.taxYear })
  if (p.unverified) out.unverified = true
  return out
}

export interface Preconditions {
  checks: Check[]
  /** 'applicable' when all pass; a failed one makes it 'not-applicable' and stops the reading */
  status: IncentiveStatus
}

/** the incentive's preconditions for the tax year, in order, stopping at the first that fails */
export function preconditions(env: IncentiveEnv, id: string): Preconditions {
  const checks: Check[] = []
  for (const p of PRECONDITIONS[id] ?? []) {
    const cite = typeof p.cite === 'function' ? p.cite(env) : p.cite
    const c = check(env, id, p, cite)
    checks.push(c)
    if (c.status === 'fail') return { checks, status: 'not-applicable' }
  }
  return { checks, status: checks.some((c) => c.status === 'unknown') ? 'unknown' : 'applicable' }
}
