// 统一社会信用代码 (GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》): 18 characters from a
// 31-character alphabet (no I, O, Z, S, V); the 18th is a check character computed from the first 17.
import { renderProblemKey, type ProblemKey } from '../fields/problem-text'

/** the code alphabet in value order: a character's index is its value (GB 32100-2015 表2) */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** weights of positions 1–17 (GB 32100-2015 §5: 3^(i−1) mod 31) */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const LENGTH = 18
const MODULUS = 31

export type CreditCodeResult =
  | { ok: true }
  | { ok: false; reason: 'length'; length: number }
  | { ok: false; reason: 'character'; position: number; character: string }
  | { ok: false; reason: 'check'; expected: string; actual: string }

/** the check character for the first 17 characters (all in the alphabet) */
export function creditCodeCheckChar(first17: string): string {
  let total = 0
  for (let i = 0; i < WEIGHTS.length; i++) {
    total += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0)
  }
  const check = (MODULUS - (total % MODULUS)) % MODULUS
  return CREDIT_CODE_ALPHABET.charAt(check)
}

/** checks length, alphabet and check character; positions in the result are 1-based */
export function checkCreditCode(code: string): CreditCodeResult {
  const chars = [...code]
  if (chars.length !== LENGTH) return { ok: false, reason: 'length', length: chars.length }
  for (let i = 0; i < LENGTH; i++) {
    const c = chars[i] ?? ''
    if (!CREDIT_CODE_ALPHABET.includes(c)) return { ok: false, reason: 'character', position: i + 1, character: c }
  }
  const expected = creditCodeCheckChar(code.slice(0, LENGTH - 1))
  const actual = code.charAt(LENGTH - 1)
  return expected === actual ? { ok: true } : { ok: false, reason: 'check', expected, actual }
}

/** why a code is invalid, as a catalogue key (textRule.credit-code.*) and params, saying how to fix it */
export function creditCodeProblem(r: Exclude<CreditCodeResult, { ok: true }>): ProblemKey {
  const key = `textRule.credit-code.${r.reason}`
  switch (r.reason) {
    case 'length':
      return { key, params: { length: r.length } }
    case 'character':
      return { key, params: { position: r.position, character: r.character } }
    case 'check':
      return { key, params: { expected: r.expected, actual: r.actual } }
  }
}

/** a zh-CN explanation of why a code is invalid, saying how to fix it */
export function creditCodeReason(r: Exclude<CreditCodeResult, { ok: true }>): string {
  return renderProblemKey(creditCodeProblem(r))
}
