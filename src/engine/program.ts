// Program status, exactly as issue #2 §2.4 fixes it.
import type { Check, ProgramStatus, Score } from './types'

export function programStatus(checks: readonly Check[], scoreCheckId: string, score: Score): ProgramStatus {
  if (checks.some((c) => c.status === 'fail')) return 'ineligible'
  if (checks.some((c) => c.id !== scoreCheckId && c.status === 'unknown')) return 'incomplete'
  if (score.min < score.passMark && score.max >= score.passMark) return 'borderline'
  return 'eligible'
}

export function sumParts(parts: readonly { min: number; max: number }[]): { min: number; max: number } {
  return parts.reduce((a, p) => ({ min: a.min + p.min, max: a.max + p.max }), { min: 0, max: 0 })
}
