// The full reference of `npm run bench` (scripts/reference) must give assess()'s verdicts, or the ratio the bench
// prints compares the engine with something that does less: on every bench profile (the same seed and count as
// scripts/bench.ts), on the examples, and with figures that contradict each other.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { assess } from '../../src/rules/index'
import { parseProfileText } from '../../src/profile/parse'
import type { FirmProfile } from '../../src/profile/types'
import { BENCH_COUNT, BENCH_SEED, generate, prng } from '../../scripts/bench-data'
import { fullReference, verdictsOf } from '../../scripts/reference'

/** plain data (the engine's messages and getters aside), so that toEqual compares values only */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x))
const agree = (p: FirmProfile) => expect(plain(fullReference(p))).toEqual(plain(verdictsOf(assess(p))))

describe('the full reference gives the verdicts assess() gives', () => {
  it(`on every one of the ${BENCH_COUNT} bench profiles`, () => {
    const rand = prng(BENCH_SEED)
    let differ = 0
    for (let i = 0; i < BENCH_COUNT; i++) {
      const p = generate(rand)
      const want = JSON.stringify(verdictsOf(assess(p)))
      // one failing profile is shown in full below; the count says how many
      if (JSON.stringify(fullReference(p)) !== want && differ++ === 0) agree(p)
    }
    expect(differ).toBe(0)
    // a ceiling for a machine shared by many processes (10,000 assessments), not a speed check
  }, 180_000)

  it('on the examples dated within the years it encodes', () => {
    const dir = new URL('../../examples/', import.meta.url)
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
    let compared = 0
    for (const f of files) {
      const r = parseProfileText(readFileSync(new URL(f, dir), 'utf8'))
      if (!r.ok) throw new Error(f)
      const year = Number(r.profile.assessmentDate.slice(0, 4))
      if (year < 2023 || year > 2027) continue
      agree(r.profile)
      compared++
    }
    expect(compared).toBeGreaterThan(0)
  })

  it('with figures that contradict each other (set aside, read as not answered)', () => {
    const rand = prng(7)
    for (let i = 0; i < 50; i++) {
      const p = generate(rand)
      const y = p.years[p.years.length - 1]!
      const broken: FirmProfile = {
        ...p,
        staff: i % 2 ? { ...p.staff, scienceTech: (p.staff.total ?? 10) + 1 } : p.staff,
        years: [...p.years.slice(0, -1), { ...y, hiTechIncome: (y.totalIncome ?? 0) + 0.01 }],
      }
      agree(broken)
    }
  })
})
