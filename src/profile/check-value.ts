// One field's value against the rules of its table row (src/fields/rules.ts): the same rules the wizard's yup
// schemas run on what is typed. The first broken rule is reported, in zh-CN, with how to fix it.
import { fieldRules, ruleCode, ruleHolds, ruleMessage, ruleProblem } from '../fields'
import type { FieldSpec } from './field-specs'
import type { Problem } from './problems'

export { MAX_AMOUNT } from '../fields'

/** a problem for this value, or undefined when it may go into the profile as it is */
export function checkValue(v: unknown, spec: FieldSpec, path: string): Problem | undefined {
  for (const rule of fieldRules(spec.def)) {
    if (ruleHolds(rule, v)) continue
    // a text rule's reason depends on the text (which character, which check digit): it keeps its own code
    const own = rule.kind === 'text' ? rule.check(v as string) : undefined
    if (own) return { path, ...own }
    return {
      path,
      code: ruleCode(rule),
      message: ruleMessage(rule, spec.def, path, v, 'zh-CN'),
      ...ruleProblem(rule, spec.def, path, v),
    }
  }
  return undefined
}
