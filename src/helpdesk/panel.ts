// The county panel: how the firms on this device stand against the locality's targets.
import type { LocalityTargets } from '../locality/types'
import type { FirmSummary } from './types'

export interface PanelRow {
  id: 'hnteEligible' | 'hnteBorderline' | 'techSmeEligible'
  count: number
  /** the county's target for this count, when it has one */
  target?: number
}

export interface PanelCounts {
  total: number
  rows: PanelRow[]
}

export function panelCounts(firms: readonly Pick<FirmSummary, 'hnte' | 'techSme'>[], targets: LocalityTargets) {
  const count = (pred: (f: Pick<FirmSummary, 'hnte' | 'techSme'>) => boolean) => firms.filter(pred).length
  const rows: PanelRow[] = [
    { id: 'hnteEligible', count: count((f) => f.hnte.status === 'eligible'), target: targets.hnteCount },
    // borderline firms are not counted towards the target: their result depends on the experts' score
    { id: 'hnteBorderline', count: count((f) => f.hnte.status === 'borderline') },
    { id: 'techSmeEligible', count: count((f) => f.techSme.status === 'eligible'), target: targets.techSmeCount },
  ]
  return { total: firms.length, rows } satisfies PanelCounts
}

/** the share of the target reached, as a fraction (undefined without a positive target) */
export function shareOfTarget(row: PanelRow): number | undefined {
  return row.target && row.target > 0 ? row.count / row.target : undefined
}
