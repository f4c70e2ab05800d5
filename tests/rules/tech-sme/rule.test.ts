import { describe, expect, it } from 'vitest'
import { evaluateTechSme } from '../../../src/rules/tech-sme/rule'
import type { FirmProfile } from '../../../src/profile/types'
import { ctxOf, lastYear, ZERO_TAX } from './fixtures'

const run = (change: (p: FirmProfile) => void) => evaluateTechSme(ctxOf(change))
const scoreCheck = (change: (p: FirmProfile) => void) => {
  const c = run(change).checks.find((x) => x.id === 'tsme.score')
  if (!c) throw new Error('no tsme.score')
  return c
}

/** st-staff 4 (10%), R&D 20 (3%), IP → the rest */
/** every 第八条 route answered 否 */
const noRoute = (p: FirmProfile): void =>
  void Object.assign(p.credentials, {
    hnteCertificateHeld: false,
    nationalAwardTop3: false,
    provincialRdInstitution: false,
    ledStandard: false,
  })

const scored = (classII: number) => (p: FirmProfile) => {
  p.staff = { total: 100, scienceTech: 10 }
  lastYear(p).rdTax = { ...ZERO_TAX, items1to5: 300_000 }
  lastYear(p).costsAndExpenses = 1e10
  p.ip = { classI: 0, classII }
}

describe('tsme.score', () => {
  it('passes at exactly 60 points and fails at 58 with the gap in points', () => {
    // 4 + 20 + 24 = 48; with 50 R&D points: 4 + 50 + 6 = 60
    const at60 = (p: FirmProfile) => {
      scored(1)(p)
      lastYear(p).rdTax = { ...ZERO_TAX, items1to5: 600_000 }
    }
    expect(scoreCheck(at60)).toMatchObject({ status: 'pass', value: 60, threshold: 60 })
    const c = scoreCheck(scored(4)) // 48
    expect(c).toMatchObject({ status: 'fail', value: 48, gap: 12 })
    // the score decides only once no 第八条 route can pass the firm without it: every route answered 否
    expect(run((p) => (scored(4)(p), noRoute(p))).status).toBe('ineligible')
    // a route left unanswered could still pass it (第八条): 待确认, never ✗
    expect(run(scored(4)).status).toBe('incomplete')
  })

  it('fails when the 科技人员 score is 0, even with 80 points, and asks for at least the lowest band', () => {
    const c = scoreCheck((p) => {
      p.staff = { total: 100, scienceTech: 9.99 }
    })
    // 0 + 50 + 30 = 80 ≥ 60, yet not eligible (第六条第（五）项)
    expect(c).toMatchObject({ status: 'fail', value: 80, gap: 4 })
    expect(c.note?.key).toBe('tsme.check.score.st-staff-zero')
  })

  it('is unknown while the range straddles 60 or the 科技人员 part may still be 0', () => {
    // 20 + 0–50 + 30 = 50–100: the check carries both ends (issue #8 §7), not the lowest alone
    expect(scoreCheck((p) => delete lastYear(p).rdTax)).toMatchObject({ status: 'unknown', value: 50, valueMax: 100 })
    expect(scoreCheck((p) => (p.staff = { total: 100 })).status).toBe('unknown') // 0–20 + 80
  })

  it('passes whatever the points on a direct pass, and says which route', () => {
    const c = scoreCheck((p) => {
      scored(0)(p)
      p.credentials.ledStandard = true
    })
    expect(c.status).toBe('pass')
    expect(c.note?.key).toBe('tsme.check.score.direct-pass.led-standard')
    expect(c.cite.article).toBe('第八条')
  })
})

