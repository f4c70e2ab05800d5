// `npm run bench`: assesses 10,000 generated valid profiles (seeded, so every run sees the same firms) and prints
// the median and p95 microseconds per assessment (as callers get it: checklist built when read; and with the
// checklist built at once), then the same for the floors on the same profiles, interleaved, and the ratios:
// - the full minimal exact reference (scripts/reference): the same verdicts assess() gives, in exact integers,
//   with no texts, citations, checklist or notices (tests/engine/bench-reference.test.ts: it agrees with assess()
//   on every one of these profiles) — the "minimal exact reference doing the same checks";
// - the four-ratio reference (scripts/bench-reference.ts): four HNTE ratios only, kept for comparison with the
//   figures reported before the full one existed;
// - a JSON round trip of the profile.
import { performance } from 'node:perf_hooks'
import { assess, assessEagerly } from '../src/rules/index'
import { validateProfile } from '../src/profile/validate'
import type { FirmProfile } from '../src/profile/types'
import { BENCH_COUNT, BENCH_SEED, generate, prng } from './bench-data'
import { jsonRoundTrip, reference } from './bench-reference'
import { fullReference } from './reference'

const COUNT = BENCH_COUNT
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
  const rand = prng(BENCH_SEED)
  const profiles = Array.from({ length: COUNT }, () => generate(rand))
  // the generator must only make valid profiles: assess() is only ever given one
  const bad = profiles.findIndex((p) => !validateProfile(JSON.parse(JSON.stringify(p))).ok)
  if (bad >= 0) throw new Error(`generated profile ${bad} is invalid`)
  const fns = [
    (p: FirmProfile) => assess(p),
    (p: FirmProfile) => assessEagerly(p),
    fullReference,
    reference,
    jsonRoundTrip,
  ]
  for (let i = 0; i < WARM_UP; i++) fns.forEach((f) => f(profiles[i % COUNT]!))
  const [engine, eager, full, ref, json] = timeEach(profiles, fns) as [number[], number[], number[], number[], number[]]
  const line = (name: string, t: number[]) =>
    console.log(`${name.padEnd(26)} median ${quantile(t, 0.5).toFixed(1)} µs, p95 ${quantile(t, 0.95).toFixed(1)} µs`)
  console.log(`${COUNT} profiles, each through every function in turn:`)
  line('assess()', engine)
  line('assess(), checklist built', eager)
  line('full exact reference', full)
  line('four-ratio reference', ref)
  line('JSON round trip', json)
  const ratio = (a: number[], b: number[]) => `${(quantile(a, 0.5) / quantile(b, 0.5)).toFixed(1)}×`
  console.log(`assess() median / full exact reference median: ${ratio(engine, full)} (target ≤ 5×)`)
  console.log(`assess() median / four-ratio reference median: ${ratio(engine, ref)}`)
  console.log(`assess() median / JSON round trip median: ${ratio(engine, json)}`)
  // the checklist is built when read (src/engine/assess.ts): the same ratio with it built, for a reader who needs it
  console.log(`assess() with the checklist built / full exact reference: ${ratio(eager, full)}`)
  console.log(`assess() with the checklist built / four-ratio reference: ${ratio(eager, ref)}`)
}

main()
