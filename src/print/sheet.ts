// What the sheet shows besides the citations: the next steps in date order and whether any value on the sheet
// rests on secondary sources only.
import type { Assessment, ChecklistItem } from '@/engine/types'

/** undated items last; otherwise the engine's order is kept (Array.prototype.sort is stable) */
export function checklistInDateOrder(items: readonly ChecklistItem[]): ChecklistItem[] {
  return [...items].sort((a, b) => (a.by ?? '9999-99-99').localeCompare(b.by ?? '9999-99-99'))
}

/** a check or incentive on the sheet carries a value seen only in secondary sources */
export function anyUnverified(a: Assessment): boolean {
  return [...a.hnte.checks, ...a.techSme.checks, ...a.incentives].some((x) => x.unverified === true)
}

/** an incentive note that only repeats the basis years the section states once */
export const BASIS_NOTE_KEY = 'incentives.basis'
