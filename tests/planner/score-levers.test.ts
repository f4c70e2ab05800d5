// issue #8 §8: when only the expert-scored innovation score stands in the way, say so, list the score levers with
// the points each adds, and the smallest set that lifts the guaranteed minimum to 71, or that none exists.
// Points worked by hand from 工作指引 三（七） (see each comment), not read from the engine.
import { describe, expect, it } from 'vitest'
import { findPaths, scorePlan } from '../../src/planner'
import { evaluateProgram } from '../../src/planner/evaluate'
import { firm } from './fixtures'
import type { FirmProfile } from '../../src/profile/types'

/**
 * Everything but the score holds. IP: 先进程度 C 3–4, 核心支持 C 3–4, 2 unused Class II → D 1–2, own development
 * 1–6, no standards 0 → 8–16; transformations 3 over 3 years → average 1 → E 1–6; management all partly:
 * 1–3 + 1–3 + 1–2 + 1–2 = 4–10; growth (sales and net assets 1,000 → 1,400 → 1,960: 40%) 9–10 twice → 18–20.
 * Range 31–52: the score check fails and nothing else does.
 */
const weakScore = (patch?: (p: FirmProfile) => void) =>
  firm(undefined, (p) => {
    for (const y of p.years) y.rd!.inHouse = 1_000_000 // Σ 300万 ÷ 4,360万 = 6.9% ≥ 5%
    Object.assign(p.ip, { classI: 0, classII: 2, advancement: 'C', coreSupport: 'C', standards: false })
    p.transformations = 3
    p.rdManagement = { system: 'partly', institution: 'partly', transformationIncentives: 'partly', talent: 'partly' }
    patch?.(p)
  })

describe('scorePlan', () => {
  it('starts from a firm whose only open condition is the score (31–52)', () => {
    const hnte = evaluateProgram(weakScore(), 'hnte')
    expect([hnte.score.min, hnte.score.max]).toEqual([31, 52])
    expect(hnte.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['hnte.innovation-score'])
  })

  it('lists the levers with the points each adds to the minimum', () => {
    const plan = scorePlan(weakScore(), evaluateProgram(weakScore(), 'hnte'))
    const gain = (id: string) => plan.levers.find((l) => l.id === id)?.gainMin
    expect(gain('newClassI')).toBe(6) // quantity D 1 → A 7
    expect(gain('newClassII+1')).toBe(2) // 3 Class II → C 3
    expect(gain('newClassII+3')).toBe(4) // 5 Class II → B 5
    expect(gain('transformations+3')).toBe(6) // 6 ÷ 3 = 2 → D 7
    expect(gain('transformations+12')).toBe(24) // 15 ÷ 3 = 5 → A 25
    expect(gain('rdManagement.system')).toBe(3) // partly 1 → yes 4
    expect(gain('rdManagement.talent')).toBe(2) // partly 1 → yes 3
    expect(gain('standards')).toBe(1) // 0 → 1
    expect(gain('transformations+1')).toBeUndefined() // 4 ÷ 3 = 1.33: still E, no gain
  })

  it('finds the smallest set: +40 points needs 6 changes (24 + 6 + 3 + 3 + 2 + 2), reaching exactly 71', () => {
    // transformations to A (+24); then 16 more: Class I (+6) and all four management items (+10); Class II adds
    // nothing on top of Class I (the quantity band is A either way), standards only +1
    const plan = scorePlan(weakScore(), evaluateProgram(weakScore(), 'hnte'))
    expect(plan.smallestSet).toHaveLength(6)
    expect(plan.smallestSet).toEqual(
      expect.arrayContaining([
        'newClassI',
        'rdManagement.system',
        'rdManagement.institution',
        'rdManagement.transformationIncentives',
        'rdManagement.talent',
      ]),
    )
    expect(plan.smallestSet!.some((id) => id.startsWith('transformations+'))).toBe(true)
    // transformations of 2026 count only in the 2027 window (近三年内: 2024–2026): the set is for 2027, where the
    // firm's own projection keeps the same range (growth 40% again, R&D 3,399,440 ÷ 61,040,000 = 5.57% ≥ 5%)
    expect(plan.outcome).toMatchObject({ key: 'planner.score.set-next', params: { next: 2027, passMark: 71 } })
    // in English, the changes in words, not their ids
    expect(String(plan.outcome.params!.listEn)).toContain(
      'Complete 12 more technology transformations in 2026 (it counts in the three-year window of an application in 2027)',
    )
    expect(plan.levers.find((l) => l.id === 'transformations+12')!.label.text).toBe(
      '2026 年新增 12 项科技成果转化（计入 2027 年申报的近三年转化数）',
    )
    expect(plan.message.key).toBe('planner.score.decides')
  })

  it('says none exists when every lever together stays below 71 (flat growth: best 54)', () => {
    // growth 0% → 0 points: 31 − 18 = 13; every lever: +6 + 24 + 10 + 1 = +41 → 54 < 71
    const flat = (p: FirmProfile) => p.years.forEach((y) => ((y.salesRevenue = 10_000_000), (y.netAssets = 10_000_000)))
    const p = weakScore((x) => {
      flat(x)
      for (const y of x.years) y.rd!.inHouse = 600_000 // 6% of the flat sales
    })
    const plan = scorePlan(p, evaluateProgram(p, 'hnte'))
    expect(plan.smallestSet).toBeUndefined()
    expect(plan.outcome).toMatchObject({ key: 'planner.score.none', params: { best: 54, passMark: 71 } })
  })

  it('is attached by findPaths, so the cheapest-path answer is never empty', () => {
    const report = findPaths(weakScore(), 'hnte')
    expect(report.scorePlan?.levers.length).toBeGreaterThan(0)
  })
})
