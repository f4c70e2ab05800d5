// Figures that cannot both be true (issue #8): a figure the definitions make part of another (the field table's
// `notAbove`) yet typed larger. Compared exactly, in fen or hundredths of a person. Pure data in, paths out, so
// that validation can say how to fix it (cross-checks.ts) and the rules can decide nothing on either figure.
import { exceeding } from '../engine/compare'
import { fen, persons } from '../engine/money'
import type { Q } from '../engine/rational'
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
  path: string
  limit: string
  kind: FieldDef['kind']
  why: Text
  /** the two paths cut into keys once, relative to the year for a per-year pair (assess() runs this every time) */
  pathKeys: string[]
  limitKeys: string[]
}

const YEAR = 'years.*.'
const rel = (p: string) => (p.startsWith(YEAR) ? p.slice(YEAR.length) : p)

const PAIRS: readonly Pair[] = FIELDS.flatMap((f) =>
  f.notAbove
    ? [
        {
          path: f.path,
          limit: f.notAbove.path,
          kind: f.kind,
          why: f.notAbove.why,
          pathKeys: rel(f.path).split('.'),
          limitKeys: rel(f.notAbove.path).split('.'),
        },
      ]
    : [],
)

function read(from: unknown, keys: readonly string[]): number | undefined {
  let v: unknown = from
  for (const k of keys) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

const exact = (kind: FieldDef['kind'], n: number): Q => (kind === 'persons' ? persons(n) : fen(n))

function check(pair: Pair, scope: unknown, prefix: string): Contradiction | undefined {
  const value = read(scope, pair.pathKeys)
  const limitValue = read(scope, pair.limitKeys)
  if (value === undefined || limitValue === undefined) return undefined
  if (!exceeding(exact(pair.kind, value), exact(pair.kind, limitValue))) return undefined
  const at = (p: string) => (p.startsWith(YEAR) ? prefix + rel(p) : p)
  return { path: at(pair.path), limit: at(pair.limit), value, limitValue, why: pair.why }
}

/** every declared pair that the answers contradict; a per-year pair in each fiscal year given */
export function figureContradictions(p: FirmProfile): Contradiction[] {
  const out: Contradiction[] = []
  for (const pair of PAIRS) {
    if (!pair.path.startsWith(YEAR)) {
      const c = check(pair, p, '')
      if (c) out.push(c)
      continue
    }
    for (const y of Array.isArray(p.years) ? p.years : []) {
      const c = check(pair, y, `years.${y.year}.`)
      if (c) out.push(c)
    }
  }
  return out
}
