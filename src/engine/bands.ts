// Scoring bands: an ordered list of "at least this → these points", the first that holds wins.
import { cmp, type Q } from './rational'

export interface Band {
  /** lower bound of the band; `inclusive: false` makes it 超过 (strictly above) */
  atLeast: Q
  inclusive?: boolean
  min: number
  max: number
  /** band letter in the 指引 (A…F) */
  grade?: string
}

export interface BandTable {
  bands: Band[]
  /** points when no band holds */
  otherwise: { min: number; max: number; grade?: string }
}

export function band(table: BandTable, value: Q): { min: number; max: number; grade?: string } {
  for (const b of table.bands) {
    const c = cmp(value, b.atLeast)
    if (c > 0 || (c === 0 && b.inclusive !== false)) return b
  }
  return table.otherwise
}
