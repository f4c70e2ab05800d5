// The examples in examples/, assessed and checked against figures worked out BY HAND from
// docs/rules.md (not by running the engine): an independent cross-check of the rule modules.
// Assessment date 2026-11-26 → fiscal years 2023–2025, last year 2025, tax year 2026 (docs/rules.md §1, issue #2 §2.2).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseProfileText } from '../src/profile/parse'
import { assess } from '../src/rules/index'
import type { FirmProfile } from '../src/profile/types'
import type { Assessment } from '../src/engine/types'

function load(name: string): FirmProfile {
  const r = parseProfileText(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'))
  if (!r.ok) throw new Error(`${name}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  return r.profile
}

const check = (a: Assessment['hnte'], id: string) => a.checks.find((c) => c.id === id)
const incentive = (a: Assessment, id: string) => a.incentives.find((i) => i.id === id)
const score = (p: Assessment['hnte']) => [p.score.min, p.score.max]

describe('examples/strong-hnte.json', () => {
  const a = assess(load('strong-hnte'))

  it('is an eligible HNTE: every condition holds and the score is 76–96', () => {
    // R&D (指引): 2023 3.6M + 0.4M = 4.0M; 2024 5.0M; 2025 5.8M + 0.7M = 6.5M → Σ 15.5M
    // sales Σ 80M + 100M + 130M = 310M; 2025 sales 130M is >5,000万 and ≤2亿 → 4%; 15.5 / 310 = 5% ≥ 4%
    // S&T 52 / 260 = 20% ≥ 10%; high-tech income 110M / 132M = 83.3% ≥ 60%
    // score: IP A 7–8 + A 7–8 + Class I 7–8 + own 1–6 + standards 1–2 = 23–32 → cap 30 → 23–30;
    //   transformations 18 / 3 = 6 ≥ 5 → 25–30; management all yes 4–6 + 4–6 + 3–4 + 3–4 = 14–20;
    //   net assets ½(50/40 + 65/50) − 1 = 27.5% → 7–8; sales ½(100/80 + 130/100) − 1 = 27.5% → 7–8 → 76–96
    expect(a.fiscalYears).toEqual([2023, 2024, 2025])
    expect(a.hnte.status).toBe('eligible')
    expect(a.hnte.checks.filter((c) => c.status !== 'pass')).toEqual([])
    expect(check(a.hnte, 'hnte.rd-intensity')?.threshold).toBe(0.04)
    expect(score(a.hnte)).toEqual([76, 96])
  })

  it('is an eligible tech-SME with 82 points', () => {
    // S&T 20% → 12; R&D base 6.0M + min(0.8M, 6.0M × 10/90 = 666,666.67) = 6,666,666.67 on 130M sales = 5.13% → 40
    // (on costs 118M: 5.65% < 10% → 0); Class I → 30; 12 + 40 + 30 = 82 ≥ 60
    expect(a.techSme.status).toBe('eligible')
    expect(a.techSme.directPass).toBe(false)
    expect(score(a.techSme)).toEqual([82, 82])
  })

  it('estimates the incentives', () => {
    // super deduction 100% (2023年第7号) × 6,666,666.67 (other-cost cap applied)
    expect(incentive(a, 'rd-super-deduction')).toMatchObject({
      status: 'applicable',
      figures: { rate: 1, extraDeduction: 6_666_666.67 },
    })
    // no certificate: criteria met is not status held (issue #8 §2) → unknown until recognised in 2026.
    // base: 8,000,000 − 6,666,666.67 = 1,333,333.33; the transfer relief (5,000,000 + 1,500,000 ÷ 2) takes it to 0
    // (所得减免 never below zero), so the rate saves nothing this year; without any incentive the tax would be
    // 8,000,000 × 25% = 2,000,000, all of it saved
    expect(incentive(a, 'hnte-reduced-rate')).toMatchObject({ status: 'unknown', figures: { taxSaving: 0 } })
    // assets 150,000,000 (2025 year end) > 50,000,000
    expect(incentive(a, 'small-low-profit')?.status).toBe('not-applicable')
    expect(a.taxEstimate).toMatchObject({
      taxYear: 2026,
      taxableIncomeBefore: 8_000_000,
      taxableIncomeAfter: 0,
      bound: 'exact',
      best: 'standard',
      saving: 2_000_000,
      deferredDeduction: 1_200_000,
    })
    // 6.5M: 5M exempt, 1.5M halved; alone it would owe 1.5M × 12.5% = 187,500, but after the super deduction only
    // 1,333,333.33 of taxable income is left and 所得减免 takes it to 0: nothing of the halved part stays taxed, so
    // the figure shown beside the estimate's 0 is 0, not 187,500
    expect(incentive(a, 'tech-transfer-exemption')).toMatchObject({
      status: 'applicable',
      figures: { exemptIncome: 5_000_000, halvedIncome: 1_500_000, taxDue: 0 },
    })
    expect(incentive(a, 'equipment-one-time-deduction')).toMatchObject({
      status: 'applicable',
      figures: { deduction: 1_200_000 },
    })
    // HNTE and tech-SME criteria met, but neither a certificate nor a 2026 number: unknown (财税〔2018〕76号)
    expect(incentive(a, 'loss-carryforward-10y')?.status).toBe('unknown')
  })

  it('lists the steps to apply for both programs and no fixes', () => {
    const ids = a.checklist.map((i) => i.id)
    expect(ids).toEqual(
      expect.arrayContaining(['apply.hnte.audit', 'apply.hnte.register', 'apply.hnte.submit', 'apply.tsme']),
    )
    expect(a.checklist.filter((i) => i.group === 'fix')).toEqual([])
  })
})

describe('examples/borderline-hnte.json', () => {
  const a = assess(load('borderline-hnte'))

  it('is borderline: every condition holds but the score range 40–71 straddles 71', () => {
    // R&D Σ 1.6M + 1.75M + 1.95M = 5.3M on sales Σ 30M + 33M + 36.3M = 99.3M = 5.34% ≥ 5% (2025 sales ≤ 5,000万)
    // S&T 14 / 85 = 16.5%; high-tech 26M / 37M = 70.3%
    // IP: advancement unanswered 0–8 + B 5–6 + 6 Class II 5–6 + own 1–6 + standards no 0 = 11–26
    // transformations 9 / 3 = 3 → 13–18; management yes 4–6, partly 1–3, yes 3–4, unanswered 0–4 = 8–17
    // net assets 23/20 = 26.45/23 = 1.15 → exactly 15% → 5–6; sales 33/30 = 36.3/33 = 1.1 → 10% → 3–4
    // min 11 + 13 + 8 + 5 + 3 = 40; max 26 + 18 + 17 + 6 + 4 = 71
    expect(a.hnte.status).toBe('borderline')
    expect(score(a.hnte)).toEqual([40, 71])
    expect(check(a.hnte, 'hnte.innovation-score')?.status).toBe('unknown')
    expect(a.hnte.checks.filter((c) => c.id !== 'hnte.innovation-score' && c.status !== 'pass')).toEqual([])
  })

  it('is an eligible tech-SME with 72 points', () => {
    // S&T 16.5% → 8; R&D (1.85M + 0.1M) / 36.3M = 5.37% → 40; 6 Class II ≥ 4 → 24 → 72
    expect(a.techSme.status).toBe('eligible')
    expect(score(a.techSme)).toEqual([72, 72])
  })

  it('estimates the incentives', () => {
    expect(incentive(a, 'rd-super-deduction')?.figures.extraDeduction).toBe(1_950_000)
    // base 2.4M − 1.95M = 450,000 ≤ 3M, 85 staff ≤ 300, assets 45M ≤ 50M → 450,000 × 5% = 22,500; the
    // technology-transfer income is unanswered, so the tax is "at most"
    expect(incentive(a, 'small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 22_500 } })
    expect(incentive(a, 'hnte-reduced-rate')?.status).toBe('unknown')
    // no certificate, no tech-SME number for 2026: the criteria alone do not give the 10 years
    expect(incentive(a, 'loss-carryforward-10y')?.status).toBe('unknown')
    // standard 450,000 × 25% = 112,500; HNTE 67,500 (only possible); 小型微利 22,500 → best; without any
    // incentive 2.4M × 25% = 600,000 → saving 600,000 − 22,500 = 577,500
    expect(a.taxEstimate).toMatchObject({ bound: 'at-most', best: 'small-low-profit', saving: 577_500 })
  })

  it('asks for the unanswered scoring items and still lists the steps to apply', () => {
    expect(a.checklist.find((i) => i.id === 'answer.hnte.innovation-score')?.group).toBe('answer')
    expect(a.checklist.some((i) => i.id === 'apply.hnte.submit')).toBe(true)
  })
})

describe('examples/young-firm.json', () => {
  const a = assess(load('young-firm'))

  it('cannot be an HNTE yet: 353 days registered, 12 to wait', () => {
    // 2025-12-08 + 365 days = 2026-12-08; 2026-11-26 is 12 days earlier → 353 days
    expect(a.fiscalYears).toEqual([2025])
    expect(a.hnte.status).toBe('ineligible')
    expect(check(a.hnte, 'hnte.registered-one-year')).toMatchObject({
      status: 'fail',
      value: 353,
      threshold: 365,
      gap: 12,
    })
    const item = a.checklist.find((i) => i.because.includes('hnte.registered-one-year'))
    expect(item?.detail?.text).toContain('还需等待 12 天')
    expect(item?.by).toBe('2026-12-08')
  })

  it('is an eligible tech-SME with 82 points', () => {
    // S&T 8 / 12 = 66.7% → 20; R&D 300,000 / sales 200,000 = 150% → 50; 2 Class II → 12 → 82
    expect(a.techSme.status).toBe('eligible')
    expect(score(a.techSme)).toEqual([82, 82])
  })

  it('estimates the incentives', () => {
    expect(incentive(a, 'rd-super-deduction')?.figures.extraDeduction).toBe(300_000)
    expect(incentive(a, 'small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 0 } })
  })
})

describe('examples/tsme-not-hnte.json', () => {
  const a = assess(load('tsme-not-hnte'))

  it('fails HNTE R&D intensity by 500,000 yuan, and the innovation score (36–57)', () => {
    // R&D Σ 1.8M + 2.0M + 2.3M = 6.1M; sales Σ 50M + 55M + 60M = 165M; 2025 sales 60M → 4%
    // 4% × 165M = 6.6M; 6.1M = 3.70% < 4%; gap 6.6M − 6.1M = 500,000
    // score: IP B 5–6 + B 5–6 + 4 Class II (band C) 3–4 + own 1–6 + no standards 0 = 14–22;
    //   6 / 3 = 2 → 7–12; management yes 4–6, partly 1–3, partly 1–2, yes 3–4 = 9–15;
    //   net assets ½(33/30 + 36/33) − 1 = 9.5% → 3–4; sales ½(55/50 + 60/55) − 1 = 9.5% → 3–4 → 36–57 < 71
    expect(a.hnte.status).toBe('ineligible')
    expect(check(a.hnte, 'hnte.rd-intensity')).toMatchObject({ status: 'fail', threshold: 0.04, gap: 500_000 })
    expect(a.hnte.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([
      'hnte.rd-intensity',
      'hnte.innovation-score',
    ])
    expect(score(a.hnte)).toEqual([36, 57])
    expect(a.checklist.find((i) => i.id === 'fix.hnte.rd-intensity')?.detail?.text).toContain('还差研发费用 50.00 万元')
  })

  it('is an eligible tech-SME with 64 points', () => {
    // S&T 45 / 150 = 30% → 20; R&D (2.2M + 0.1M) / 60M = 3.83% → 20 (on costs 52M: 4.4% → 0); 4 Class II → 24 → 64
    expect(a.techSme.status).toBe('eligible')
    expect(score(a.techSme)).toEqual([64, 64])
  })

  it('estimates the incentives', () => {
    expect(incentive(a, 'rd-super-deduction')?.figures.extraDeduction).toBe(2_300_000)
    expect(incentive(a, 'small-low-profit')?.status).toBe('not-applicable') // 4.2M > 3M
    // criteria met but no 2026 registration number (财税〔2018〕76号 needs the status in the year)
    expect(incentive(a, 'loss-carryforward-10y')?.status).toBe('unknown')
  })
})

describe('examples/wholesale.json', () => {
  const a = assess(load('wholesale'))

  it('is excluded from tech-SME and the super deduction as wholesale (F51)', () => {
    expect(check(a.techSme, 'tsme.industry')?.status).toBe('fail')
    expect(a.techSme.status).toBe('ineligible')
    expect(incentive(a, 'rd-super-deduction')?.status).toBe('not-applicable')
  })

  it('is no HNTE: outside the fields and without IP', () => {
    expect(a.hnte.status).toBe('ineligible')
    expect(check(a.hnte, 'hnte.tech-field')?.status).toBe('fail')
    expect(check(a.hnte, 'hnte.core-ip')?.status).toBe('fail')
  })

  it('is a small low-profit firm', () => {
    // 1.8M ≤ 3M, 40 staff, 20M assets → 1.8M × 5% = 90,000 (no super deduction: wholesale)
    expect(incentive(a, 'small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 90_000 } })
  })
})

describe('examples/certified.json', () => {
  const a = assess(load('certified'))

  it('passes tech-SME directly on its valid certificate despite 22 points', () => {
    // certificate 2024-11-28 valid to 2027-11-27; S&T 12 / 120 = 10% → 4; R&D 1.5M / 90M = 1.67% → 0
    // (1.5M / 85M costs = 1.76% → 0); 3 Class II → 18 → 22 < 60, but 第八条 direct pass
    expect(a.techSme.directPass).toBe(true)
    expect(check(a.techSme, 'tsme.score')?.status).toBe('pass')
    expect(a.techSme.status).toBe('eligible')
    expect(score(a.techSme)).toEqual([22, 22])
  })

  it('has no Class II left for a new HNTE application, while S&T staff sit exactly at 10%', () => {
    expect(check(a.hnte, 'hnte.core-ip')?.status).toBe('fail') // 3 Class II, all used before
    expect(check(a.hnte, 'hnte.st-staff-ratio')?.status).toBe('pass') // 12 / 120 = 10% (不低于)
    expect(a.hnte.status).toBe('ineligible')
  })

  it('keeps the 15% rate and lists what a certified firm must do', () => {
    // certificate 2024-11-28 covers tax year 2026; base 3.6M − super deduction 1.5M = 2.1M → 10% = 210,000,
    // "at most" (technology-transfer income unanswered)
    expect(incentive(a, 'hnte-reduced-rate')).toMatchObject({
      status: 'applicable',
      figures: { taxSaving: 210_000 },
      bounds: { taxSaving: 'at-most' },
    })
    expect(incentive(a, 'small-low-profit')?.status).toBe('not-applicable') // assets 92M > 50M
    // standard 2.1M × 25% = 525,000; HNTE 2.1M × 15% = 315,000 → best; without any incentive 3.6M × 25% = 900,000
    expect(a.taxEstimate).toMatchObject({ best: 'hnte', saving: 900_000 - 315_000, bound: 'at-most' })
    expect(a.checklist.find((i) => i.id === 'keep.hnte.report')?.by).toBe('2027-05-31')
    expect(a.checklist.find((i) => i.id === 'keep.hnte.reapply')?.detail?.text).toContain('2027')
  })
})

describe('examples/rd-short.json', () => {
  const a = assess(load('rd-short'))

  it('fails only HNTE R&D intensity, by 26.60 万元', () => {
    // R&D: 2023 1.154M + 0.1M = 1.254M; 2024 1.35M + 0.09M = 1.44M; 2025 1.5M + 0.1M + 80% × 0.3M = 1.84M → 4.534M
    // sales Σ 28M + 32M + 36M = 96M; 2025 36M ≤ 5,000万 → 5% → 4.8M needed; gap 266,000
    // score: IP 23–30; 15 / 3 = 5 → 25–30; management 14–20; net assets 1.3, 1.3 → 30% → 7–8;
    //   sales ½(32/28 + 36/32) − 1 = 13.4% → 3–4 → 72–92 ≥ 71
    expect(check(a.hnte, 'hnte.rd-intensity')).toMatchObject({ status: 'fail', threshold: 0.05, gap: 266_000 })
    expect(a.hnte.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['hnte.rd-intensity'])
    expect(score(a.hnte)).toEqual([72, 92])
    const item = a.checklist.find((i) => i.id === 'fix.hnte.rd-intensity')
    expect(item?.detail?.text).toContain('还差研发费用 26.60 万元')
  })

  it('is a tech-SME with 78 points and estimates its incentives', () => {
    // S&T 30 / 200 = 15% → 8; R&D 1.5M + 0.1M + 80% × 0.3M = 1.84M / 36M = 5.11% → 40; Class I → 30 → 78
    expect(score(a.techSme)).toEqual([78, 78])
    expect(incentive(a, 'rd-super-deduction')?.figures.extraDeduction).toBe(1_840_000)
    // base 2.8M − 1.84M = 960,000 ≤ 3M, 198 staff, 38M assets → 960,000 × 5% = 48,000
    expect(incentive(a, 'small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 48_000 } })
  })
})

describe('examples: files', () => {
  it.each(['strong-hnte', 'borderline-hnte', 'young-firm', 'tsme-not-hnte', 'wholesale', 'certified', 'rd-short'])(
    '%s is a valid profile dated 2026-11-26 that survives a JSON round trip',
    (name) => {
      const p = load(name)
      expect(p.assessmentDate).toBe('2026-11-26')
      const again = parseProfileText(JSON.stringify(p, null, 2))
      expect(again.ok && again.profile).toEqual(p)
    },
  )
})
