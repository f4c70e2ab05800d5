// The floors `npm run bench` measures assess() against, on the same profiles:
// - a minimal exact reference: HNTE's quantitative conditions (Measures 国科发火〔2016〕32号 第十一条 (四)(五)(六)
//   and Guidelines 国科发火〔2016〕195号: R&D share of sales by sales band over the last three years, domestic
//   R&D share, hi-tech income share, S&T staff share) in exact fen as bigint, with no texts, no citations, no
//   checklist. It checks less than the engine does; it is the cost of the arithmetic the verdicts rest on.
// - a JSON round trip of the profile (the least any function that reads every answer must spend).
import type { FirmProfile } from '../src/profile/types'

const fen = (yuan: number | undefined): bigint | undefined =>
  yuan === undefined ? undefined : BigInt(Math.round(yuan * 100))
const sum = (xs: (bigint | undefined)[]): bigint | undefined =>
  xs.some((x) => x === undefined) ? undefined : xs.reduce<bigint>((a, x) => a + x!, 0n)
/** a ≥ b × num / den, exactly */
const atLeast = (a: bigint | undefined, b: bigint | undefined, num: bigint, den: bigint): boolean | undefined =>
  a === undefined || b === undefined ? undefined : a * den >= b * num

export interface ReferenceResult {
  rdShare?: boolean
  domesticShare?: boolean
  hiTechShare?: boolean
  staffShare?: boolean
}

export function reference(p: FirmProfile): ReferenceResult {
  const years = [...p.years].sort((a, b) => a.year - b.year).slice(-3)
  const last = years.at(-1)
  const sales = sum(years.map((y) => fen(y.salesRevenue)))
  const lastSales = fen(last?.salesRevenue)
  // entrusted R&D counts at 80% (Guidelines, 研究开发费用归集): ×4/5 kept exact by scaling everything by 5
  const rd5 = sum(
    years.map((y) => {
      const r = y.rd ?? {}
      const own = sum([fen(r.inHouse), fen(r.other)])
      const entrusted = sum([fen(r.entrustedDomestic ?? 0), fen(r.entrustedOverseas ?? 0)])
      return own === undefined || entrusted === undefined ? undefined : own * 5n + entrusted * 4n
    }),
  )
  const domestic5 = sum(
    years.map((y) => {
      const r = y.rd ?? {}
      const own = sum([fen(r.inHouse), fen(r.other)])
      const e = fen(r.entrustedDomestic ?? 0)
      return own === undefined || e === undefined ? undefined : own * 5n + e * 4n
    }),
  )
  const band: [bigint, bigint] | undefined =
    lastSales === undefined
      ? undefined
      : lastSales <= 5_000_000_000n
        ? [5n, 100n]
        : lastSales <= 20_000_000_000n
          ? [4n, 100n]
          : [3n, 100n]
  return {
    rdShare: band && atLeast(rd5, sales === undefined ? undefined : sales * 5n, band[0], band[1]),
    domesticShare: atLeast(domestic5, rd5, 60n, 100n),
    hiTechShare: atLeast(fen(last?.hiTechIncome), fen(last?.totalIncome), 60n, 100n),
    staffShare: atLeast(fen(p.staff.scienceTech), fen(p.staff.total), 10n, 100n),
  }
}

export const jsonRoundTrip = (p: FirmProfile): unknown => JSON.parse(JSON.stringify(p))
