import { describe, expect, it } from 'vitest'
import { check, profile } from './helpers'
import { isTechFieldCode } from '../../../src/rules/hnte/basic'

describe('hnte.registered-one-year', () => {
  it.each([
    // [assessment date, registered on, status, days, gap]
    ['2026-11-26', '2025-11-26', 'pass', 365, undefined],
    ['2026-11-26', '2025-11-27', 'fail', 364, 1],
    ['2026-11-26', '2026-01-01', 'fail', 329, 36],
    ['2024-03-01', '2023-03-01', 'pass', 366, undefined], // spans 29 Feb 2024
    ['2024-03-01', '2023-03-02', 'pass', 365, undefined],
    ['2024-03-01', '2023-03-03', 'fail', 364, 1],
    ['2025-02-28', '2024-02-29', 'pass', 365, undefined],
    ['2025-02-27', '2024-02-29', 'fail', 364, 1],
  ] as const)('on %s registered %s: %s (%i days, gap %s)', (asOf, on, status, days, gap) => {
    const c = check(
      profile((p) => (p.company.registeredOn = on), asOf),
      'hnte.registered-one-year',
    )
    expect(c).toMatchObject({ status, value: days, threshold: 365, unit: 'days' })
    expect(c.gap).toBe(gap)
  })

  it('is unknown without a registration date, naming the field', () => {
    const c = check(profile(), 'hnte.registered-one-year')
    expect(c.status).toBe('unknown')
    expect(c.fields).toEqual(['company.registeredOn'])
    expect(c.note?.key).toBe('hnte.note.missing')
  })

  it('cites Article 11 item (一) of 国科发火〔2016〕32号 with title and url', () => {
    const c = check(profile(), 'hnte.registered-one-year')
    expect(c.cite).toMatchObject({ doc: '国科发火〔2016〕32号', article: '第十一条第（一）项' })
    expect(c.cite.title).toContain('高新技术企业认定管理办法')
    expect(c.cite.url).toMatch(/^https:\/\/www\.most\.gov\.cn\//)
  })
})

const CONFIRMED = { coOwnedExcluded: true, grantedBeforeApplication: true } as const

describe('hnte.core-ip', () => {
  it.each([
    // [ip answers, status]
    [{ classI: 1, coreToMainProducts: true }, 'pass'],
    [{ classI: 0, classII: 1, classIIUsedBefore: 0, coreToMainProducts: true }, 'pass'],
    [{ classI: 0, classII: 5, classIIUsedBefore: 5, coreToMainProducts: true }, 'fail'],
    [{ classI: 0, classII: 5, classIIUsedBefore: 4, coreToMainProducts: true }, 'pass'],
    [{ classI: 0, classII: 0, coreToMainProducts: true }, 'fail'],
    [{ classI: 0, classII: 0 }, 'fail'],
    [{ classI: 2, coreToMainProducts: false }, 'fail'],
    [{ coreToMainProducts: false }, 'fail'],
    [{ classI: 2 }, 'unknown'],
    [{ classII: 3, coreToMainProducts: true }, 'unknown'], // all Class II may have been used before
    [{ coreToMainProducts: true }, 'unknown'],
    [{ classI: 0, classII: 3, coreToMainProducts: true }, 'unknown'],
  ] as const)('%o → %s', (ip, status) => {
    // the counts are confirmed to hold only IP that counts (工作指引 三（二）5, 6): see the cases below for the rest
    expect(
      check(
        profile((p) => Object.assign(p.ip, CONFIRMED, ip)),
        'hnte.core-ip',
      ).status,
    ).toBe(status)
  })

  it('names the fields that settle it', () => {
    const c = check(
      profile((p) => Object.assign(p.ip, CONFIRMED, { classI: 0, classII: 3 })),
      'hnte.core-ip',
    )
    expect(c.fields).toEqual(['ip.classIIUsedBefore', 'ip.coreToMainProducts'])
  })

  it('is not marked unverified: Class I reuse is confirmed (工作指引 三（二）4 limits only Class II)', () => {
    expect(
      check(
        profile((p) => Object.assign(p.ip, CONFIRMED, { classI: 1, coreToMainProducts: true })),
        'hnte.core-ip',
      ),
    ).toMatchObject({ status: 'pass' })
    expect(
      check(
        profile((p) => (p.ip.classI = 1)),
        'hnte.core-ip',
      ).unverified,
    ).toBeUndefined()
  })

  // 工作指引 三（二）5 (co-owned IP counts for one owner) and 6 (patents granted before applying): 1 Class I item
  // and core support. Unconfirmed, the one item may be one that does not count: 0–1 usable items → unknown.
  it.each([
    [{ coOwnedExcluded: true, grantedBeforeApplication: true }, 'pass', []],
    [{ coOwnedExcluded: true }, 'unknown', ['ip.grantedBeforeApplication']],
    [{ grantedBeforeApplication: true }, 'unknown', ['ip.coOwnedExcluded']],
    [{}, 'unknown', ['ip.coOwnedExcluded', 'ip.grantedBeforeApplication']],
    [{ coOwnedExcluded: true, grantedBeforeApplication: false }, 'unknown', ['ip.grantedBeforeApplication']],
    [{ coOwnedExcluded: false, grantedBeforeApplication: true }, 'unknown', ['ip.coOwnedExcluded']],
  ] as const)('confirmations %o with 1 Class I item → %s', (flags, status, fields) => {
    const c = check(
      profile((p) => Object.assign(p.ip, { classI: 1, classII: 0, coreToMainProducts: true }, flags)),
      'hnte.core-ip',
    )
    expect(c.status).toBe(status)
    if (status === 'unknown') expect(c.fields).toEqual(fields)
  })

  it('needs no confirmation when the firm has no IP at all: it fails', () => {
    expect(
      check(
        profile((p) => Object.assign(p.ip, { classI: 0, classII: 0 })),
        'hnte.core-ip',
      ).status,
    ).toBe('fail')
  })

  it('is not marked unverified for a firm with no Class I IP (the reuse rule does not touch it)', () => {
    expect(
      check(
        profile((p) => (p.ip.classI = 0)),
        'hnte.core-ip',
      ).unverified,
    ).toBeUndefined()
  })
})

describe('hnte.tech-field', () => {
  it.each([
    ['1', 'pass'],
    ['8', 'pass'],
    ['1.2', 'pass'],
    ['1.8', 'pass'],
    ['1.2.3', 'pass'],
    ['8.9', 'pass'],
    ['3.2', 'pass'],
    ['3.3', 'unknown'], // 航空航天 has two second-level items
    ['1.9', 'unknown'],
    ['9', 'unknown'],
    ['0', 'unknown'],
    ['1.0', 'unknown'],
    ['1.2.3.4', 'unknown'],
    ['software', 'unknown'],
    ['none', 'fail'],
  ] as const)('%s → %s', (code, status) => {
    expect(
      check(
        profile((p) => (p.company.techField = code)),
        'hnte.tech-field',
      ).status,
    ).toBe(status)
  })

  it('is unknown when not answered', () => {
    expect(check(profile(), 'hnte.tech-field')).toMatchObject({ status: 'unknown', fields: ['company.techField'] })
  })

  it('explains an unrecognised code', () => {
    const c = check(
      profile((p) => (p.company.techField = '9.1')),
      'hnte.tech-field',
    )
    expect(c.note).toMatchObject({ key: 'hnte.note.tech-field-invalid', params: { code: '9.1' } })
  })

  it('recognises codes by format and by the second-level list', () => {
    expect([isTechFieldCode('5.8'), isTechFieldCode('5.9'), isTechFieldCode('6.4'), isTechFieldCode('6.5')]).toEqual([
      true,
      false,
      true,
      false,
    ])
  })
})

describe('hnte.no-major-incident', () => {
  it.each([
    [false, 'pass'],
    [true, 'fail'],
    [undefined, 'unknown'],
  ] as const)('majorIncidentPastYear %s → %s', (incident, status) => {
    const c = check(
      profile((p) => (p.record.majorIncidentPastYear = incident)),
      'hnte.no-major-incident',
    )
    expect(c.status).toBe(status)
    expect(c.cite.article).toBe('第十一条第（八）项')
  })
})
