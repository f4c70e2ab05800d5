import { describe, it, expect } from 'vitest'
import { emptyProfile } from '../../src/profile/types'
import { fieldDomId, nextStep, prevStep, stepFields, stepOfField } from '../../src/wizard/steps'
import { getAnswer, setAnswer } from '../../src/wizard/profile-path'
import { askedProfile } from '../../src/wizard/asked'

const profile = (taxCollection?: 'audit' | 'deemed') => {
  const p = emptyProfile('2026-05-20')
  if (taxCollection) p.company.taxCollection = taxCollection
  return p
}

describe('nextStep / prevStep', () => {
  it('walks the steps in order for an audited firm', () => {
    expect(nextStep('compliance', profile('audit'))).toBe('tax')
    expect(nextStep('tax', profile('audit'))).toBe('review')
    expect(prevStep('review', profile())).toBe('tax')
  })
  it('keeps the tax step for a deemed-taxed firm: small low-profit relief covers it (issue #8 §1)', () => {
    expect(nextStep('compliance', profile('deemed'))).toBe('tax')
    expect(prevStep('review', profile('deemed'))).toBe('tax')
  })
  it('has nothing before start nor after results', () => {
    expect(prevStep('start', profile())).toBeNull()
    expect(nextStep('results', profile())).toBeNull()
  })
})

describe('stepOfField', () => {
  it.each([
    ['assessmentDate', 'start'],
    ['company.creditCode', 'company'],
    ['staff.scienceTechSme', 'staff'],
    ['years.2025.hiTechIncome', 'finance'],
    ['years.2024.rd.inHouse', 'rd'],
    ['years.2025.rdTax.items1to5', 'rd'],
    ['ip.classII', 'ip'],
    ['transformations', 'transformation'],
    ['rdManagement.talent', 'transformation'],
    ['record.seriousDishonesty', 'compliance'],
    ['credentials.hnteCertifiedOn', 'compliance'],
    ['tax.taxableIncome', 'tax'],
  ])('%s is asked on %s', (path, step) => {
    expect(stepOfField(path)).toBe(step)
  })
})

describe('fieldDomId', () => {
  it('prefixes f- and turns every non-alphanumeric into -', () => {
    expect(fieldDomId('years.2025.rd.inHouse')).toBe('f-years-2025-rd-inHouse')
    expect(fieldDomId('company.name')).toBe('f-company-name')
  })
})

describe('stepFields', () => {
  it('asks finance for the three fiscal years before the assessment year, last-year-only rows once', () => {
    const f = stepFields('finance', profile())
    expect(f).toContain('years.2023.salesRevenue')
    expect(f).toContain('years.2025.hiTechIncome')
    expect(f).not.toContain('years.2024.hiTechIncome')
    expect(f).not.toContain('years.2022.salesRevenue')
  })
  it('starts the window at the registration year of a young firm', () => {
    const p = profile()
    p.company.registeredOn = '2024-06-01'
    expect(stepFields('finance', p).some((x) => x.startsWith('years.2023'))).toBe(false)
    expect(stepFields('rd', p)).toContain('years.2025.rdTax.items1to5')
  })
  it('asks whether a certificate / number was ever issued, then its date / year unless the answer is 否', () => {
    const p = profile()
    const dated = ['credentials.hnteCertifiedOn', 'credentials.techSmeRegistrationYear']
    const asked = () => stepFields('compliance', p)
    expect(asked()).toEqual(
      expect.arrayContaining(['credentials.hnteCertificateHeld', 'credentials.techSmeRegistered']),
    )
    expect(asked()).toEqual(expect.arrayContaining(dated)) // blank: an older file's date stays in view
    p.credentials.hnteCertificateHeld = true
    expect(asked()).toContain('credentials.hnteCertifiedOn')
    Object.assign(p.credentials, {
      hnteCertificateHeld: false,
      techSmeRegistered: false,
      hnteCertifiedOn: '2024-01-05',
    })
    for (const f of dated) expect(asked()).not.toContain(f)
    // the date typed before 否 is kept, but the engine never reads it
    expect(askedProfile(p).credentials.hnteCertifiedOn).toBeUndefined()
    expect(p.credentials.hnteCertifiedOn).toBe('2024-01-05')
  })
})

describe('setAnswer / getAnswer', () => {
  it('creates a year entry on write and removes it when its last answer is cleared', () => {
    const p = profile()
    setAnswer(p, 'years.2025.rd.inHouse', 100)
    expect(p.years).toEqual([{ year: 2025, rd: { inHouse: 100 } }])
    expect(getAnswer(p, 'years.2025.rd.inHouse')).toBe(100)
    setAnswer(p, 'years.2025.rd.inHouse', undefined)
    expect(p.years).toEqual([])
  })
  it('refuses paths that could reach the prototype', () => {
    expect(() => setAnswer(profile(), '__proto__.x', 1)).toThrow()
  })
})
