// Whether the firm holds a valid HNTE certificate on the assessment date: the certificate is valid for three
// years from the day it was issued (国科发火〔2016〕32号 第九条; rules.md §2.6).
import type { Context } from '../engine/context'
import { addYears } from '../engine/dates'
import { entryAt, param } from '../engine/params'
import { cite, HNTE_MEASURES } from './citations'

export const hnteCertificateYears = param<number>({
  id: 'hnte.certificateValidityYears',
  label: '高新技术企业资格有效期（年）',
  history: [{ from: '2016-01-01', value: 3, cite: cite(HNTE_MEASURES, '第九条') }],
})

/** the last day the certificate is valid is the day before the anniversary; undefined when not answered */
export function hnteCertificateValid(ctx: Context): boolean | undefined {
  const on = ctx.profile.credentials.hnteCertifiedOn
  if (!on) return undefined
  // LEGAL-Q: "自颁发证书之日起有效期为三年" read as [issue date, issue date + 3 years): the anniversary is out.
  const years = entryAt(hnteCertificateYears, ctx.asOf)?.value
  if (years === undefined) return undefined
  return on <= ctx.asOf && ctx.asOf < addYears(on, years)
}
