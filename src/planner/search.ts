// Integer search for the smallest amount of one lever that makes a predicate true: from the engine's own gap
// when it gives one, else exponential steps upward, then binary search between the last "no" and the first "yes".
// Minimality assumes the lever helps monotonically on [low, found]; every found amount is re-verified anyway.

export interface SearchSpec {
  /** the current amount, known not to satisfy the predicate */
  low: bigint
  /** the largest amount worth trying */
  high: bigint
  /** first step above `low` when there is no hint */
  firstStep: bigint
  /** a guess from the engine (e.g. a check's gap), in the same unit */
  hint?: bigint
  /** probe `high` first: skips the search when even the bound does not work (monotone levers only) */
  probeHigh: boolean
}

export interface SearchResult {
  amount: bigint
  /** false when the budget ran out before the amount was proven smallest */
  minimal: boolean
}

/** the smallest x in (lo, hi] with ok(x), given !ok(lo) and ok(hi) */
function bisect(lo: bigint, hi: bigint, ok: (x: bigint) => boolean, spent: () => boolean): SearchResult {
  while (hi - lo > 1n) {
    if (spent()) return { amount: hi, minimal: false }
    const mid = lo + (hi - lo) / 2n
    if (ok(mid)) hi = mid
    else lo = mid
  }
  return { amount: hi, minimal: true }
}

export function smallestAmount(
  spec: SearchSpec,
  ok: (x: bigint) => boolean,
  spent: () => boolean,
): SearchResult | undefined {
  const { low, high } = spec
  if (high <= low) return undefined
  const hint = spec.hint !== undefined && spec.hint > low && spec.hint < high ? spec.hint : undefined
  // the engine's gap is usually exact: it and one step below settle the search, without probing the bound
  const hinted = hint !== undefined && ok(hint)
  if (hinted)
    return hint - 1n <= low || !ok(hint - 1n) ? { amount: hint, minimal: true } : bisect(low, hint - 1n, ok, spent)
  if (spec.probeHigh && !ok(high)) return undefined
  /** an amount known to work, to fall back on when the budget runs out */
  const proven = spec.probeHigh ? high : undefined
  let lo = hint ?? low
  let step = hint !== undefined ? hint - low : spec.firstStep > 0n ? spec.firstStep : 1n
  for (;;) {
    if (spent()) return proven === undefined ? undefined : { amount: proven, minimal: false }
    const x = lo + step < high ? lo + step : high
    if (ok(x)) return bisect(lo, x, ok, spent)
    if (x === high) return undefined
    lo = x
    step *= 2n
  }
}
