import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { validateProfile, type ValidationResult } from '../../src/profile/validate'
import { rawProfile } from './helpers'

const problems = (r: ValidationResult) => (r.ok ? [] : r.problems)
const at = (r: ValidationResult) => problems(r).map((p) => `${p.path}:${p.code}`)

describe('validateProfile: the file as a whole', () => {
  it('accepts an empty profile and returns a fresh object', () => {
    const raw = rawProfile()
    const r = validateProfile(raw)
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.profile).toEqual(raw)
      expect(r.profile).not.toBe(raw)
      expect(r.profile.company).not.toBe(raw.company)
    }
  })

  it.each([[null], [[]], ['text'], [42]])('rejects %j as not a profile object', (v) => {
    expect(at(validateProfile(v))).toEqual([':not-object'])
  })

  it('rejects a wrong format and stops there', () => {
    expect(at(validateProfile(rawProfile({ format: 'innocheck-assessment', staff: 'x' })))).toEqual(['format:format'])
  })

  it('asks to upgrade for a newer version', () => {
    const r = validateProfile(rawProfile({ version: 2 }))
    expect(at(r)).toEqual(['version:version-future'])
    expect(problems(r)[0]?.message).toContain('请升级 InnoCheck')
  })

  it.each([[0], [1.5], ['1'], [undefined]])('rejects the unknown version %j', (v) => {
    expect(at(validateProfile(rawProfile({ version: v })))).toEqual(['version:version-unknown'])
  })

  it('requires the assessment date, the years array and every group object', () => {
    const raw = rawProfile()
    delete raw.assessmentDate
    delete raw.years
    delete raw.tax
    expect(at(validateProfile(raw))).toEqual(['assessmentDate:required', 'years:required', 'tax:required'])
  })

  it('reports a group that is not an object', () => {
    expect(at(validateProfile(rawProfile({ staff: [1], years: {} })))).toEqual(['staff:type', 'years:type'])
  })

  it('ignores unknown keys with a warning and leaves them out of the profile', () => {
    const r = validateProfile(rawProfile({ extra: 1, company: { slogan: 'x', name: '霸州甲' } }))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.warnings.map((w) => w.path)).toEqual(['extra', 'company.slogan'])
    expect(r.profile.company).toEqual({ name: '霸州甲' })
    expect('extra' in r.profile).toBe(false)
  })
})

