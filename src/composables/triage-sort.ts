// The triage table's sort orders: status from best to worst then score, names by the Chinese collation,
// the cheapest path by its planning cost (no path last).
import type { ProgramStatus } from '@/engine/types'
import type { TriageRow } from '@/batch'

export type SortKey = 'row' | 'name' | 'hnte' | 'tsme' | 'gap' | 'path'

const RANK: Record<ProgramStatus, number> = { eligible: 0, borderline: 1, incomplete: 2, ineligible: 3 }
const collator = new Intl.Collator('zh-CN')

export function compareRows(key: SortKey, a: TriageRow, b: TriageRow): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name)
    case 'hnte':
      return RANK[a.hnteStatus] - RANK[b.hnteStatus] || b.hnteScore.max - a.hnteScore.max
    case 'tsme':
      return RANK[a.tsmeStatus] - RANK[b.tsmeStatus] || b.tsmeScore.max - a.tsmeScore.max
    case 'gap':
      return collator.compare(a.largestGap?.message.text ?? '', b.largestGap?.message.text ?? '')
    case 'path':
      return (a.cheapestPath?.cost ?? Infinity) - (b.cheapestPath?.cost ?? Infinity) || (a.row ?? 0) - (b.row ?? 0)
    default:
      return (a.row ?? 0) - (b.row ?? 0)
  }
}
