// Firms arriving on this device (a profile file, a spreadsheet, a triage row): one firm, one record. A firm not
// yet here is added at once; one already here (same credit code, else same name) waits for the user to choose:
// update the existing record with what arrived, keep both, or leave it out.
import { defineStore } from 'pinia'
import { computed, shallowRef, toRaw } from 'vue'
import { findMatch } from '../helpdesk/duplicates'
import type { FirmRecord } from '../helpdesk/types'
import type { FirmProfile } from '../profile/types'
import { useDraftStore } from './draft'
import { useFirmsStore } from './firms'

export interface Pending {
  profile: FirmProfile
  existing: FirmRecord
}
export type Choice = 'update' | 'both' | 'cancel'

export const useIntakeStore = defineStore('intake', () => {
  const firms = useFirmsStore()
  const draft = useDraftStore()
  const queue = shallowRef<Pending[]>([])
  const current = computed(() => queue.value[0])

  /** adds the firms not on the device (the first is opened) and queues the others; returns the ids added */
  function offer(profiles: readonly FirmProfile[]): string[] {
    firms.syncCurrent()
    const fresh: FirmProfile[] = []
    const waiting: Pending[] = []
    for (const p of profiles) {
      const existing = findMatch(firms.list, p)
      if (existing) waiting.push({ profile: p, existing })
      // a second row of the same firm in one file meets the first only once that is added: it is reported there
      else fresh.push(p)
    }
    queue.value = [...queue.value, ...waiting]
    return fresh.length ? firms.addProfiles(fresh) : []
  }

  function update(p: Pending): void {
    const r = firms.records.get(p.existing.id)
    if (!r) return void firms.addProfiles([p.profile])
    if (r.id === firms.currentId) {
      draft.replace(structuredClone(toRaw(p.profile)))
      firms.syncCurrent()
      return
    }
    const profile = structuredClone(toRaw(p.profile))
    firms.put({ ...r, profile, raw: {}, updatedAt: new Date().toISOString(), revision: r.revision + 1 })
  }

  /** settles the first waiting firm, or every waiting firm the same way */
  function resolve(choice: Choice, all = false): void {
    const settled = all ? queue.value : queue.value.slice(0, 1)
    queue.value = all ? [] : queue.value.slice(1)
    for (const p of settled) {
      if (choice === 'update') update(p)
      else if (choice === 'both') firms.addProfiles([p.profile])
    }
  }

  return { queue, current, offer, resolve }
})
