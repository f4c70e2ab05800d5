// Figures that cannot both be true (issue #8): a figure the definitions make part of another (the field table's
// `notAbove`) yet typed larger. Compared exactly, in fen or hundredths of a person. Pure data in, paths out, so
// that validation can say how to fix it (cross-checks.ts) and the rules can decide nothing on either figure.
import { FIELDS } from '../fields/table'
import type { FieldDef, Text } from '../fields/types'
import type { FirmProfile } from './types'

export interface Contradiction {
  /** the figure that is too large: the contradiction is reported at this field */
  path: string
  /** the figure it cannot exceed */
  limit: string
  value: number
  limitValue: number
  why: Text
}

interface Pair {
  /** both paths' keys, relative to a fiscal year's data for a per-year pair (split once: assess() runs often) */
  keys: readonly string[]
  limitKeys: readonly string[]
  perYear: boolean
  why: Text
}

const YEAR = 'years.*.'
const keysOf = (path: string): string[] => (path.startsWith(YEAR) ? path.slice(YEAR.length) : path).split('.')

const PAIRS: readonly Pair[] = FIELDS.flatMap((f: FieldDef) =>
  f.notAbove
    ? [
        {
          keys: keysOf(f.path),
          limitKeys: keysOf(f.notAbove.path),
          perYear: f.path.startsWith(YEAR),
          why: f.notAbove.why,
        },
      ]
    : [],
)

function read(from: unknown, keys: readonly string[]): number | undefined {
  let v: unknown = from
  for (const k of keys) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** answers hold at most two decimals (fen, hundredths of a person): compared as whole hundredths, exactly */
const hundredths = (n: number): number => Math.round(n * 100)

/** `year`: the fiscal year of a per-year pair (its path prefix is built only for a contradiction found) */
function check(pair: Pair, scope: unknown, year?: number): Contradiction | undefined {
  const value = read(scope, pair.keys)
  if (value === undefined) return undefined
  const limitValue = read(scope, pair.limitKeys)
  if (limitValue === undefined || hundredths(value) <= hundredths(limitValue)) return undefined
  const prefix = year === undefined ? '' : `years.${year}.`
  const at = (keys: readonly string[]) => prefix + keys.join('.')
  return { path: at(pair.keys), limit: at(pair.limitKeys), value, limitValue, why: pair.why }
}

/** every declared pair that the answers contradict; a per-year pair in each fiscal year given */
export function figureContradictions(p: FirmProfile): Contradiction[] {
  const out: Contradiction[] = []
  for (const pair of PAIRS) {
    if (!pair.perYear) {
      const c = check(pair, p)
      if (c) out.push(c)
      continue
    }
    for (const y of Array.isArray(p.years) ? p.years : []) {
      const c = check(pair, y, y.year)
      if (c) out.push(c)
    }
  }
  return out
}
