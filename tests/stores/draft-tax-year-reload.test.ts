// @vitest-environment happy-dom
// A saved draft keeps the year its tax answers were given for: after a reload, answers typed for 2026 are still
// 2026's when the assessment date has moved to 2027 (restoring must not stamp them as the new year's). And the
// sheet's notes, typed too, come back (the draft reader read only the answer groups).
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useDraftStore } from '../../src/stores/draft'
import { useFirmsStore } from '../../src/stores/firms'
import { useSavingStore } from '../../src/stores/saving'
import { earlierTaxAnswersYear } from '../../src/profile/tax-answers'

function boot() {
  setActivePinia(createPinia())
  useSavingStore().start()
  return { draft: useDraftStore(), firms: useFirmsStore() }
}

describe('what a reload keeps besides the answers', () => {
  beforeEach(() => localStorage.clear())

  it('is kept, so answers given for 2026 stay 2026’s after the date moved to 2027', async () => {
    const first = boot()
    first.draft.setText('assessmentDate', '2026-07-01')
    first.draft.setText('tax.taxableIncome', '240')
    first.draft.setText('assessmentDate', '2027-03-01')
    await nextTick()
    expect(earlierTaxAnswersYear(first.draft.profile)).toBe(2026)
    const second = boot()
    await nextTick()
    expect(second.draft.profile.assessmentDate).toBe('2027-03-01')
    expect(second.draft.profile.tax.taxableIncome).toBe(2_400_000)
    expect(second.draft.profile.taxAnswersYear).toBe(2026)
    expect(earlierTaxAnswersYear(second.draft.profile)).toBe(2026)
  })

  it('keeps the notes typed for the printed sheet', async () => {
    const first = boot()
    first.draft.profile.notes = '请带营业执照原件'
    first.draft.setText('staff.total', '3')
    await nextTick()
    expect(boot().draft.profile.notes).toBe('请带营业执照原件')
  })
})
