import { describe, expect, it } from 'vitest'
import { makeContext } from '../../../src/engine/context'
import { emptyProfile } from '../../../src/profile/types'
import { hnteCertificateValid } from '../../../src/rules/certificate'

const valid = (certifiedOn: string | undefined, asOf: string) => {
  const p = emptyProfile(asOf)
  if (certifiedOn) p.credentials.hnteCertifiedOn = certifiedOn
  return hnteCertificateValid(makeContext(p))
}

describe('hnteCertificateValid', () => {
  it.each([
    ['2023-11-26', '2023-11-26', true], // the day of issue
    ['2023-11-26', '2026-11-25', true], // 3 years − 1 day
    ['2023-11-26', '2026-11-26', false], // the anniversary
    ['2023-11-26', '2023-11-25', false], // not yet issued
    ['2024-02-29', '2027-02-27', true],
    ['2024-02-29', '2027-02-28', false], // 29 Feb + 3 years → 28 Feb
  ])('certificate of %s on %s → %s', (on, asOf, expected) => {
    expect(valid(on, asOf)).toBe(expected)
  })

  it('is undefined when the certificate date is not answered', () => {
    expect(valid(undefined, '2026-07-01')).toBeUndefined()
  })
})
