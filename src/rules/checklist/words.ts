// Ratio gaps in words for the checklist: percentage points (amounts go through src/format via {x:yuan}).

function twoDecimals(units: bigint): string {
  const neg = units < 0n
  const a = neg ? -units : units
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`
}

/** a ratio gap (fraction) in percentage points, rounded up to 0.01 point */
export const pointsUp = (fraction: number): string =>
  twoDecimals(BigInt(Math.ceil(Number((fraction * 10_000).toFixed(6)))))