describe('validateProfile: dangerous keys', () => {
  const text =
    '{"format":"innocheck-profile","version":1,"assessmentDate":"2026-11-26","__proto__":{"polluted":1},' +
    '"company":{"constructor":{"prototype":{"polluted":2}}},"staff":{},"years":[{"year":2025,"rd":{"prototype":1}}],' +
    '"ip":{},"rdManagement":{},"record":{},"credentials":{},"tax":{"x":{"__proto__":{"polluted":3}}}}'

  it('reports __proto__, constructor and prototype keys wherever they are', () => {
    const r = validateProfile(JSON.parse(text))
    expect(at(r)).toEqual([
      '__proto__:forbidden-key',
      'company.constructor:forbidden-key',
      'years.0.rd.prototype:forbidden-key',
      'tax.x.__proto__:forbidden-key',
    ])
  })

  it('never pollutes Object.prototype', () => {
    validateProfile(JSON.parse(text))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('builds a profile without them when only a warning-level key is unknown', () => {
    const r = validateProfile(rawProfile({ company: { name: 'x' } }))
    expect(r.ok && Object.getPrototypeOf(r.profile.company)).toBe(Object.prototype)
  })
})

describe('validateProfile: field types', () => {
  it.each([
    ['company', { name: 1 }, 'company.name:type'],
    ['company', { residentInMainland: 'yes' }, 'company.residentInMainland:type'],
    ['company', { taxCollection: 'self' }, 'company.taxCollection:enum'],
    ['company', { industry: 'c33' }, 'company.industry:industry'],
    ['company', { techField: '9' }, 'company.techField:tech-field'],
    ['company', { registeredOn: '2025-02-29' }, 'company.registeredOn:date'],
    ['company', { registeredOn: '2025-2-1' }, 'company.registeredOn:date'],
    ['company', { creditCode: '91350100M000100Y44' }, 'company.creditCode:credit-code'],
    ['staff', { total: '10' }, 'staff.total:type'],
    ['staff', { total: 10.123 }, 'staff.total:decimals'],
    ['staff', { scienceTechSme: -1 }, 'staff.scienceTechSme:negative'],
    ['ip', { classI: 1.5 }, 'ip.classI:not-integer'],
    ['ip', { advancement: 'F' }, 'ip.advancement:enum'],
    ['rdManagement', { talent: true }, 'rdManagement.talent:enum'],
    ['credentials', { hnteCertifiedOn: 20240101 }, 'credentials.hnteCertifiedOn:type'],
    ['tax', { techTransferIncome: -0.01 }, 'tax.techTransferIncome:negative'],
    ['tax', { equipmentUpTo5m: 1.001 }, 'tax.equipmentUpTo5m:decimals'],
    ['tax', { avgTotalAssets: 1e14 }, 'tax.avgTotalAssets:too-large'],
    ['tax', { techTransferIncome: Number.NaN }, 'tax.techTransferIncome:not-finite'],
    ['tax', { techTransferIncome: Number.POSITIVE_INFINITY }, 'tax.techTransferIncome:not-finite'],
  ])('%s %j → %s', (group, value, expected) => {
    expect(at(validateProfile(rawProfile({ [group]: value })))).toEqual([expected])
  })

  it.each([[-1], [1.2], ['3']])('rejects transformations %j', (v) => {
    expect(at(validateProfile(rawProfile({ transformations: v })))).toHaveLength(1)
  })

  it('accepts negative net assets (资产总额 − 负债总额 may be below 0)', () => {
    expect(validateProfile(rawProfile({ years: [{ year: 2025, netAssets: -5000.5 }] })).ok).toBe(true)
  })

  it('reports every problem of a file at once', () => {
    const r = validateProfile(rawProfile({ staff: { total: 'x', scienceTech: -1 }, ip: { classII: 0.5 } }))
    expect(at(r)).toEqual(['staff.total:type', 'staff.scienceTech:negative', 'ip.classII:not-integer'])
  })

  it('accepts any amount with at most two decimals and rejects a third', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 9 }), (cents, thousandth) => {
        const ok = cents / 100
        expect(validateProfile(rawProfile({ tax: { taxableIncome: ok } })).ok).toBe(true)
        const bad = Number((ok + thousandth / 1000).toFixed(3))
        expect(at(validateProfile(rawProfile({ tax: { taxableIncome: bad } })))).toEqual(['tax.taxableIncome:decimals'])
      }),
      { numRuns: 300 },
    )
  })
})

describe('validateProfile: years', () => {
  it('paths name the year when it is valid, else the index', () => {
    const r = validateProfile(
      rawProfile({
        years: [
          { year: 2025, salesRevenue: -1 },
          { year: 'x', totalIncome: -2 },
        ],
      }),
    )
    expect(at(r)).toEqual(['years.2025.salesRevenue:negative', 'years.1.totalIncome:negative', 'years.1.year:type'])
  })

  it.each([
    [2025.5, 'not-integer'],
    [1800, 'range'],
    [undefined, 'required'],
  ])('rejects the year %j', (y, code) => {
    expect(at(validateProfile(rawProfile({ years: [{ year: y }] })))).toEqual([`years.0.year:${code}`])
  })

  it('reports a duplicate year at the later entry, by index', () => {
    const r = validateProfile(rawProfile({ years: [{ year: 2024 }, { year: 2025 }, { year: 2024 }] }))
    expect(at(r)).toEqual(['years.2.year:duplicate-year'])
    expect(problems(r)[0]?.message).toContain('2024')
  })

  it('checks nested rd and rdTax objects', () => {
    const r = validateProfile(
      rawProfile({ years: [{ year: 2025, rd: { inHouse: '1' }, rdTax: { otherRelated: -3 } }] }),
    )
    expect(at(r)).toEqual(['years.2025.rd.inHouse:type', 'years.2025.rdTax.otherRelated:negative'])
  })
})

