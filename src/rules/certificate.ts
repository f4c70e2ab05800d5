// Whether the firm holds a valid HNTE certificate on the assessment date: the certificate is valid for three
// years from the day it was issued (国科发火〔2016〕32号 第九条).
import type { Context } from '../engine/context'
import { addDays, addYears, yearOf } from '../engine/dates'
import { atOrNearest, entryAt, param } from '../engine/params'
import { cite, HNTE_MEASURES } from './citations'

export const hnteCertificateYears = param<number>({
  id: 'hnte.certificateValidityYears',
  label: '高新技术企业资格有效期（年）',
  history: [{ from: '2016-01-01', value: 3, cite: cite(HNTE_MEASURES, '第九条') }],
})

type Credentials = Context['profile']['credentials']

/**
 * 是 / 否 / unknown to "ever issued an HNTE certificate?": a date given means 是 (files saved before the question: a
 * date present = issued, none = unknown; the wizard does not ask the date after 否, so an assessed 否 has none);
 * blank is unknown, never 否.
 */
export function hnteCertificateIssued(c: Credentials): boolean | undefined {
  return c.hnteCertifiedOn ? true : c.hnteCertificateHeld
}

/** the same for the tech-SME 入库登记编号: a year given means 是, blank is unknown */
export function techSmeNumberIssued(c: Credentials): boolean | undefined {
  return c.techSmeRegistrationYear !== undefined ? true : c.techSmeRegistered
}

/** the last day the certificate is valid is the day before the anniversary; undefined when not known (no
 *  answer, or 是 without its date); false when the firm answered that it was never issued one */
export function hnteCertificateValid(ctx: Context): boolean | undefined {
  const issued = hnteCertificateIssued(ctx.profile.credentials)
  if (issued === false) return false
  const on = ctx.profile.credentials.hnteCertifiedOn
  if (!on) return undefined
  // LEGAL-Q: "自颁发证书之日起有效期为三年" read as [issue date, issue date + 3 years): the anniversary is out.
  const years = entryAt(hnteCertificateYears, ctx.asOf)?.value
  if (years === undefined) return undefined
  return on <= ctx.asOf && ctx.asOf < addYears(on, years)
}

/**
 * What the latest certificate says about HNTE status in a tax year. The 15% rate applies from the tax year of the
 * issue date (国家税务总局公告2017年第24号 第一条): a certificate issued in year Y covers the whole tax years
 * Y … up to the year before its validity ends; the year it ends mid-year is the expiry year, in which the firm may
 * prepay at 15% but owes the difference unless re-recognised by 31 December (同条第二款).
 * 'earlier-unknown': the latest certificate is later than the tax year, so an earlier one may have covered it.
 */
export type CertificateInYear = 'covers' | 'expiry-year' | 'none' | 'earlier-unknown'

export function hnteCertificateInYear(ctx: Context, taxYear: number): CertificateInYear {
  const on = ctx.profile.credentials.hnteCertifiedOn
  if (!on || on > ctx.asOf) return 'none'
  const cancelled = ctx.profile.credentials.hnteCancelledYear
  // a status cancelled in year C is not held from C on (国科发火〔2016〕32号 第十九条)
  if (cancelled !== undefined && cancelled >= yearOf(on) && taxYear >= cancelled) return 'none'
  if (taxYear < yearOf(on)) return 'earlier-unknown'
  const years = atOrNearest(hnteCertificateYears, `${taxYear}-12-31`).value
  const lastDay = addDays(addYears(on, years), -1)
  const lastYear = yearOf(lastDay)
  if (taxYear < lastYear || (taxYear === lastYear && lastDay.endsWith('-12-31'))) return 'covers'
  return taxYear === lastYear ? 'expiry-year' : 'none'
}
