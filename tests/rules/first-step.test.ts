// The triage reads the checklist's first step without building the list (src/rules/checklist/first-step.ts): it
// must be the built list's first item's title, on every example, a few hundred generated profiles (the seeded
// generator of `npm run bench`) and profiles whose figures contradict each other.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { assess } from '../../src/rules/index'
import { firstStepTitle } from '../../src/rules/checklist/first-step'
import { parseProfileText } from '../../src/profile/parse'
import type { FirmProfile } from '../../src/profile/types'
import { generate, prng } from '../../scripts/bench-data'

const dir = new URL('../../examples/', import.meta.url)
const examples: FirmProfile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const r = parseProfileText(readFileSync(new URL(f, dir), 'utf8'))
    if (!r.ok) throw new Error(f)
    return r.profile
  })
const rand = prng(23)
const generated = Array.from({ length: 400 }, () => generate(rand))
const contradicting = generated.slice(0, 20).map((p) => ({
  ...p,
  staff: { ...p.staff, scienceTech: (p.staff.total ?? 10) + 1 },
}))

describe('firstStepTitle', () => {
  it('is the title of the checklist’s first item, whichever way it is found', () => {
    const ways = { fix: 0, answer: 0, list: 0 }
    for (const p of [...examples, ...generated, ...contradicting]) {
      const a = assess(p)
      const checks = [...a.hnte.checks, ...a.techSme.checks]
      ways[
        checks.some((c) => c.status === 'fail') ? 'fix' : checks.some((c) => c.status !== 'pass') ? 'answer' : 'list'
      ]++
      const first = firstStepTitle(a)
      expect(first).toEqual(assess(p).checklist[0]?.title)
      expect(first?.text).toBe(assess(p).checklist[0]?.title.text)
    }
    // each of the three ways is taken (not vacuous)
    expect(Math.min(ways.fix, ways.answer, ways.list)).toBeGreaterThan(0)
  })
})