describe('validateProfile: fields checked against each other', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['S&T staff exactly the total passes', { staff: { total: 10.5, scienceTech: 10.5 } }, []],
    [
      'S&T staff 0.01 above the total fails',
      { staff: { total: 10.5, scienceTech: 10.51 } },
      ['staff.scienceTech:exceeds'],
    ],
    [
      'SME S&T staff above SME total fails',
      { staff: { totalSme: 8, scienceTechSme: 8.01 } },
      ['staff.scienceTechSme:exceeds'],
    ],
    [
      'SME S&T staff above the defaulted total fails',
      { staff: { total: 8, scienceTechSme: 9 } },
      ['staff.scienceTechSme:exceeds'],
    ],
    [
      'an SME total below the defaulted S&T count fails',
      { staff: { scienceTech: 5, totalSme: 4 } },
      ['staff.totalSme:exceeds'],
    ],
    [
      'Class II used before above Class II fails',
      { ip: { classII: 2, classIIUsedBefore: 3 } },
      ['ip.classIIUsedBefore:exceeds'],
    ],
    ['Class II used before equal to Class II passes', { ip: { classII: 3, classIIUsedBefore: 3 } }, []],
    ['registration on the assessment date passes', { company: { registeredOn: '2026-11-26' } }, []],
    [
      'registration a day after fails',
      { company: { registeredOn: '2026-11-27' } },
      ['company.registeredOn:after-assessment'],
    ],
    [
      'a certificate after the assessment date fails',
      { credentials: { hnteCertifiedOn: '2026-12-01' } },
      ['credentials.hnteCertifiedOn:after-assessment'],
    ],
    [
      'high-tech income one fen above total income fails',
      { years: [{ year: 2025, totalIncome: 100.1, hiTechIncome: 100.11 }] },
      ['years.2025.hiTechIncome:exceeds'],
    ],
    [
      'high-tech income equal to total income passes',
      { years: [{ year: 2025, totalIncome: 100.1, hiTechIncome: 100.1 }] },
      [],
    ],
    [
      'R&D abroad above in-house + other fails',
      { years: [{ year: 2024, rd: { inHouse: 0.1, other: 0.2, inHouseAbroad: 0.31 } }] },
      ['years.2024.rd.inHouseAbroad:exceeds'],
    ],
    [
      'R&D abroad equal to in-house + other passes (exact, not 0.1 + 0.2)',
      { years: [{ year: 2024, rd: { inHouse: 0.1, other: 0.2, inHouseAbroad: 0.3 } }] },
      [],
    ],
  ]
  it.each(cases)('%s', (_, over, expected) => {
    expect(at(validateProfile(rawProfile(over)))).toEqual(expected)
  })

  it('says how to fix it, in Chinese', () => {
    const r = validateProfile(rawProfile({ staff: { total: 10, scienceTech: 12 } }))
    expect(problems(r)[0]?.message).toMatch(/科技人员数.*职工总数/)
  })

  it('accepts a negative taxable income (a loss year) but no other negative tax amount', () => {
    expect(validateProfile(rawProfile({ tax: { taxableIncome: -123_456.78 } })).ok).toBe(true)
    expect(validateProfile(rawProfile({ tax: { avgTotalAssets: -1 } })).ok).toBe(false)
  })

  it('reads a null field as not answered, with a warning, and keeps it out of the profile', () => {
    const r = validateProfile(rawProfile({ ip: { classI: null, classII: 3 }, tax: { taxableIncome: null } }))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.profile.ip).toEqual({ classII: 3 })
    expect(r.profile.tax).toEqual({})
    expect(r.warnings.map((w) => `${w.path}:${w.code}`)).toEqual(['ip.classI:null', 'tax.taxableIncome:null'])
  })
})
