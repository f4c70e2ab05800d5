import { describe, it, expect, beforeEach } from 'vitest'
import { computed } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { exampleNames, todayIso, useDraftStore } from '../../src/stores/draft'

describe('useDraftStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('loads every example firm lazily, valid, and computes its assessment from the profile', async () => {
    const draft = useDraftStore()
    expect(exampleNames().length).toBeGreaterThanOrEqual(6)
    for (const name of exampleNames()) {
      draft.replace(await draft.exampleProfile(name))
      expect(draft.assessment.asOf).toBe(draft.profile.assessmentDate)
    }
  })

  it('keeps invalid text while the answer stays unknown, and recomputes on change', () => {
    const draft = useDraftStore()
    draft.reset('2026-05-20')
    draft.setText('staff.total', '12.5')
    expect(draft.profile.staff.total).toBe(12.5)
    draft.setText('staff.total', '12..5')
    expect(draft.text('staff.total')).toBe('12..5')
    expect(draft.profile.staff.total).toBeUndefined()
  })

  it('updates a view of an answer that was absent when it is given (so copied values show at once)', () => {
    const draft = useDraftStore()
    draft.reset('2026-05-20')
    const shown = computed(() => draft.answer('company.industry'))
    expect(shown.value).toBeUndefined()
    draft.setValue('company.industry', 'F51')
    expect(shown.value).toBe('F51')
    expect(computed(() => draft.answer('company.constructor')).value).toBeUndefined()
  })

  it('reads today in local time for the default assessment date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
