import { describe, expect, it } from 'vitest'
import { part, profile, runWithNotices } from './helpers'
import type { FirmProfile } from '../../../src/profile/types'

const range = (p: FirmProfile, id: string) => {
  const s = part(p, id)
  return [s.min, s.max]
}

describe('hnte.score.ip', () => {
  const ip = (answers: FirmProfile['ip']) =>
    range(
      profile((p) => (p.ip = { coOwnedExcluded: true, grantedBeforeApplication: true, ...answers })),
      'hnte.score.ip',
    )
  const zero = { advancement: 'E', coreSupport: 'E', standards: false, ownDevelopment: false } as const

  it('spans 0–30 with nothing answered, and names every field', () => {
    const s = part(profile(), 'hnte.score.ip')
    expect([s.min, s.max, s.cap]).toEqual([0, 30, 30])
    expect(s.fields).toEqual([
      'ip.advancement',
      'ip.coreSupport',
      'ip.ownDevelopment',
      'ip.standards',
      'ip.classI',
      'ip.classII',
      'ip.coOwnedExcluded',
      'ip.grantedBeforeApplication',
    ])
  })

  it('takes unconfirmed counts as "up to": 5 Class II not confirmed → quantity 0–6, acquisition 0–6', () => {
    // usable Class II 0–5: quantity band E (0) up to B (5–6); acquisition 0 (no IP) up to own development 6
    const s = part(
      profile((p) => (p.ip = { ...zero, ownDevelopment: true, classI: 0, classII: 5, classIIUsedBefore: 0 })),
      'hnte.score.ip',
    )
    expect([s.min, s.max]).toEqual([0, 12])
  })

  it('caps the total at 30 for both ends', () => {
    const top = { advancement: 'A', coreSupport: 'A', classI: 1, ownDevelopment: true, standards: true } as const
    expect(ip(top)).toEqual([23, 30])
  })

  it.each([
    ['A', [7, 8]],
    ['B', [5, 6]],
    ['C', [3, 4]],
    ['D', [1, 2]],
    ['E', [0, 0]],
    [undefined, [0, 8]],
  ] as const)('rates advancement %s at %o', (grade, expected) => {
    expect(ip({ ...zero, advancement: grade, classI: 0, classII: 0 })).toEqual(expected)
    expect(ip({ ...zero, coreSupport: grade, classI: 0, classII: 0 })).toEqual(expected)
  })

  it.each([
    // [Class I, Class II, used before, quantity + acquisition (only acquired IP: 1–3)]
    [1, 0, 0, [8, 11]],
    [0, 5, 0, [6, 9]],
    [0, 6, 1, [6, 9]],
    [0, 6, 2, [4, 7]],
    [0, 4, 0, [4, 7]],
    [0, 3, 0, [4, 7]],
    [0, 2, 0, [2, 5]],
    [0, 1, 0, [2, 5]],
    [0, 3, 3, [0, 0]],
    [0, 0, 0, [0, 0]],
    [0, 6, undefined, [0, 9]], // unknown reuse widens the range
    [undefined, 0, 0, [0, 11]],
  ] as const)('Class I %s, Class II %s (used %s) → %o', (classI, classII, used, expected) => {
    expect(ip({ ...zero, classI, classII, classIIUsedBefore: used })).toEqual(expected)
  })

  it.each([
    [true, [1, 6]],
    [false, [1, 3]],
    [undefined, [1, 6]],
  ] as const)('acquisition with own development %s → %o', (own, expected) => {
    const quantity = [7, 8]
    const got = ip({ ...zero, classI: 1, ownDevelopment: own })
    expect([got[0]! - quantity[0]!, got[1]! - quantity[1]!]).toEqual(expected)
  })

  it.each([
    [true, [1, 2]],
    [false, [0, 0]],
    [undefined, [0, 2]],
  ] as const)('standards %s → %o', (standards, expected) => {
    expect(ip({ ...zero, classI: 0, classII: 0, standards })).toEqual(expected)
  })
})

describe('hnte.score.transformation', () => {
  const transform = (n: number | undefined, registeredOn?: string) =>
    runWithNotices(
      profile((p) => {
        p.transformations = n
        if (registeredOn) p.company.registeredOn = registeredOn
      }),
    )

  it.each([
    // [count over 3 years, points]
    [15, [25, 30]],
    [14, [19, 24]],
    [12, [19, 24]],
    [11, [13, 18]],
    [9, [13, 18]],
    [6, [7, 12]],
    [5, [1, 6]],
    [3, [1, 6]],
    [0, [0, 0]],
  ] as const)('%i over 3 years → %o', (n, expected) => {
    const s = transform(n).program.score.parts.find((x) => x.id === 'hnte.score.transformation')
    expect([s?.min, s?.max]).toEqual(expected)
  })

  it('treats a yearly average between 0 and 1 as band E, with a notice', () => {
    const { program, notices } = transform(2)
    const s = program.score.parts.find((x) => x.id === 'hnte.score.transformation')
    expect([s?.min, s?.max]).toEqual([1, 6])
    expect(s?.note?.key).toBe('hnte.score.transformation.band-e')
    expect(notices.map((n) => n.id)).toContain('hnte.score.transformation.band-e')
  })

  it('gives no band-E notice at an average of exactly 1', () => {
    expect(transform(3).notices.map((n) => n.id)).not.toContain('hnte.score.transformation.band-e')
  })

  it('divides by the actual operating years of a young firm', () => {
    const s = transform(5, '2025-03-01').program.score.parts.find((x) => x.id === 'hnte.score.transformation')
    expect([s?.min, s?.max]).toEqual([25, 30])
  })

  it('spans 0–30 when not answered', () => {
    const s = transform(undefined).program.score.parts.find((x) => x.id === 'hnte.score.transformation')
    expect(s).toMatchObject({ min: 0, max: 30, fields: ['transformations'] })
  })
})