describe('direct pass (第八条)', () => {
  const weak = scored(0) // 24 points: would fail on the score
  it.each([
    ['hnte-certificate', (p: FirmProfile) => (p.credentials.hnteCertifiedOn = '2024-01-01')],
    ['national-award', (p: FirmProfile) => (p.credentials.nationalAwardTop3 = true)],
    ['rd-institution', (p: FirmProfile) => (p.credentials.provincialRdInstitution = true)],
    ['led-standard', (p: FirmProfile) => (p.credentials.ledStandard = true)],
  ])('confirms a firm meeting conditions 1–4 through route %s', (route, give) => {
    const r = run((p) => {
      weak(p)
      give(p)
    })
    expect(r.directPass).toBe(true)
    expect(r.status).toBe('eligible')
    expect(r.checks.find((c) => c.id === 'tsme.score')?.note?.key).toBe(`tsme.check.score.direct-pass.${route}`)
  })

  // issue #8 §3: the direct route is 待确认 (unknown) while an answer it depends on is missing, never a false 否
  it.each([
    [
      'a route holds and conditions 1–4 pass',
      (p: FirmProfile): void => void (p.credentials.ledStandard = true),
      'pass',
    ],
    ['no route answered', (): void => {}, 'unknown'],
    [
      'two routes no, one unanswered',
      (p: FirmProfile): void =>
        void Object.assign(p.credentials, { nationalAwardTop3: false, provincialRdInstitution: false }),
      'unknown',
    ],
    [
      'every route answered no (certificate: 否)',
      (p: FirmProfile): void =>
        void Object.assign(p.credentials, {
          hnteCertificateHeld: false,
          nationalAwardTop3: false,
          provincialRdInstitution: false,
          ledStandard: false,
        }),
      'fail',
    ],
    [
      'three routes no, the certificate question blank (unknown, never 否)',
      (p: FirmProfile): void =>
        void Object.assign(p.credentials, {
          nationalAwardTop3: false,
          provincialRdInstitution: false,
          ledStandard: false,
        }),
      'unknown',
    ],
    [
      'three routes no, certificate 是 without its date',
      (p: FirmProfile): void =>
        void Object.assign(p.credentials, {
          hnteCertificateHeld: true,
          nationalAwardTop3: false,
          provincialRdInstitution: false,
          ledStandard: false,
        }),
      'unknown',
    ],
    [
      'a route holds but the record is unanswered',
      (p: FirmProfile): void => void ((p.credentials.ledStandard = true), (p.record = {})),
      'unknown',
    ],
    [
      'a route holds but revenue is above 2亿',
      (p: FirmProfile): void => void ((p.credentials.ledStandard = true), (lastYear(p).salesRevenue = 200_000_000.01)),
      'fail',
    ],
  ] as const)('directPassStatus: %s → %s', (_, give, status) => {
    const r = run((p) => {
      weak(p)
      give(p)
    })
    expect(r.directPassStatus).toBe(status)
    expect(r.directPass).toBe(status === 'pass')
  })

  it('names the unanswered routes while the direct route is 待确认, and none once it is settled', () => {
    const blank = run((p) => {
      weak(p)
      Object.assign(p.credentials, { nationalAwardTop3: false, provincialRdInstitution: false })
    })
    expect(blank.directPassAsk).toEqual(['credentials.hnteCertificateHeld', 'credentials.ledStandard'])
    const dated = run((p) => {
      weak(p)
      Object.assign(p.credentials, { hnteCertificateHeld: true, nationalAwardTop3: false })
    })
    expect(dated.directPassAsk).toEqual([
      'credentials.hnteCertifiedOn',
      'credentials.provincialRdInstitution',
      'credentials.ledStandard',
    ])
    const no = run((p) => {
      weak(p)
      Object.assign(p.credentials, {
        hnteCertificateHeld: false,
        nationalAwardTop3: false,
        provincialRdInstitution: false,
        ledStandard: false,
      })
    })
    expect([no.directPassStatus, no.directPassAsk]).toEqual(['fail', undefined])
  })

  it('does not count an expired HNTE certificate (3-year anniversary)', () => {
    const r = run((p) => {
      weak(p)
      noRoute(p)
      p.credentials.hnteCertificateHeld = true
      p.credentials.hnteCertifiedOn = '2023-07-01' // asOf 2026-07-01: the anniversary
    })
    expect(r.directPass).toBe(false)
    expect(r.status).toBe('ineligible') // the other three routes 否, and 24 points fail
  })

  it('needs conditions 1–4: a route with revenue above 2亿 is no direct pass', () => {
    const r = run((p) => {
      p.credentials.nationalAwardTop3 = true
      lastYear(p).salesRevenue = 200_000_000.01
    })
    expect(r.directPass).toBe(false)
    expect(r.status).toBe('ineligible')
  })

  it('needs conditions 1–4 settled: a route with an unanswered record is no direct pass', () => {
    const r = run((p) => {
      weak(p)
      p.credentials.ledStandard = true
      p.record = {}
    })
    expect(r.directPass).toBe(false)
    // the score of 24 fails, but the led standard passes the firm once the record is answered clean: 待确认
    expect(r.status).toBe('incomplete')
  })

  it('is eligible, not borderline, when the score range straddles 60', () => {
    const r = run((p) => {
      p.ip = {}
      delete lastYear(p).rdTax
      p.credentials.provincialRdInstitution = true
    })
    expect(r.score.min).toBeLessThan(60)
    expect(r.score.max).toBeGreaterThanOrEqual(60)
    expect(r.status).toBe('eligible')
  })
})

describe('tech-SME program status', () => {
  it.each([
    ['all met, 100 points', () => {}, 'eligible'],
    [
      'a failing condition beats an unknown one',
      (p: FirmProfile) => {
        p.company.restrictedIndustry = true
        p.record = {}
      },
      'ineligible',
    ],
    [
      'a failing score beats an unknown condition once every route is 否',
      (p: FirmProfile) => {
        scored(0)(p)
        noRoute(p)
        p.record = {}
      },
      'ineligible',
    ],
    [
      'a failing score with a route unanswered is 待确认 (第八条 could pass it)',
      (p: FirmProfile) => {
        scored(0)(p)
        p.record = {}
      },
      'incomplete',
    ],
    ['an unknown condition → incomplete', (p: FirmProfile) => (p.record = {}), 'incomplete'],
    [
      'a straddling score → borderline',
      (p: FirmProfile) => {
        // 20 + 0–50 + 0 = 20–70
        p.ip = { classI: 0, classII: 0 }
        delete lastYear(p).rdTax
      },
      'borderline',
    ],
  ])('%s → %s', (_name, change, status) => {
    expect(run(change).status).toBe(status)
  })

  it('keeps the parts summing to the score', () => {
    const r = run((p) => (p.ip = {}))
    expect(r.score.min).toBe(r.score.parts.reduce((a, x) => a + x.min, 0))
    expect(r.score.max).toBe(r.score.parts.reduce((a, x) => a + x.max, 0))
    expect(r.score.parts.map((x) => x.id)).toEqual(['tsme.score.st-staff', 'tsme.score.rd', 'tsme.score.ip'])
  })
})
