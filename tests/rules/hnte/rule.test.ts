import { describe, expect, it } from 'vitest'
import { profile, run, runWithNotices, years, ZERO_RD } from './helpers'
import type { FirmProfile } from '../../../src/profile/types'
import { catalogues } from '../../../src/engine/messages'
import { registry } from '../../../src/engine/params'
import { allParams } from '../../../src/rules/hnte/params'
import type { Message, Program } from '../../../src/engine/types'

/** a firm meeting every condition; its score is 72–92 (see 'hnte.innovation-score') */
function strong(p: FirmProfile): void {
  p.company.registeredOn = '2019-04-01'
  p.company.techField = '1.1.2'
  p.staff = { total: 100, scienceTech: 20 }
  p.years = years(
    { salesRevenue: 1e7, netAssets: 100, rd: { inHouse: 600_000 } },
    { salesRevenue: 1e7, netAssets: 150, rd: { inHouse: 600_000 } },
    { salesRevenue: 1.3e7, netAssets: 225, rd: { inHouse: 600_000 }, totalIncome: 1.3e7, hiTechIncome: 1e7 },
  )
  // sales 100, 100, 130 → 15% → 5–6; net assets 100, 150, 225 → 50% → 9–10
  p.ip = {
    classI: 1,
    coOwnedExcluded: true,
    grantedBeforeApplication: true,
    coreToMainProducts: true,
    advancement: 'A',
    coreSupport: 'A',
    ownDevelopment: true,
    standards: false,
  }
  p.transformations = 15
  p.rdManagement = { system: 'yes', institution: 'yes', transformationIncentives: 'yes', talent: 'no' }
  p.record.majorIncidentPastYear = false
}

const status = (p: Program, id: string) => p.checks.find((c) => c.id === id)?.status

describe('evaluateHnte', () => {
  it('returns the nine checks in their stable order', () => {
    expect(run(profile()).checks.map((c) => c.id)).toEqual([
      'hnte.registered-one-year',
      'hnte.core-ip',
      'hnte.tech-field',
      'hnte.st-staff-ratio',
      'hnte.rd-intensity',
      'hnte.rd-domestic-share',
      'hnte.hitech-income-share',
      'hnte.innovation-score',
      'hnte.no-major-incident',
    ])
  })

  it('returns the five score parts, whose sum is the score', () => {
    const { score } = run(profile(strong))
    expect(score.parts.map((s) => s.id)).toEqual([
      'hnte.score.ip',
      'hnte.score.transformation',
      'hnte.score.rd-management',
      'hnte.score.growth-net-assets',
      'hnte.score.growth-sales',
    ])
    expect(score.min).toBe(score.parts.reduce((s, x) => s + x.min, 0))
    expect(score.max).toBe(score.parts.reduce((s, x) => s + x.max, 0))
    expect(score.parts.reduce((s, x) => s + x.cap, 0)).toBe(100)
  })

  it('gives every check a unit, a cited document and article with title and url, and fields', () => {
    for (const c of run(profile()).checks) {
      expect(c.unit).toBeDefined()
      expect(c.cite.doc).toBe('国科发火〔2016〕32号')
      expect(c.cite.article).toMatch(/^第十一条第（[一二三四五六七八]）项$/)
      expect(c.cite.title).toBeTruthy()
      expect(c.cite.url).toMatch(/^https:/)
      expect(Array.isArray(c.fields)).toBe(true)
    }
  })

  it('cites the 工作指引 for every score part', () => {
    for (const s of run(profile()).score.parts) expect(s.cite.doc).toBe('国科发火〔2016〕195号')
  })

  it('finds the strong firm eligible', () => {
    const p = run(profile(strong))
    expect(p.checks.filter((c) => c.status !== 'pass')).toEqual([])
    expect(p.score).toMatchObject({ min: 72, max: 92, passMark: 71 })
    expect(p.status).toBe('eligible')
  })

  it('is incomplete for an empty profile, and never throws', () => {
    expect(run(profile()).status).toBe('incomplete')
  })

  it('puts a fail before an unknown: ineligible', () => {
    const p = run(profile((p) => (p.record.majorIncidentPastYear = true)))
    expect(p.status).toBe('ineligible')
  })

  it('is incomplete when a non-score check is unknown and nothing fails', () => {
    const p = run(profile((p) => (strong(p), (p.company.techField = undefined))))
    expect(p.status).toBe('incomplete')
  })
})

