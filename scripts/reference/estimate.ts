// The full reference's tax estimate: the regimes on the base, the best and the saving (amounts ×1350 fen).
import { max0, yuan } from './core'
import type { IStatus, RefIncentive } from './held'

export const K = 1350n

export interface RefEstimate {
  taxYear: number
  taxableIncomeBefore: number
  taxableIncomeAfter: number
  bound: 'exact' | 'at-most'
  regimes: { id: string; status: IStatus; taxDue?: number }[]
  best: string
  saving: number
  deferredDeduction?: number
}

const open = (x: IStatus) => x === 'applicable' || x === 'unknown'
const ORDER: Record<string, number> = { standard: 0, 'small-low-profit': 1, hnte: 2 }
type Regime = RefEstimate['regimes'][number]

/** x before y: less tax, then applicable before possible, then the order standard, 小型微利, HNTE */
function lower(x: Regime, y: Regime): boolean {
  if (x.taxDue !== y.taxDue) return x.taxDue! < y.taxDue!
  const [ax, ay] = [x.status === 'applicable' ? 0 : 1, y.status === 'applicable' ? 0 : 1]
  return ax !== ay ? ax < ay : ORDER[x.id]! < ORDER[y.id]!
}

/** the regimes on the base, the best (lowest tax; then applicable; then standard, 小型微利, HNTE) and the saving */
export function estimate(
  base: { before: bigint; after: bigint; exact: boolean },
  taxYear: number,
  d: { P: bigint; H: bigint; hnteDue: bigint; slpDue?: bigint },
  h: RefIncentive,
  s: RefIncentive,
  e: RefIncentive,
): RefEstimate {
  const regimes: RefEstimate['regimes'] = [
    { id: 'standard', status: 'applicable', taxDue: yuan(d.P, 4n * K) },
    open(h.status)
      ? { id: 'hnte', status: h.status, taxDue: yuan(d.hnteDue, 20n * K) }
      : { id: 'hnte', status: h.status },
    d.slpDue !== undefined && open(s.status)
      ? { id: 'small-low-profit', status: s.status, taxDue: yuan(d.slpDue, 20n * K) }
      : { id: 'small-low-profit', status: s.status },
  ]
  let best = regimes[0]!
  for (let i = 1; i < 3; i++) if (regimes[i]!.taxDue !== undefined && lower(regimes[i]!, best)) best = regimes[i]!
  // "比不享受优惠少": against 25% of the income before any incentive
  const none = yuan(max0(base.before), 4n * K)
  const out: RefEstimate = {
    taxYear,
    taxableIncomeBefore: yuan(base.before, K),
    taxableIncomeAfter: yuan(base.after, K),
    bound: base.exact ? 'exact' : 'at-most',
    regimes,
    best: best.id,
    saving: Math.round((none - best.taxDue!) * 100) / 100,
  }
  if (e.status === 'applicable' && e.figures.deduction !== undefined) out.deferredDeduction = e.figures.deduction
  return out
}
