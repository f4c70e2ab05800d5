// The bounds of the numeric fields, in the stored unit, and how a bound reads in the field's own unit.
import type { FieldDef } from './types'

/** above this, yuan × 100 is no longer an exact double (2^53 fen ≈ 9.007e15): 10万亿元 is far beyond any firm */
export const MAX_AMOUNT = 1e13
/** more people than any employer in the world has: a typo, not a firm (issue #9 item 8) */
export const MAX_PERSONS = 10_000_000
/** more IP items or transformations than any firm holds */
export const MAX_COUNT = 1_000_000
export const MAX_YEAR = 2999

export interface Bounds {
  min: number
  max: number
}

export function boundsOf(f: FieldDef): Bounds | undefined {
  switch (f.kind) {
    case 'money':
      return { min: f.min ?? (f.signed ? -MAX_AMOUNT : 0), max: f.max ?? MAX_AMOUNT }
    case 'persons':
      return { min: f.min ?? 0, max: f.max ?? MAX_PERSONS }
    case 'count':
      return { min: f.min ?? 0, max: f.max ?? MAX_COUNT }
    case 'year':
      return { min: f.min ?? 1949, max: f.max ?? MAX_YEAR }
    default:
      return undefined
  }
}
