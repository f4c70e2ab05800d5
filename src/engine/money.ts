// Money: profiles carry yuan as JSON numbers with at most 2 decimals; the engine works in fen
// (as exact rationals, so that 80% or 10/90 of an amount stays exact) and shows yuan rounded half-up to the fen.
import { q, roundHalfUp, type Q } from './rational'

/** yuan (≤ 2 decimals, validated upstream) → exact fen */
export function fen(yuan: number): Q {
  return { n: BigInt(Math.round(yuan * 100)), d: 1n }
}

/** exact fen → yuan as a number rounded half-up to the fen, for output */
export function toYuan(amountFen: Q): number {
  return Number(roundHalfUp(amountFen)) / 100
}

/** 1 万元 = 10,000 yuan = 1,000,000 fen */
export const wan = (n: number): Q => q(BigInt(n) * 1_000_000n)

/** staff averages: annual averages with at most 2 decimals → exact hundredths of a person */
export function persons(n: number): Q {
  return q(Math.round(n * 100), 100)
}

/** a ratio for output (a fraction), e.g. 0.05; never compare it */
export function ratioOut(a: Q, b: Q): number {
  return Number(a.n * b.d) / Number(a.d * b.n)
}
