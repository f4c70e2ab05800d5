// The checklist's first item's title without building the checklist (the triage shows only that, for thousands
// of firms). The checklist (rule.ts) sorts its items by group, stably: 'fix' items first, then 'answer'. Only the
// programs' own checks give 'fix' items (check-items.ts), HNTE's before tech-SME's, and their unanswered checks
// give the first 'answer' items (the incentives' come after them); a program failing on who the firm is lists only
// that blocker (listedChecks). So the first failing listed check, else the first unanswered one, is the first item;
// a firm with neither needs the whole list.
import type { Assessment, Check, Message } from '../../engine/types'
import { checkItemTitle, listedChecks } from './check-items'

export function firstStepTitle(a: Pick<Assessment, 'hnte' | 'techSme' | 'checklist'>): Message | undefined {
  const checks: readonly (readonly Check[])[] = [listedChecks(a.hnte), listedChecks(a.techSme)]
  for (const wanted of [(c: Check) => c.status === 'fail', (c: Check) => c.status !== 'pass'])
    for (const list of checks) {
      const c = list.find(wanted)
      if (c) return checkItemTitle(c)
    }
  return a.checklist[0]?.title
}
