// The text rules of the field table (a firm name, a credit code, the two catalogue codes): each check returns
// the problem with a zh-CN reason that depends on the text itself, or undefined when the text is acceptable.
import { checkCreditCode, creditCodeReason } from '../profile/credit-code'
import { firmNameProblem } from '../profile/firm-name'
import type { FieldDef } from './types'

export type TextProblem = { code: string; message: string }

function creditCode(s: string): TextProblem | undefined {
  const r = checkCreditCode(s)
  return r.ok ? undefined : { code: 'credit-code', message: creditCodeReason(r) }
}

/** GB/T 4754-2017: a section letter A–T, optionally followed by a 2-digit division (and group/class digits) */
function industry(s: string): TextProblem | undefined {
  return /^[A-T](\d{2}(\d{1,2})?)?$/.test(s)
    ? undefined
    : {
        code: 'industry',
        message: '行业代码应为国民经济行业分类（GB/T 4754-2017）代码，如 “C”、“C33”、“F51”，字母大写',
      }
}

/** 《国家重点支持的高新技术领域》: '1'…'8', '1.2', '1.2.3', or 'none' */
function techField(s: string): TextProblem | undefined {
  return s === 'none' || /^[1-8](\.[1-9]\d?){0,2}$/.test(s)
    ? undefined
    : {
        code: 'tech-field',
        message: '技术领域应为领域编号（如 “1”、“1.2”、“1.2.3”，一级为 1–8），不属于任何领域时填 “none”',
      }
}

export function textRuleCheck(f: FieldDef): ((s: string) => TextProblem | undefined) | undefined {
  if (f.catalogue === 'industry') return industry
  if (f.catalogue === 'techField') return techField
  if (f.rule === 'creditCode') return creditCode
  if (f.rule === 'firmName') return firmNameProblem
  return undefined
}
