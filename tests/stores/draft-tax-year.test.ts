// The draft store stamps the tax answers with the tax year they were typed for, so that moving the assessment date
// (or the tax-year choice) never passes them off as another year's; nothing typed is lost on the way.
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDraftStore } from '../../src/stores/draft'
import { earlierTaxAnswersYear } from '../../src/profile/tax-answers'

describe('the draft store and the tax answers’ year', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('stamps tax answers with the year estimated when typed, and keeps them when the date moves', () => {
    const draft = useDraftStore()
    draft.reset('2026-07-01')
    draft.setText('tax.taxableIncome', '240')
    expect(draft.profile.taxAnswersYear).toBe(2026)
    draft.setText('assessmentDate', '2027-03-01')
    // kept, shown, but for 2026: the assessment does not read them as 2027's
    expect(draft.profile.tax.taxableIncome).toBe(2_400_000)
    expect(draft.text('tax.taxableIncome')).toBe('240')
    expect(earlierTaxAnswersYear(draft.profile)).toBe(2026)
    expect(draft.assessment.notices.some((n) => n.id === 'incentives.tax-answers-other-year')).toBe(true)
    // an answer typed beside them does not make the others 2027's
    draft.setText('tax.avgEmployees', '20')
    expect(earlierTaxAnswersYear(draft.profile)).toBe(2026)
    draft.keepEarlierTaxAnswers()
    expect(draft.profile.taxAnswersYear).toBe(2027)
    expect(earlierTaxAnswersYear(draft.profile)).toBeUndefined()
  })

  it("stamps the settlement year when last year's settlement is chosen first", () => {
    const draft = useDraftStore()
    draft.reset('2026-04-01')
    draft.setValue('tax.taxYear', 2025)
    draft.setText('tax.taxableIncome', '100')
    expect(draft.profile.taxAnswersYear).toBe(2025)
    // switching to this year's estimate: the figures were the 2025 settlement's
    draft.setValue('tax.taxYear', 2026)
    expect(earlierTaxAnswersYear(draft.profile)).toBe(2025)
  })

  it('forgets the year once every tax answer is cleared, so the next answer is the year now estimated', () => {
    const draft = useDraftStore()
    draft.reset('2026-07-01')
    draft.setText('tax.taxableIncome', '240')
    draft.setText('assessmentDate', '2027-03-01')
    draft.setText('tax.taxableIncome', '')
    expect(draft.profile.taxAnswersYear).toBeUndefined()
    draft.setText('tax.taxableIncome', '300')
    expect(draft.profile.taxAnswersYear).toBe(2027)
  })

  it('takes a loaded profile without the year as its own date’s (files saved before the year was kept)', async () => {
    const draft = useDraftStore()
    const p = await draft.exampleProfile('strong-hnte')
    delete p.taxAnswersYear
    draft.replace(p)
    expect(draft.profile.taxAnswersYear).toBe(Number(p.assessmentDate.slice(0, 4)))
  })
})
