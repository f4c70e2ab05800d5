// A province's triage rows repeat most of their parts: the same score ranges, the same checks no lever can settle,
// the same first step, the same words for a gap that is not an amount. Each part comes from its worker as a copy
// (structured clone), so every row held its own copies: 100,000 rows were about 2 million objects, and the page
// paused for the garbage collector to walk them. One object per distinct value, shared by the rows that have it.
import type { TriageRow } from './triage'

export function rowSharer(): (r: TriageRow) => TriageRow {
  const seen = new Map<string, unknown>()
  const one = <T>(key: string, value: T): T => {
    const known = seen.get(key)
    if (known !== undefined) return known as T
    seen.set(key, value)
    return value
  }
  // a gap with an amount is the firm's own: sharing it would only fill the table of shared values
  const shareGap = (g: NonNullable<TriageRow['largestGap']>) =>
    Object.values(g.message.params ?? {}).some((v) => typeof v === 'number' || /^-?[\d.]+$/.test(String(v)))
      ? g
      : one(`g${JSON.stringify(g)}`, g)
  return (r) => {
    const out: TriageRow = {
      ...r,
      assessmentDate: one(`d${r.assessmentDate}`, r.assessmentDate),
      hnteStatus: one(`s${r.hnteStatus}`, r.hnteStatus),
      tsmeStatus: one(`s${r.tsmeStatus}`, r.tsmeStatus),
      hnteScore: one(`h${r.hnteScore.min}-${r.hnteScore.max}`, r.hnteScore),
      tsmeScore: one(`t${r.tsmeScore.min}-${r.tsmeScore.max}`, r.tsmeScore),
      blockedBy: one(`b${r.blockedBy.join(',')}`, r.blockedBy),
    }
    if (r.largestGap) out.largestGap = shareGap(r.largestGap)
    if (r.firstStepMessage) out.firstStepMessage = one(`f${JSON.stringify(r.firstStepMessage)}`, r.firstStepMessage)
    if (r.firstStep !== undefined) out.firstStep = one(`F${r.firstStep}`, r.firstStep)
    return out
  }
}
