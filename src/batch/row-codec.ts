// Triage rows as columns, the form a part of a province's sheet travels in from its worker to the page
// (row-store.ts keeps them there): numbers in typed arrays, the parts rows repeat (dates, blocking checks, first
// steps, the wording of a gap or a path) as indexes into the part's distinct texts, and only what is a firm's own
// kept per firm (its name, code and the digits of its gap and path). A row rebuilt from these columns equals the
// row triaged (tests/batch/row-store.test.ts); nothing is rounded, re-worded or re-formatted: a gap or a path is
// its JSON with each run of digits taken out (the skeleton, shared) and the digits kept in order (the firm's own).
import type { ProgramStatus } from '../engine/types'
import type { TriageRow } from './triage'

/** status from best to worst: a status's rank is its index (the table's sort order) */
export const STATUSES: readonly ProgramStatus[] = ['eligible', 'borderline', 'incomplete', 'ineligible']

/** stands for a run of digits in a skeleton; JSON.stringify escapes every control character, so it never occurs */
export const SLOT = '\u0001'
const DIGITS = /\d+/g

export interface CompactRows {
  n: number
  /** the spreadsheet row (0: the firm came from no sheet) */
  row: Float64Array
  name: string[]
  creditCode: string[]
  hnte: Uint8Array
  hnteMin: Float64Array
  hnteMax: Float64Array
  tsme: Uint8Array
  tsmeMin: Float64Array
  tsmeMax: Float64Array
  direct: Uint8Array
  /** the cheapest path's planning cost (Infinity: no path) */
  cost: Float64Array
  /** the part's distinct texts; the columns below index them */
  texts: string[]
  date: Uint32Array
  blocked: Uint32Array
  /** JSON of { firstStep, firstStepMessage } */
  step: Uint32Array
  /** the skeletons of the gap's and the path's JSON ("null" when there is none) */
  gap: Uint32Array
  path: Uint32Array
  /** per firm: the digits taken out of its gap, then of its path, joined by "," ("" when none) */
  digits: string[]
}

const RANK = new Map(STATUSES.map((s, i) => [s, i]))

/** empty columns for `n` rows */
function columns(n: number): CompactRows {
  const [f64, u32, u8] = [() => new Float64Array(n), () => new Uint32Array(n), () => new Uint8Array(n)]
  return {
    ...{ n, row: f64(), name: [], creditCode: [], hnte: u8(), hnteMin: f64(), hnteMax: f64(), tsme: u8() },
    ...{ tsmeMin: f64(), tsmeMax: f64(), direct: u8(), cost: f64(), texts: [], date: u32(), blocked: u32() },
    ...{ step: u32(), gap: u32(), path: u32(), digits: [] },
  }
}

function put(c: CompactRows, i: number, r: TriageRow, text: (s: string) => number): void {
  c.row[i] = r.row ?? 0
  c.name.push(r.name)
  c.creditCode.push(r.creditCode)
  c.hnte[i] = RANK.get(r.hnteStatus)!
  c.hnteMin[i] = r.hnteScore.min
  c.hnteMax[i] = r.hnteScore.max
  c.tsme[i] = RANK.get(r.tsmeStatus)!
  c.tsmeMin[i] = r.tsmeScore.min
  c.tsmeMax[i] = r.tsmeScore.max
  c.direct[i] = r.tsmeDirectPass ? 1 : 0
  c.cost[i] = r.cheapestPath?.cost ?? Infinity
  c.date[i] = text(r.assessmentDate)
  c.blocked[i] = text(JSON.stringify(r.blockedBy))
  c.step[i] = text(JSON.stringify({ firstStep: r.firstStep, firstStepMessage: r.firstStepMessage }))
  const digits: string[] = []
  const skeleton = (v: unknown) => JSON.stringify(v ?? null).replace(DIGITS, (d) => (digits.push(d), SLOT))
  c.gap[i] = text(skeleton(r.largestGap))
  c.path[i] = text(skeleton(r.cheapestPath))
  c.digits.push(digits.join(','))
}

/** a part's rows as columns (run in the worker, so the page receives a few arrays instead of the rows' objects) */
export function encodeRows(rows: readonly TriageRow[]): CompactRows {
  const c = columns(rows.length)
  const index = new Map<string, number>()
  const text = (s: string): number => {
    let i = index.get(s)
    if (i === undefined) index.set(s, (i = c.texts.push(s) - 1))
    return i
  }
  rows.forEach((r, i) => put(c, i, r, text))
  return c
}

/** the typed arrays of a part, to transfer to the page rather than copy */
export function buffersOf(c: CompactRows): ArrayBuffer[] {
  const typed = [c.row, c.hnte, c.hnteMin, c.hnteMax, c.tsme, c.tsmeMin, c.tsmeMax, c.direct, c.cost]
  return [...typed, c.date, c.blocked, c.step, c.gap, c.path].map((a) => a.buffer as ArrayBuffer)
}
