// Dated, cited legal parameters (the openfisca shape): a value applies from a date, optionally until one.
import type { Citation } from './types'

export interface ParamValue<T> {
  /** first day in force, YYYY-MM-DD */
  from: string
  /** last day in force, YYYY-MM-DD (absent: no end) */
  to?: string
  value: T
  cite: Citation
  /** seen only in secondary sources (docs/rules.md: unverified): the result sheet says so */
  status?: 'unverified'
}

export interface Param<T> {
  id: string
  /** the legal term, zh-CN */
  label: string
  /** the same in English, where a notice may show it to an English reader */
  labelEn?: string
  history: ParamValue<T>[]
}

/** every parameter the rules declare registers here, so integrity tests can walk them all */
export const registry: Param<unknown>[] = []

export function param<T>(p: Param<T>): Param<T> {
  registry.push(p as Param<unknown>)
  return p
}

/** the entry in force on a date (YYYY-MM-DD compares as text), or undefined outside every period */
export function entryAt<T>(p: Param<T>, asOf: string): ParamValue<T> | undefined {
  let found: ParamValue<T> | undefined
  for (const h of p.history) {
    if (h.from <= asOf && (h.to === undefined || asOf <= h.to)) found = h
  }
  return found
}

/** the entry in force on a date; throws if the parameter has no value then (a programming error) */
export function at<T>(p: Param<T>, asOf: string): ParamValue<T> {
  const e = entryAt(p, asOf)
  if (!e) throw new RangeError(`${p.id} has no value on ${asOf}`)
  return e
}

/**
 * For procedural values (a report due date, a validity length) that the checklist states even for a date outside
 * the parameter's periods: the entry in force, else the nearest one (the first before its start, the last after).
 */
export function atOrNearest<T>(p: Param<T>, asOf: string): ParamValue<T> {
  const e = entryAt(p, asOf)
  if (e) return e
  const first = p.history[0]
  if (!first) throw new RangeError(`${p.id} has no history`)
  return asOf < first.from ? first : p.history[p.history.length - 1]!
}
