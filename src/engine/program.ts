// Program status, exactly as issue #2 §2.4 fixes it.
import type { Check, ProgramStatus, Score } from './types'

export function programStatus(checks: readonly Check[], scoreCheckId: string, score: Score): ProgramStatus {
  if (checks.some((c) => c.status === 'fail')) return 'ineligible'
  if (checks.some((c) => c.id !== scoreCheckId && c.status === 'unknown')) return 'incomplete'
  if (score.min < score.passMark && score.max >= score.passMark) return 'borderline'
  return 'eligible'
}

export function sumParts(parts: readonly { min: number; max: number }[]): { min: number; max: number } {
  let min = 0
  let max = 0
  for (const p of parts) {
    min += p.min
    max += p.max
  }
  return { min, max }
}

/** the fields the parts list, each once, in order (a loop: no Set and no flattened copy per assessment) */
export function partFields(parts: readonly { fields?: string[] }[]): string[] {
  const out: string[] = []
  for (const p of parts) for (const f of p.fields ?? []) if (!out.includes(f)) out.push(f)
  return out
}
