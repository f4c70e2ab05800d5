// Typed text into the draft: the text is kept as typed, the answer set when it reads, and the store says only
// whether it read — never a message of its own (it had built Chinese ones that no screen showed; the screens say
// why in the reader's language, from the one catalogue).
import { describe, expect, it } from 'vitest'
import { emptyProfile } from '../../src/profile/types'
import { applyText } from '../../src/stores/typed-texts'

describe('applyText', () => {
  it('keeps unreadable text, leaves the answer unknown, and answers only whether it read', () => {
    const profile = emptyProfile('2026-11-26')
    const raw: Record<string, string> = {}
    expect(applyText(profile, raw, 'staff.total', '2abc')).toBe(false)
    expect(raw['staff.total']).toBe('2abc')
    expect(profile.staff.total).toBeUndefined()
    expect(applyText(profile, raw, 'staff.total', '20')).toBe(true)
    expect(profile.staff.total).toBe(20)
    // a number of persons is read, but breaks the field's rule (at most two decimals): unknown, text kept
    expect(applyText(profile, raw, 'staff.total', '20.125')).toBe(false)
    expect(profile.staff.total).toBeUndefined()
    expect(raw['staff.total']).toBe('20.125')
  })
})
