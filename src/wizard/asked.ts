// What the wizard asks a given firm. A 核定征收 (deemed-taxed) firm is asked on the tax step only what small
// low-profit relief needs (国税函〔2009〕377号 第一条第（一）项: no other income-tax incentive for it; 小型微利 covers
// both collection methods: 国家税务总局公告2023年第6号 第二条), and no super-deduction R&D (财税〔2015〕119号 第五条
// 第（一）项: 查账征收 firms only).
// Answers the wizard does not ask stay stored (nothing typed is lost) but never reach the assessed profile.
import { fieldShape } from '../fields/shape'
import type { FirmProfile } from '../profile/types'
import { getAnswer, setAnswer } from './profile-path'

/** the tax questions a deemed-taxed firm is asked */
const DEEMED_TAX = new Set(['tax.taxYear', 'tax.taxableIncome', 'tax.avgEmployees', 'tax.avgTotalAssets'])

/** a detail asked unless its yes/no answer is 否 (shown while blank too: a file saved before the yes/no keeps its
 *  date in view, and a date typed while the answer is blank means 是) */
const DETAIL_OF: Readonly<Record<string, 'hnteCertificateHeld' | 'techSmeRegistered'>> = {
  'credentials.hnteCertifiedOn': 'hnteCertificateHeld',
  'credentials.techSmeRegistrationYear': 'techSmeRegistered',
}

/** whether the wizard asks this firm the field at `path` (years by number or '*') */
export function isAsked(path: string, profile: FirmProfile): boolean {
  const gate = DETAIL_OF[path]
  if (gate !== undefined && profile.credentials[gate] === false) return false
  if (profile.company.taxCollection !== 'deemed') return true
  const shape = fieldShape(path)
  if (shape.startsWith('tax.')) return DEEMED_TAX.has(shape)
  return !shape.startsWith('years.*.rdTax.')
}

/** every answered path of a profile (years by number) */
function answeredPaths(p: FirmProfile): string[] {
  const groups = ['company', 'staff', 'ip', 'rdManagement', 'record', 'credentials', 'tax'] as const
  const out = groups.flatMap((g) => Object.keys(p[g]).map((k) => `${g}.${k}`))
  for (const y of p.years) {
    out.push(
      ...Object.keys(y)
        .filter((k) => k !== 'year' && k !== 'rd' && k !== 'rdTax')
        .map((k) => `years.${y.year}.${k}`),
    )
    for (const sub of ['rd', 'rdTax'] as const)
      out.push(...Object.keys(y[sub] ?? {}).map((k) => `years.${y.year}.${sub}.${k}`))
  }
  return out
}

/** the profile the engine assesses: a copy without the answers the wizard does not ask this firm */
export function askedProfile(profile: FirmProfile): FirmProfile {
  const hidden = answeredPaths(profile).filter((p) => !isAsked(p, profile))
  if (hidden.length === 0) return profile
  const copy = JSON.parse(JSON.stringify(profile)) as FirmProfile
  for (const p of hidden) if (getAnswer(copy, p) !== undefined) setAnswer(copy, p, undefined)
  return copy
}
