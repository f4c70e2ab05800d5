// The county panel: how the firms on this device stand against the locality's targets.
import type { LocalityTargets } from '../locality/types'
import type { FirmSummary } from './types'
import { firmKey } from './identity'

export interface PanelRow {
  id: 'hnteEligible' | 'hnteBorderline' | 'techSmeEligible'
  count: number
  /** the county's target for this count, when it has one */
  target?: number
}

export interface PanelCounts {
  /** firms counted (each firm once) */
  total: number
  /** records left out as further copies of a firm already counted */
  copies: number
  rows: PanelRow[]
}

type Counted = Pick<FirmSummary, 'hnte' | 'techSme' | 'name' | 'creditCode' | 'updatedAt'>

/** one record per firm (credit code, else name): the most recently changed copy stands for the firm */
export function eachFirmOnce<T extends Counted>(records: readonly T[]): T[] {
  const newest = new Map<string, T>()
  const unnamed: T[] = []
  for (const r of records) {
    const key = firmKey({ company: { name: r.name, creditCode: r.creditCode } })
    if (!key) unnamed.push(r)
    else if (!newest.has(key) || newest.get(key)!.updatedAt < r.updatedAt) newest.set(key, r)
  }
  return [...newest.values(), ...unnamed]
}

export function panelCounts(records: readonly Counted[], targets: LocalityTargets) {
  const firms = eachFirmOnce(records)
  const count = (pred: (f: Counted) => boolean) => firms.filter(pred).length
  const rows: PanelRow[] = [
    { id: 'hnteEligible', count: count((f) => f.hnte.status === 'eligible'), target: targets.hnteCount },
    // borderline firms are not counted towards the target: their result depends on the experts' score
    { id: 'hnteBorderline', count: count((f) => f.hnte.status === 'borderline') },
    { id: 'techSmeEligible', count: count((f) => f.techSme.status === 'eligible'), target: targets.techSmeCount },
  ]
  return { total: firms.length, copies: records.length - firms.length, rows } satisfies PanelCounts
}

/** the share of the target reached, as a fraction (undefined without a positive target) */
export function shareOfTarget(row: PanelRow): number | undefined {
  return row.target && row.target > 0 ? row.count / row.target : undefined
}