describe('hnte.innovation-score', () => {
  // strong: IP 22–30, transformation 25–30, management 11–16, net assets 9–10, sales 5–6 = 72–92
  const scored = (patch: (p: FirmProfile) => void) =>
    run(
      profile((p) => {
        strong(p)
        patch(p)
      }),
    )

  it.each([
    // [change from the strong firm, min, max, check status, program status]
    ['none', (): void => {}, 72, 92, 'pass', 'eligible'],
    [
      'incentives partly (−2), talent partly (+1): min exactly 71',
      (p: FirmProfile): void =>
        void Object.assign(p.rdManagement, { transformationIncentives: 'partly', talent: 'partly' }),
      71,
      92,
      'pass',
      'eligible',
    ],
    [
      'incentives partly: min 70',
      (p: FirmProfile): void => void (p.rdManagement.transformationIncentives = 'partly'),
      70,
      90,
      'unknown',
      'borderline',
    ],
    [
      'five Class II instead of one Class I: min 70',
      (p: FirmProfile): void => void Object.assign(p.ip, { classI: 0, classII: 5, classIIUsedBefore: 0 }),
      70,
      90,
      'unknown',
      'borderline',
    ],
  ] as const)('%s', (_name, patch, min, max, checkStatus, programStatus) => {
    const p = scored(patch)
    expect([p.score.min, p.score.max]).toEqual([min, max])
    expect(status(p, 'hnte.innovation-score')).toBe(checkStatus)
    expect(p.status).toBe(programStatus)
  })

  const weak = (p: FirmProfile) => {
    Object.assign(p.ip, {
      advancement: 'C',
      coreSupport: 'C',
      classI: 0,
      classII: 1,
      classIIUsedBefore: 0,
      standards: true,
    })
    p.transformations = 6
    p.rdManagement = { system: 'yes', institution: 'yes', transformationIncentives: 'yes', talent: 'yes' }
    p.years = p.years.map((y, i) => ({ ...y, netAssets: [100, 200, 400][i], salesRevenue: [1e7, 2e7, 4e7][i] }))
    p.years[2]!.totalIncome = 4e7
    p.years[2]!.hiTechIncome = 3e7
    p.years = p.years.map((y) => ({ ...y, rd: { ...ZERO_RD, inHouse: 2e6 } }))
  }

  it('fails when the highest estimate is 70, with the gap in points', () => {
    // IP 3+3+1+1+1 = 9 … 4+4+2+6+2 = 18; transformation 7–12; management 14–20; growth 9–10 twice
    const p = scored(weak)
    expect([p.score.min, p.score.max]).toEqual([48, 70])
    const c = p.checks.find((x) => x.id === 'hnte.innovation-score')
    // the whole range travels with the check (issue #8 §7): 48–70, so the gap 71 − 70 = 1 reads true beside it
    expect(c).toMatchObject({ status: 'fail', value: 48, valueMax: 70, threshold: 71, gap: 1, unit: 'points' })
    expect(p.checks.filter((x) => x.status !== 'pass').map((x) => x.id)).toEqual(['hnte.innovation-score'])
    expect(p.status).toBe('ineligible')
  })

  it('is unknown when the highest estimate reaches 71', () => {
    const p = scored((p) => {
      weak(p)
      p.rdManagement.institution = 'partly' // −3 / −3
      p.ip.advancement = 'A' // +4 / +4
    })
    expect([p.score.min, p.score.max]).toEqual([49, 71])
    expect(status(p, 'hnte.innovation-score')).toBe('unknown')
    expect(p.status).toBe('borderline')
  })

  it('is not marked unverified: Class I reuse is confirmed (工作指引 三（二）4)', () => {
    expect(run(profile()).checks.find((c) => c.id === 'hnte.innovation-score')?.unverified).toBeUndefined()
  })
})

