import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CREDIT_CODE_ALPHABET,
  checkCreditCode,
  creditCodeCheckChar,
  creditCodeReason,
} from '../../src/profile/credit-code'

describe('checkCreditCode (GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y43', 'the example code published with the standard'],
    ['914403001922038216', 'a public firm’s code with a digit check'],
    ['91110000600037341L', 'a public firm’s code with a letter check'],
    ['91131081MA07XK3P2B', 'a 霸州 code computed by hand: Σ = 2,531, mod 31 = 20, 31 − 20 = 11 → B'],
  ])('accepts %s (%s)', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true })
  })

  it('computes the check character by hand for a code of zeros and ones', () => {
    // 10000000000000000: Σ = 1×1 = 1; 31 − 1 = 30 → alphabet[30] = 'Y'
    expect(creditCodeCheckChar('10000000000000000')).toBe('Y')
    // all zeros: Σ = 0 → 31 − 0 = 31 → 0
    expect(creditCodeCheckChar('00000000000000000')).toBe('0')
  })

  it('rejects a wrong check character and names the expected one', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'check', expected: '3', actual: '4' })
  })

  it.each([['91350100M000100Y4'], ['91350100M000100Y433'], ['']])('rejects the length of %j', (code) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: false, reason: 'length' })
  })

  it.each(['I', 'O', 'Z', 'S', 'V', 'a', '-'])('rejects the character %s and gives its position', (c) => {
    const code = `91350100M${c}00100Y43`
    expect(checkCreditCode(code)).toEqual({ ok: false, reason: 'character', position: 10, character: c })
  })

  it('explains each reason in Chinese with the fix', () => {
    expect(creditCodeReason({ ok: false, reason: 'length', length: 17 })).toContain('17位')
    expect(creditCodeReason({ ok: false, reason: 'check', expected: '3', actual: '4' })).toContain('应为“3”')
    expect(creditCodeReason({ ok: false, reason: 'character', position: 10, character: 'O' })).toContain('第10位')
  })

  it('accepts exactly one check character for any 17 valid characters', () => {
    const char = fc.constantFrom(...CREDIT_CODE_ALPHABET)
    fc.assert(
      fc.property(fc.array(char, { minLength: 17, maxLength: 17 }), char, (body, last) => {
        const first17 = body.join('')
        const valid = checkCreditCode(first17 + last).ok
        expect(valid).toBe(last === creditCodeCheckChar(first17))
      }),
    )
  })
})
