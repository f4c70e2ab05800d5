// A province's triage rows as the page keeps them: the parts' columns (row-codec.ts) appended into one set of
// typed arrays and a few arrays of strings, with one table of the distinct texts, so that 100,000 firms are a few
// dozen objects and the firms' names, not millions of small objects the garbage collector must walk (they held
// 75–90 MB and paused the page for hundreds of milliseconds). A row is rebuilt when it is read: the rows in view,
// an export, a row opened. The table sorts, filters and searches on the columns themselves (keys()).
import type { TriageRow } from './triage'
import { SLOT, STATUSES, type CompactRows, encodeRows } from './row-codec'

/** what the table and the export read: an array of rows, or a store that rebuilds each row on demand */
export interface RowList {
  readonly length: number
  at(index: number): TriageRow | undefined
}

/** the columns the table sorts, filters and searches by */
export interface TriageKeys {
  /** the spreadsheet row (0 when the firm came from no sheet) */
  row: Float64Array
  name: readonly string[]
  /** the name in lower case, for the search (the name itself when that is the same) */
  lower: readonly string[]
  hnte: Uint8Array
  hnteMax: Float64Array
  tsme: Uint8Array
  tsmeMax: Float64Array
  /** the cheapest path's planning cost (Infinity: no path) */
  cost: Float64Array
  /** the largest gap's words (the sort's collation is on these), rebuilt on demand */
  gapText(index: number): string
  /** the rows are in ascending sheet order (the pool hands them on so) */
  inRowOrder: boolean
}

const NUMBERS = ['row', 'hnte', 'hnteMin', 'hnteMax', 'tsme', 'tsmeMin', 'tsmeMax', 'direct', 'cost'] as const
const TEXTS = ['date', 'blocked', 'step', 'gap', 'path'] as const
type Columns = Pick<CompactRows, (typeof NUMBERS)[number] | (typeof TEXTS)[number]>

function grown<T extends Float64Array | Uint8Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size)
  b.set(a)
  return b
}

export class RowStore implements RowList {
  length = 0
  inRowOrder = true
  readonly name: string[] = []
  readonly lower: string[] = []
  readonly creditCode: string[] = []
  readonly digits: string[] = []
  private cols: Columns = encodeRows([])
  private texts: string[] = []
  private textIndex = new Map<string, number>()
  /** per text: its pieces between digit slots; a text without slots, parsed once (rows share the value) */
  private pieces: string[][] = []
  private parsed: { v: unknown }[] = []
  private keysMemo: TriageKeys | undefined

  static fromRows(rows: readonly TriageRow[]): RowStore {
    const s = new RowStore()
    s.append(encodeRows(rows))
    return s
  }

  /** a part's columns; its rows numbered from 2 within the part are shifted by `offset` (0: as they are) */
  append(c: CompactRows, offset = 0): void {
    const at = this.length
    const size = at + c.n
    if (size > this.cols.row.length) {
      const cap = Math.max(size, this.cols.row.length * 2, 1024)
      for (const k of [...NUMBERS, ...TEXTS]) (this.cols[k] as unknown) = grown(this.cols[k], cap)
    }
    for (const k of NUMBERS) if (k !== 'row') this.cols[k].set(c[k], at)
    const ids = c.texts.map((t) => this.textId(t))
    for (const k of TEXTS) for (let i = 0; i < c.n; i++) this.cols[k][at + i] = ids[c[k][i]!]!
    for (let i = 0; i < c.n; i++) {
      const r = c.row[i]! && c.row[i]! + offset
      if (at + i > 0 && r < this.cols.row[at + i - 1]!) this.inRowOrder = false
      this.cols.row[at + i] = r
      const name = c.name[i]!
      const lower = name.toLowerCase()
      this.name.push(name)
      this.lower.push(lower === name ? name : lower)
      this.creditCode.push(c.creditCode[i]!)
      this.digits.push(c.digits[i]!)
    }
    this.length = size
    this.keysMemo = undefined
  }

  private textId(t: string): number {
    let i = this.textIndex.get(t)
    if (i === undefined) {
      i = this.texts.push(t) - 1
      this.textIndex.set(t, i)
      this.pieces.push(t.split(SLOT))
    }
    return i
  }

  /** a text's value with the firm's digits put back in its slots, from `cursor.at` on */
  private value(t: number, digits: readonly string[], cursor: { at: number }): unknown {
    const pieces = this.pieces[t]!
    if (pieces.length === 1) return (this.parsed[t] ??= { v: JSON.parse(pieces[0]!) }).v
    let s = pieces[0]!
    for (let k = 1; k < pieces.length; k++) s += digits[cursor.at++]! + pieces[k]!
    return JSON.parse(s)
  }

  at(i: number): TriageRow | undefined {
    if (!(i >= 0 && i < this.length)) return undefined
    const c = this.cols
    const digits = this.digits[i] ? this.digits[i]!.split(',') : []
    const cursor = { at: 0 }
    const gap = this.value(c.gap[i]!, digits, cursor) as TriageRow['largestGap'] | null
    const path = this.value(c.path[i]!, digits, cursor) as TriageRow['cheapestPath'] | null
    const step = this.value(c.step[i]!, digits, cursor) as Pick<TriageRow, 'firstStep' | 'firstStepMessage'>
    // assigned one by one, not spread: an export rebuilds every row, and spreads made a row several times dearer
    const r: TriageRow = {
      name: this.name[i]!,
      creditCode: this.creditCode[i]!,
      assessmentDate: this.texts[c.date[i]!]!,
      hnteStatus: STATUSES[c.hnte[i]!]!,
      hnteScore: { min: c.hnteMin[i]!, max: c.hnteMax[i]! },
      tsmeStatus: STATUSES[c.tsme[i]!]!,
      tsmeScore: { min: c.tsmeMin[i]!, max: c.tsmeMax[i]! },
      tsmeDirectPass: c.direct[i] === 1,
      blockedBy: this.value(c.blocked[i]!, digits, cursor) as string[],
    }
    if (c.row[i]) r.row = c.row[i]!
    if (gap) r.largestGap = gap
    if (path) r.cheapestPath = path
    if (step.firstStep !== undefined) r.firstStep = step.firstStep
    if (step.firstStepMessage !== undefined) r.firstStepMessage = step.firstStepMessage
    return r
  }

  gapText(i: number): string {
    const digits = this.digits[i] ? this.digits[i]!.split(',') : []
    const gap = this.value(this.cols.gap[i]!, digits, { at: 0 }) as TriageRow['largestGap'] | null
    return gap?.message.text ?? ''
  }

  keys(): TriageKeys {
    const n = this.length
    const c = this.cols
    return (this.keysMemo ??= {
      row: c.row.subarray(0, n),
      name: this.name,
      lower: this.lower,
      hnte: c.hnte.subarray(0, n),
      hnteMax: c.hnteMax.subarray(0, n),
      tsme: c.tsme.subarray(0, n),
      tsmeMax: c.tsmeMax.subarray(0, n),
      cost: c.cost.subarray(0, n),
      gapText: (i) => this.gapText(i),
      inRowOrder: this.inRowOrder,
    })
  }
}

/** the rows of a list in turn (a store rebuilds each) */
export function* rowsOf(list: RowList): Generator<TriageRow> {
  for (let i = 0; i < list.length; i++) yield list.at(i)!
}