describe('HNTE before 2016-01-01', () => {
  it('leaves every check unknown with a note, without throwing', () => {
    const p = run(profile(strong, '2015-12-31'))
    expect(p.checks).toHaveLength(9)
    for (const c of p.checks) expect(c).toMatchObject({ status: 'unknown', note: { key: 'hnte.note.out-of-scope' } })
    expect(p.score).toEqual({ min: 0, max: 0, passMark: 71, parts: [] })
    expect(p.status).toBe('incomplete')
  })

  it('applies the 2016 rules from 2016-01-01', () => {
    expect(status(run(profile(strong, '2016-01-01')), 'hnte.tech-field')).toBe('pass')
  })
})

describe('HNTE messages and notices', () => {
  const collect = (p: Program): Message[] => [
    ...p.checks.flatMap((c) => (c.note ? [c.note] : [])),
    ...p.score.parts.flatMap((s) => (s.note ? [s.note] : [])),
  ]

  it('has zh-CN and en templates for every note it emits', () => {
    const profiles = [
      profile(),
      profile(strong),
      profile(strong, '2015-06-01'),
      profile((p) => {
        p.company.registeredOn = '2026-03-01'
        p.company.techField = 'none'
        p.record.majorIncidentPastYear = true
        p.staff = { total: 0, scienceTech: 0 }
        p.transformations = 0
      }),
      profile((p) => {
        p.company.registeredOn = '2024-02-01'
        p.company.techField = 'x'
        p.ip = { classI: 0, classII: 0, coreToMainProducts: false }
        p.transformations = 1
        p.staff = { total: 10, scienceTech: 0.5 }
        p.years = [
          { year: 2024, salesRevenue: 0, netAssets: -1, rd: { inHouse: 0 }, totalIncome: 0, hiTechIncome: 0 },
          { year: 2025, salesRevenue: 0, netAssets: 0, rd: { inHouse: 0 }, totalIncome: 0, hiTechIncome: 0 },
        ]
      }),
      profile((p) => {
        strong(p)
        p.years = years(
          { salesRevenue: 0, netAssets: 0, rd: { inHouse: 1, inHouseAbroad: 1 } },
          { salesRevenue: 0, netAssets: 0, rd: { inHouse: 1 } },
          { salesRevenue: 1e9, netAssets: 1, rd: { inHouse: 1 }, totalIncome: 10, hiTechIncome: 1 },
        )
      }),
    ]
    const keys = new Set<string>()
    for (const pr of profiles) {
      const { program, notices } = runWithNotices(pr)
      for (const m of [...collect(program), ...notices.map((n) => n.message)]) keys.add(m.key)
    }
    expect(keys.size).toBeGreaterThan(15)
    for (const k of keys) {
      expect(catalogues['zh-CN'][k], k).toBeTruthy()
      expect(catalogues.en[k], k).toBeTruthy()
    }
  })

  it('renders the zh-CN text with its parameters filled in', () => {
    const c = run(profile((p) => (p.company.registeredOn = '2026-01-01'))).checks[0]
    expect(c?.note?.text).toBe('成立 329 天，须满 365 天，还需等待 36 天')
  })

  it('no longer notes Class I reuse as unverified (工作指引 三（二）4: only Class II is limited)', () => {
    const { notices } = runWithNotices(profile((p) => (p.ip.classI = 2)))
    expect(notices.filter((n) => n.id === 'hnte.unverified.class-i-reuse')).toHaveLength(0)
  })
})

describe('HNTE parameters', () => {
  it('are registered, dated from 2016-01-01 and cite 32号 or 195号', () => {
    for (const p of allParams) {
      expect(registry).toContain(p)
      expect(p.id.startsWith('hnte.')).toBe(true)
      expect(p.history[0]?.from).toBe('2016-01-01')
      for (const h of p.history) expect(['国科发火〔2016〕32号', '国科发火〔2016〕195号']).toContain(h.cite.doc)
    }
    expect(new Set(allParams.map((p) => p.id)).size).toBe(allParams.length)
  })

  it('marks none unverified: Class I reuse is confirmed in 工作指引 三（二）4', () => {
    const unverified = allParams.filter((p) => p.history.some((h) => h.status === 'unverified')).map((p) => p.id)
    expect(unverified).toEqual([])
  })
})
