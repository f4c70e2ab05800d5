// Generated reserve pools for the benchmarks: firms as a CSV in the batch template (seeded, so every run sees the
// same sheet; about 2% of the rows are broken on purpose).
import { FIRM_COLUMNS, YEAR_COLUMNS, type Column } from '../src/batch/columns'
import { profileToCells } from '../src/batch/template'
import { writeCsv } from '../src/batch/csv'
import { emptyProfile, type FirmProfile, type Rating, type YPN } from '../src/profile/types'

const YEARS = [2022, 2023, 2024, 2025]

/** `npm run bench` assesses this many profiles from `generate`, seeded so: the agreement test uses the same */
export const BENCH_SEED = 20261126
export const BENCH_COUNT = 10_000

/** mulberry32: a small deterministic PRNG (the benchmarks' only source of randomness) */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** one valid profile for `npm run bench`: three (sometimes two) years, about a tenth of answers missing */
export function generate(rand: () => number): FirmProfile {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const cents = (max: number) => Math.round(rand() * max * 100) / 100
  const maybe = <T>(v: T): T | undefined => (rand() < 0.9 ? v : undefined)
  const total = Math.round((5 + rand() * 600) * 100) / 100
  const sales = cents(3e8)
  const years = [2023, 2024, 2025].map((year) => {
    const s = Math.round(sales * (0.6 + rand() * 0.6) * 100) / 100
    const inHouse = cents(s * 0.08)
    // net assets are part of total assets (a profile where they are not is refused by validation)
    const netAssets = Math.round((rand() * 1e8 - 1e6) * 100) / 100
    return {
      year,
      salesRevenue: s,
      totalIncome: Math.round(s * 1.05 * 100) / 100,
      hiTechIncome: cents(s),
      netAssets,
      totalAssets: Math.round((Math.max(netAssets, 0) + rand() * 1.5e8) * 100) / 100,
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
    // 否 answered where no certificate or number is given: the verdicts of the bench stay those measured before
    credentials:
      rand() < 0.2
        ? { hnteCertifiedOn: '2023-10-20', techSmeRegistered: false }
        : { hnteCertificateHeld: false, techSmeRegistered: false },
    tax: {
      taxableIncome: cents(6e6),
      techTransferIncome: rand() < 0.2 ? cents(8e6) : undefined,
      equipmentUpTo5m: cents(2e6),
    },
  }
}

function firm(rand: () => number, i: number): FirmProfile {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const cents = (max: number) => Math.round(rand() * max * 100) / 100
  const maybe = <T>(v: T): T | undefined => (rand() < 0.93 ? v : undefined)
  const p = emptyProfile(pick(['2025-11-26', '2026-06-30', '2026-11-26']))
  const total = Math.round((5 + rand() * 400) * 100) / 100
  const sales = cents(1.5e8)
  p.company = {
    name: `霸州市测试企业${i + 1}有限公司`,
    registeredOn: `${2008 + Math.floor(rand() * 18)}-0${1 + Math.floor(rand() * 9)}-15`,
    residentInMainland: maybe(rand() < 0.97),
    taxCollection: maybe(pick(['audit', 'audit', 'audit', 'deemed'] as const)),
    industry: pick(['C33', 'C39', 'C34', 'I65', 'F51', 'M73']),
    restrictedIndustry: maybe(rand() < 0.03),
    techField: maybe(pick(['1.1', '4.2', '8.4', '8.4.1', 'none'])),
  }
  p.staff = { total, scienceTech: maybe(Math.round(total * rand() * 30) / 100) }
  p.years = YEARS.map((year) => {
    const s = Math.round(sales * (0.7 + rand() * 0.6) * 100) / 100
    const inHouse = cents(s * 0.07)
    // net assets are at most total assets (validation refuses the row otherwise); the same draws as before
    const net = cents(5e7)
    const totalAssets = cents(1.2e8)
    return {
      year,
      salesRevenue: s,
      totalIncome: Math.round(s * 1.02 * 100) / 100,
      hiTechIncome: cents(s),
      netAssets: Math.min(net, totalAssets),
      totalAssets,
      costsAndExpenses: cents(s),
      rd: { inHouse, other: cents(inHouse * 0.1), entrustedDomestic: cents(5e5), entrustedOverseas: 0 },
      rdTax: { items1to5: cents(inHouse) },
    }
  })
  p.ip = {
    classI: maybe(Math.floor(rand() * 2)),
    classII: Math.floor(rand() * 10),
    classIIUsedBefore: 0,
    ownDevelopment: maybe(rand() < 0.85),
    coreToMainProducts: maybe(rand() < 0.85),
    advancement: maybe(pick<Rating>(['A', 'B', 'C'])),
    coreSupport: maybe(pick<Rating>(['A', 'B', 'C'])),
    standards: maybe(rand() < 0.3),
  }
  p.transformations = maybe(Math.floor(rand() * 18))
  const ypn = () => maybe(pick<YPN>(['yes', 'yes', 'partly', 'no']))
  p.rdManagement = { system: ypn(), institution: ypn(), transformationIncentives: ypn(), talent: ypn() }
  p.record = { majorIncidentPastYear: maybe(rand() < 0.02), seriousDishonesty: maybe(rand() < 0.02) }
  p.tax = { taxableIncome: cents(5e6) }
  return p
}

/** the ways a person breaks a sheet: text in a number, an impossible date, more S&T staff than staff */
function breakRow(cells: string[], columns: Column[], rand: () => number): void {
  const at = (h: string) => columns.findIndex((c) => c.header === h)
  const kind = Math.floor(rand() * 3)
  if (kind === 0) cells[at('2025年销售收入(万元)')] = '约300万'
  else if (kind === 1) cells[at('成立日期')] = '2019-02-30'
  else cells[at('科技人员数')] = String(Number(cells[at('职工总数')]) + 5)
}

/** the template's columns of the generated sheets: the firm's, then each year's */
function sheetColumns(): Column[] {
  return [
    ...FIRM_COLUMNS.filter((c) => c.inTemplate),
    ...YEARS.flatMap((y) =>
      YEAR_COLUMNS.filter((c) => c.inTemplate).map((c) => ({
        ...c,
        header: `${y}年${c.header}`,
        path: `years.${y}.${c.path}`,
      })),
    ),
  ]
}

/** the header, then COUNT firms' cells, one row at a time: a province-sized sheet is never held whole */
export function* sheetRows(COUNT: number): Generator<string[]> {
  const rand = prng(20261126)
  const columns = sheetColumns()
  yield columns.map((c) => c.header)
  for (let i = 0; i < COUNT; i++) {
    const cells = profileToCells(firm(rand, i), columns)
    if (rand() < 0.02) breakRow(cells, columns, rand)
    yield cells
  }
}

export function sheet(COUNT: number): string {
  return writeCsv([...sheetRows(COUNT)], { bom: true })
}