describe('hnte.score.rd-management', () => {
  const mgmt = (m: FirmProfile['rdManagement']) =>
    part(
      profile((p) => (p.rdManagement = m)),
      'hnte.score.rd-management',
    )

  it.each([
    [{ system: 'yes', institution: 'yes', transformationIncentives: 'yes', talent: 'yes' }, [14, 20]],
    [{ system: 'partly', institution: 'partly', transformationIncentives: 'partly', talent: 'partly' }, [4, 10]],
    [{ system: 'no', institution: 'no', transformationIncentives: 'no', talent: 'no' }, [0, 0]],
    [{ system: 'yes', institution: 'no', transformationIncentives: 'no', talent: 'no' }, [4, 6]],
    [{ system: 'no', institution: 'no', transformationIncentives: 'yes', talent: 'no' }, [3, 4]],
    [{ system: 'partly', institution: 'no', transformationIncentives: 'no', talent: 'no' }, [1, 3]],
    [{ system: 'no', institution: 'no', transformationIncentives: 'no', talent: 'partly' }, [1, 2]],
    [{}, [0, 20]],
  ] as const)('%o → %o', (m, expected) => {
    const s = mgmt(m)
    expect([s.min, s.max]).toEqual(expected)
    expect(s.cap).toBe(20)
  })

  it('names the unanswered items', () => {
    expect(mgmt({ system: 'yes', talent: 'no' }).fields).toEqual([
      'rdManagement.institution',
      'rdManagement.transformationIncentives',
    ])
  })
})

describe('hnte.score.growth-net-assets and hnte.score.growth-sales', () => {
  const growth = (values: (number | undefined)[], registeredOn?: string, id = 'hnte.score.growth-net-assets') => {
    const first = 2026 - values.length
    const { program, notices } = runWithNotices(
      profile((p) => {
        if (registeredOn) p.company.registeredOn = registeredOn
        p.years = values.map((v, i) => ({ year: first + i, netAssets: v, salesRevenue: v }))
      }),
    )
    const s = program.score.parts.find((x) => x.id === id)
    if (!s) throw new Error(id)
    return { range: [s.min, s.max], note: s.note?.key, fields: s.fields, notices: notices.map((n) => n.id) }
  }

  it.each([
    // Y1 = Y2 = 100, so rate = ½ × (1 + Y3/100) − 1 and Y3 = 100 × (1 + 2·rate)
    [170, [9, 10]], // exactly 35%
    [169.99, [7, 8]],
    [150, [7, 8]], // exactly 25%
    [149.99, [5, 6]],
    [130, [5, 6]], // exactly 15%
    [129.99, [3, 4]],
    [110, [3, 4]], // exactly 5%
    [109.99, [1, 2]],
    [100.01, [1, 2]], // above 0
    [100, [0, 0]], // 0 scores 0
    [50, [0, 0]], // a negative rate scores 0
  ] as const)('Y3 = %d → %o', (y3, expected) => {
    expect(growth([100, 100, y3]).range).toEqual(expected)
  })

  it('keeps the band exact when a year is negative (manual review: 0 up to the band the rate reaches)', () => {
    // Y1 = −100, Y2 = 100: rate = ½ × (−1 + Y3/100) − 1, so 35% exactly at Y3 = 370 (a negative Y1·Y2)
    expect(growth([-100, 100, 370]).range).toEqual([0, 10])
    expect(growth([-100, 100, 369.99]).range).toEqual([0, 8])
  })

  it('uses both ratios: ½ × (Y2/Y1 + Y3/Y2) − 1', () => {
    expect(growth([100, 200, 100]).range).toEqual([7, 8]) // ½ × (2 + 0.5) − 1 = 25%
  })

  it('uses only the last two years when Y1 is 0, and says so', () => {
    expect(growth([0, 100, 135])).toMatchObject({ range: [9, 10], note: 'hnte.score.growth-net-assets.y1-zero' })
  })

  it('scores 0 when Y2 is 0, and says so', () => {
    expect(growth([100, 0, 500])).toMatchObject({ range: [0, 0], note: 'hnte.score.growth-net-assets.y2-zero' })
  })

  it('scores conservatively with fewer than 3 years, flagging manual review', () => {
    const g = growth([100, 200], '2024-05-01')
    expect(g.range).toEqual([0, 10])
    expect(g.note).toBe('hnte.score.growth-net-assets.manual-review')
    expect(g.notices).toContain('hnte.score.growth-net-assets.manual-review')
  })

  it('scores 0 with a single year, flagging manual review', () => {
    expect(growth([100], '2025-05-01')).toMatchObject({
      range: [0, 0],
      notices: expect.arrayContaining(['hnte.score.growth-sales.manual-review']),
    })
  })

  it('scores conservatively with negative net assets', () => {
    expect(growth([-100, -200, -400])).toMatchObject({
      range: [0, 10],
      note: 'hnte.score.growth-net-assets.manual-review',
    })
    expect(growth([-100, 100, 200]).range).toEqual([0, 0])
  })

  it('spans 0–10 with a missing year, naming it', () => {
    expect(growth([100, undefined, 200])).toMatchObject({ range: [0, 10], fields: ['years.2024.netAssets'] })
  })

  it('applies the same bands to sales', () => {
    expect(growth([100, 100, 130], undefined, 'hnte.score.growth-sales').range).toEqual([5, 6])
  })
})
