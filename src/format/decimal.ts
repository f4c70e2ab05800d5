// Decimal text from a number at a fixed precision, rounded the way the caller asks. Engine figures are
// correctly rounded doubles of exact values (a ratio of fen, a yuan amount to the fen), so a scaled value
// within float noise of a whole number IS that number: 0.29 × 10⁴ = 2899.9999999999995 is 2900, not 2899.

export type Rounding = 'half-up' | 'floor' | 'ceil'

/** float noise: far below any difference an exact fen or person can make at the sizes this tool sees */
const NOISE = 1e-12

/** value × 10^decimals as a whole number, rounded as asked (half-up is away from zero at .5) */
export function scaled(value: number, decimals: number, rounding: Rounding): number {
  const x = value * 10 ** decimals
  const whole = Math.round(x)
  if (Math.abs(x - whole) <= NOISE * Math.max(1, Math.abs(x))) return whole
  if (rounding === 'floor') return Math.floor(x)
  if (rounding === 'ceil') return Math.ceil(x)
  return Math.sign(x) * Math.floor(Math.abs(x) + 0.5)
}

/** true when the value has no digits beyond `decimals` (up to float noise) */
export function exactAt(value: number, decimals: number): boolean {
  return scaled(value, decimals, 'floor') === scaled(value, decimals, 'ceil')
}

/** 123456 at 2 decimals → '1,234.56'; `trim` drops trailing zeros of the fraction ('12.50' → '12.5') */
export function digits(units: number, decimals: number, trim = false): string {
  const negative = units < 0
  const text = String(Math.abs(units)).padStart(decimals + 1, '0')
  const int = text.slice(0, text.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  let frac = decimals > 0 ? text.slice(text.length - decimals) : ''
  if (trim) frac = frac.replace(/0+$/, '')
  return `${negative ? '-' : ''}${int}${frac ? '.' + frac : ''}`
}

/** value at a precision, e.g. fixed(0.1 + 0.2, 2) → '0.30' */
export function fixed(value: number, decimals: number, rounding: Rounding = 'half-up', trim = false): string {
  return digits(scaled(value, decimals, rounding), decimals, trim)
}

/**
 * Rounding that never lets a shown figure reach or cross the threshold it is compared with: away from the
 * threshold. A value below it is floored (49.99万 of 1,000万 → 4.99%, not 5.00% beside "≥ 5%"), a value above
 * it is ceiled (60.001% → 60.01% beside "≤ 60%"), a value equal to it is exact. This holds for ≥, >, ≤ and <
 * alike, because the shown value then stands on the same side of the shown threshold as the true one.
 */
export function awayFrom(value: number, threshold: number | undefined): Rounding {
  if (threshold === undefined || value === threshold) return 'half-up'
  return value < threshold ? 'floor' : 'ceil'
}

/**
 * The fewest decimals (from `min`, at most `max`) at which the threshold is shown exactly and the value,
 * rounded away from it, does not read as equal to it unless it is.
 */
export function decimalsFor(value: number, threshold: number, min: number, max: number): number {
  for (let d = min; d < max; d++) {
    if (!exactAt(threshold, d)) continue
    if (value === threshold || scaled(value, d, awayFrom(value, threshold)) !== scaled(threshold, d, 'floor')) return d
  }
  return max
}
