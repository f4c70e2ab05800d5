// Exact helpers for the planner and the batch import: yuan ↔ fen as BigInt, decimal text → exact fraction,
// fen as exact text. The arithmetic itself (rounding, ceilings) is src/engine/rational.ts.
// Profile money is yuan with at most 2 decimals; every sum the planner makes is done in whole fen.
import { q, type Q } from '../engine/rational'

/** yuan (≤ 2 decimals, as validated) → whole fen */
export const toFen = (yuan: number): bigint => BigInt(Math.round(yuan * 100))

/** whole fen → yuan as the JSON number a profile carries (the nearest double to the 2-decimal amount) */
export const fromFen = (fen: bigint): number => Number(fen) / 100

/** the exact fraction a decimal number or text denotes: 0.15 → 3/20, '1e-3' → 1/1000 (its shortest decimal form) */
export function decimalQ(x: number | string): Q {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(String(x).trim())
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a decimal: ${String(x)}`)
  const frac = m[3] ?? ''
  const exp = Number(m[4] ?? 0) - frac.length
  const digits = BigInt(`${m[1] === '-' ? '-' : ''}${m[2] || '0'}${frac}`)
  return exp >= 0 ? q(digits * 10n ** BigInt(exp)) : q(digits, 10n ** BigInt(-exp))
}

/** fen as 万元 text with at least 2 decimals, exact: 26600000n → '26.60', 26599999n → '26.599999' */
export function wanText(fen: bigint): string {
  const neg = fen < 0n
  const abs = neg ? -fen : fen
  const whole = abs / 1_000_000n
  let frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '')
  if (frac.length < 2) frac = frac.padEnd(2, '0')
  return `${neg ? '-' : ''}${whole}.${frac}`
}

/** fen as yuan text with 2 decimals, exact: 26600000n → '266000.00' */
export function yuanText(fen: bigint): string {
  const neg = fen < 0n
  const abs = neg ? -fen : fen
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
}
