// `npm run bench`: assesses 10,000 generated valid profiles (seeded, so every run sees the same firms) and prints
// the median and p95 microseconds per assessment (as callers get it: checklist built when read; and with the
// checklist built at once), then the same for the floors in scripts/bench-reference.ts (a minimal exact reference
// and a JSON round trip) on the same profiles, interleaved, and the ratios.
import { performance } from 'node:perf_hooks'
import { assess, assessEagerly } from '../src/rules/index'
import { validateProfile } from '../src/profile/validate'
import type { FirmProfile } from '../src/profile/types'
import { generate, prng } from './bench-data'
import { jsonRoundTrip, reference } from './bench-reference'

const COUNT = 10_000
const WARM_UP = 2_000

function quantile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

/** µs per call of each function on each profile, the functions taking turns profile by profile */
function timeEach(profiles: FirmProfile[], fns: ((p: FirmProfile) => unknown)[]): number[][] {
  const times = fns.map(() => [] as number[])
  for (const p of profiles)
    fns.forEach((f, k) => {
      const t0 = performance.now()
      f(p)
      times[k]!.push((performance.now() - t0) * 1000)
    })
  return times.map((t) => t.sort((a, b) => a - b))
}

function main(): void {
  const rand = prng(20261126)
  const profiles = Array.from({ length: COUNT }, () => generate(rand))
  // the generator must only make valid profiles: assess() is only ever given one
  const bad = profiles.findIndex((p) => !validateProfile(JSON.parse(JSON.stringify(p))).ok)
  if (bad >= 0) throw new Error(`generated profile ${bad} is invalid`)
  const fns = [(p: FirmProfile) => assess(p), (p: FirmProfile) => assessEagerly(p), reference, jsonRoundTrip]
  for (let i = 0; i < WARM_UP; i++) fns.forEach((f) => f(profiles[i % COUNT]!))
  const [engine, eager, ref, json] = timeEach(profiles, fns) as [number[], number[], number[], number[]]
  const line = (name: string, t: number[]) =>
    console.log(`${name.padEnd(26)} median ${quantile(t, 0.5).toFixed(1)} µs, p95 ${quantile(t, 0.95).toFixed(1)} µs`)
  console.log(`${COUNT} profiles, each through every function in turn:`)
  line('assess()', engine)
  line('assess(), checklist built', eager)
  line('minimal exact reference', ref)
  line('JSON round trip', json)
  const m = quantile(engine, 0.5)
  console.log(`assess() median / reference median: ${(m / quantile(ref, 0.5)).toFixed(1)}× (target ≤ 5×)`)
  console.log(`assess() median / JSON round trip median: ${(m / quantile(json, 0.5)).toFixed(1)}×`)
  // the checklist is built when read (src/engine/assess.ts): the same ratio with it built, for a reader who needs it
  console.log(
    `assess() with the checklist built / reference: ${(quantile(eager, 0.5) / quantile(ref, 0.5)).toFixed(1)}×`,
  )
}

main()
