// `npm run bench`: assesses 10,000 generated valid profiles (seeded, so every run sees the same firms) and prints
// the median and p95 microseconds per assessment, then the same for the floors in scripts/bench-reference.ts
// (a minimal exact reference and a JSON round trip) on the same profiles, interleaved, and the ratios.
import { performance } from 'node:perf_hooks'
import { assess } from '../src/rules/index'
import { validateProfile } from '../src/profile/validate'
import type { FirmProfile, Rating, YPN } from '../src/profile/types'
import { prng } from './bench-data'
import { jsonRoundTrip, reference } from './bench-reference'

const COUNT = 10_000
const WARM_UP = 2_000

function generate(rand: () => number): FirmProfile {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const cents = (max: number) => Math.round(rand() * max * 100) / 100
  const maybe = <T>(v: T): T | undefined => (rand() < 0.9 ? v : undefined)
  const total = Math.round((5 + rand() * 600) * 100) / 100
  const sales = cents(3e8)
  const years = [2023, 2024, 2025].map((year) => {
    const s = Math.round(sales * (0.6 + rand() * 0.6) * 100) / 100
    const inHouse = cents(s * 0.08)
    return {
      year,
      salesRevenue: s,
      totalIncome: Math.round(s * 1.05 * 100) / 100,
      hiTechIncome: cents(s),
      netAssets: Math.round((rand() * 1e8 - 1e6) * 100) / 100,
      totalAssets: cents(2.5e8),
      costsAndExpenses: cents(s),
      rd: {
        inHouse,
        other: cents(inHouse * 0.2),
        entrustedDomestic: cents(1e6),
        entrustedOverseas: cents(2e5),
        inHouseAbroad: 0,
      },
      rdTax: { items1to5: cents(inHouse), otherRelated: cents(inHouse * 0.15), entrustedDomestic: cents(1e6) },
    }
  })
  return {
    format: 'innocheck-profile',
    version: 1,
    assessmentDate: pick(['2024-06-30', '2025-11-26', '2026-11-26', '2027-03-01']),
    company: {
      registeredOn: `${2005 + Math.floor(rand() * 18)}-0${1 + Math.floor(rand() * 9)}-15`,
      residentInMainland: maybe(rand() < 0.95),
      taxCollection: maybe(pick(['audit', 'audit', 'deemed'] as const)),
      industry: pick(['C33', 'C39', 'I65', 'F51', 'M73', 'C', 'R90']),
      restrictedIndustry: maybe(rand() < 0.05),
      icOrMachineToolListed: maybe(rand() < 0.05),
      techField: maybe(pick(['1', '4.2', '8.4.1', 'none'])),
    },
    staff: { total, scienceTech: maybe(Math.round(total * rand() * 40) / 100) },
    years: rand() < 0.1 ? years.slice(1) : years,
    ip: {
      classI: maybe(Math.floor(rand() * 3)),
      classII: Math.floor(rand() * 12),
      classIIUsedBefore: 0,
      ownDevelopment: maybe(rand() < 0.8),
      coreToMainProducts: maybe(rand() < 0.8),
      advancement: maybe(pick<Rating>(['A', 'B', 'C', 'D', 'E'])),
      coreSupport: maybe(pick<Rating>(['A', 'B', 'C'])),
      standards: maybe(rand() < 0.3),
    },
    transformations: maybe(Math.floor(rand() * 20)),
    rdManagement: {
      system: maybe(pick<YPN>(['yes', 'partly', 'no'])),
      institution: maybe(pick<YPN>(['yes', 'partly', 'no'])),
    },
    record: { majorIncidentPastYear: maybe(rand() < 0.03), seriousDishonesty: maybe(rand() < 0.03) },
    credentials: rand() < 0.2 ? { hnteCertifiedOn: '2023-10-20' } : {},
    tax: {
      taxableIncome: cents(6e6),
      techTransferIncome: rand() < 0.2 ? cents(8e6) : undefined,
      equipmentUpTo5m: cents(2e6),
    },
  }
}

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
  const fns = [(p: FirmProfile) => assess(p), reference, jsonRoundTrip]
  for (let i = 0; i < WARM_UP; i++) fns.forEach((f) => f(profiles[i % COUNT]!))
  const [engine, ref, json] = timeEach(profiles, fns) as [number[], number[], number[]]
  const line = (name: string, t: number[]) =>
    console.log(`${name.padEnd(26)} median ${quantile(t, 0.5).toFixed(1)} µs, p95 ${quantile(t, 0.95).toFixed(1)} µs`)
  console.log(`${COUNT} profiles, each through every function in turn:`)
  line('assess()', engine)
  line('minimal exact reference', ref)
  line('JSON round trip', json)
  const m = quantile(engine, 0.5)
  console.log(`assess() median / reference median: ${(m / quantile(ref, 0.5)).toFixed(1)}× (target ≤ 5×)`)
  console.log(`assess() median / JSON round trip median: ${(m / quantile(json, 0.5)).toFixed(1)}×`)
}

main()
