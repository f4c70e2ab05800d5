// One row of the firm list: who the firm is and where it stands, computed with assess() and cached per
// firm revision (the assessment itself is never stored).
import type { Assessment, Program } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import type { FirmRecord, FirmSummary, ProgramSummary } from './types'

export type AssessFn = (profile: FirmProfile) => Assessment

const program = (p: Program): ProgramSummary => ({
  status: p.status,
  min: p.score.min,
  max: p.score.max,
  passMark: p.score.passMark,
})

export function summarize(record: FirmRecord, assessment: Assessment): FirmSummary {
  return {
    id: record.id,
    name: record.profile.company.name?.trim() ?? '',
    creditCode: record.profile.company.creditCode ?? '',
    updatedAt: record.updatedAt,
    hnte: program(assessment.hnte),
    techSme: program(assessment.techSme),
  }
}

/** assess() at most once per firm revision; entries of firms no longer listed are dropped */
export function createAssessmentCache(assess: AssessFn) {
  let cache = new Map<string, { revision: number; key: unknown; assessment: Assessment }>()
  return {
    /** `key` invalidates every entry when it changes (the locality in the settings) */
    get(record: FirmRecord, key: unknown = null): Assessment {
      const hit = cache.get(record.id)
      if (hit && hit.revision === record.revision && hit.key === key) return hit.assessment
      const assessment = assess(record.profile)
      cache.set(record.id, { revision: record.revision, key, assessment })
      return assessment
    },
    keep(ids: Iterable<string>): void {
      const keep = new Set(ids)
      cache = new Map([...cache].filter(([id]) => keep.has(id)))
    },
    get size() {
      return cache.size
    },
  }
}
