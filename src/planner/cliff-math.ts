// What both cliff charts share: a parameter's value on a date, fen → yuan, a rate as a percentage.
import { entryAt, type Param } from '../engine/params'
import { type Q, roundHalfUp } from '../engine/rational'
import { fromFen } from './exact'

export interface Point {
  x: number
  y: number
}

export const valueOf = <T>(p: Param<T>, asOf: string): T | undefined => entryAt(p, asOf)?.value
/** a Q amount in fen → yuan, half-up */
export const yuan = (fenQ: Q): number => fromFen(roundHalfUp(fenQ))
/** a rate as a percentage with at most 2 decimals: 1/40 → '2.5%' */
export const pct = (r: Q): string => `${Number(((Number(r.n) / Number(r.d)) * 100).toFixed(2))}%`
