// The text rules of the field table (a firm name, a credit code, the two catalogue codes): each check returns
// the problem with a reason that depends on the text itself (a catalogue key textRule.* with params, and its
// zh-CN text as `message`), or undefined when the text is acceptable.
import { checkCreditCode, creditCodeProblem } from '../profile/credit-code'
import { firmNameProblem } from '../profile/firm-name'
import { renderProblemKey, type ProblemKey } from './problem-text'
import type { FieldDef } from './types'

export type TextProblem = { code: string; message: string } & ProblemKey

const problem = (code: string, p: ProblemKey): TextProblem => ({ code, ...p, message: renderProblemKey(p) })

function creditCode(s: string): TextProblem | undefined {
  const r = checkCreditCode(s)
  return r.ok ? undefined : problem('credit-code', creditCodeProblem(r))
}

/** GB/T 4754-2017: a section letter A–T, optionally followed by a 2-digit division (and group/class digits) */
function industry(s: string): TextProblem | undefined {
  return /^[A-T](\d{2}(\d{1,2})?)?$/.test(s) ? undefined : problem('industry', { key: 'textRule.industry' })
}

/** 《国家重点支持的高新技术领域》: '1'…'8', '1.2', '1.2.3', or 'none' */
function techField(s: string): TextProblem | undefined {
  return s === 'none' || /^[1-8](\.[1-9]\d?){0,2}$/.test(s)
    ? undefined
    : problem('tech-field', { key: 'textRule.tech-field' })
}

export function textRuleCheck(f: FieldDef): ((s: string) => TextProblem | undefined) | undefined {
  if (f.catalogue === 'industry') return industry
  if (f.catalogue === 'techField') return techField
  if (f.rule === 'creditCode') return creditCode
  if (f.rule === 'firmName') return firmNameProblem
  return undefined
}
