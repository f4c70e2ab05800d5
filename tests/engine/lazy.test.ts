// Issue #11: the checklist is built only when read, and reading it gives exactly what building it at once gives,
// on every example and on a few hundred generated profiles (the seeded generator of `npm run bench`).
import { describe, expect, it, vi } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { assessWith } from '../../src/engine/assess'
import { assess, assessEagerly, rules } from '../../src/rules/index'
import { parseProfileText } from '../../src/profile/parse'
import type { FirmProfile } from '../../src/profile/types'
import { generate, prng } from '../../scripts/bench-data'

const dir = new URL('../../examples/', import.meta.url)
const examples: [string, FirmProfile][] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const r = parseProfileText(readFileSync(new URL(f, dir), 'utf8'))
    if (!r.ok) throw new Error(f)
    return [f, r.profile]
  })
const rand = prng(11)
const generated: [string, FirmProfile][] = Array.from({ length: 300 }, (_, i) => [`generated ${i}`, generate(rand)])
// figures that contradict each other (S&T staff above all staff): assess() sets them aside after the rules ran
const contradicting: [string, FirmProfile][] = generated.slice(0, 20).map(([name, p]) => {
  const total = p.staff.total ?? 10
  return [`${name}, S&T staff above all staff`, { ...p, staff: { ...p.staff, scienceTech: total + 1 } }]
})

describe('a lazily built assessment is the eagerly built one', () => {
  it('covers every example', () => expect(examples.length).toBeGreaterThanOrEqual(7))

  it.each([...examples, ...generated, ...contradicting])('%s: same JSON, key for key, and deep-equal', (_, profile) => {
    const lazy = assess(profile)
    const eager = assessEagerly(profile)
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager))
    expect(lazy).toEqual(eager)
  })

  it('keeps checklist items in the generated set and contradictions in the altered one (not vacuous)', () => {
    const sizes = generated.map(([, p]) => assess(p).checklist.length)
    expect(Math.min(...sizes)).toBeGreaterThan(0)
    for (const [, p] of contradicting)
      expect(assess(p).notices.some((n) => n.id.startsWith('profile.contradiction'))).toBe(true)
  })
})

describe('the checklist is built on first read, once', () => {
  it('is not built by assess(), then built once however often it is read', () => {
    const checklist = vi.fn(rules.checklist)
    const a = assessWith({ ...rules, checklist }, examples[0]![1])
    expect(checklist).not.toHaveBeenCalled()
    const first = a.checklist
    expect(a.checklist).toBe(first)
    expect(checklist).toHaveBeenCalledTimes(1)
  })

  it('is built by JSON.stringify and by structuredClone', () => {
    const a = assess(examples[0]![1])
    const parsed = JSON.parse(JSON.stringify(a)) as { checklist: unknown[] }
    expect(parsed.checklist).toEqual(JSON.parse(JSON.stringify(a.checklist)))
    expect(structuredClone(a).checklist.length).toBe(a.checklist.length)
  })
})
