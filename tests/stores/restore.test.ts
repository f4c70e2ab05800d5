// @vitest-environment happy-dom
// Issue #9 items 1–3: whatever the wizard saved restores as it was; a newer version's save is left untouched.
import { describe, it, expect, beforeEach, vi } from 'vitest'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useDraftStore } from '../../src/stores/draft'
import { useFirmsStore } from '../../src/stores/firms'
import { useSavingStore } from '../../src/stores/saving'
import { CORRUPT_PREFIX, firmStorageKey } from '../../src/stores/persistence'
import { validateProfile } from '../../src/profile/validate'

vi.mock('../../src/rules/index', () => ({ assess: () => ({}) }))

function boot() {
  setActivePinia(createPinia())
  const saving = useSavingStore()
  saving.start()
  return { saving, draft: useDraftStore(), firms: useFirmsStore() }
}
const snapshot = (d: ReturnType<typeof useDraftStore>) => JSON.parse(JSON.stringify({ p: d.profile, r: d.raw }))

describe('a draft always restores', () => {
  beforeEach(() => localStorage.clear())

  it('keeps 1000000001 万元 of sales revenue as typed, flagged as too large, after a reload', async () => {
    const a = boot()
    a.draft.setText('assessmentDate', '2026-05-20')
    a.draft.setText('company.name', '甲公司')
    a.draft.setText('years.2025.salesRevenue', '1000000001')
    await nextTick()
    // 1 000 000 001 万元 = 10 000 000 010 000 元, above the field table's 10^13 元 bound: the text is kept and
    // flagged, the answer stays out of the profile (as for any text that is not a valid answer)
    expect(validateProfile(JSON.parse(JSON.stringify(a.draft.profile))).ok).toBe(true)
    const b = boot()
    expect(b.saving.status.aside).toEqual([])
    expect(b.draft.profile.company.name).toBe('甲公司')
    expect(b.draft.answer('years.2025.salesRevenue')).toBeUndefined()
    expect(b.draft.text('years.2025.salesRevenue')).toBe('1000000001')
  })

  it('keeps 100000000000000 persons in 职工总数 after a reload', async () => {
    const a = boot()
    a.draft.setText('staff.total', '100000000000000')
    await nextTick()
    const b = boot()
    expect(b.saving.status.aside).toEqual([])
    expect(b.draft.text('staff.total')).toBe('100000000000000')
  })

  it('keeps an assessment date before 1952 and the years typed under it', async () => {
    const a = boot()
    a.draft.setText('assessmentDate', '1900-06-01')
    a.draft.setText('years.1899.salesRevenue', '12')
    await nextTick()
    const b = boot()
    expect(b.saving.status.aside).toEqual([])
    expect(b.draft.profile.assessmentDate).toBe('1900-06-01')
    expect(b.draft.answer('years.1899.salesRevenue')).toBe(120_000)
  })

  it('keeps a misplaced value as the field’s text instead of dropping it', () => {
    const profile = { format: 'innocheck-profile', version: 1, assessmentDate: '2026-01-01', staff: { total: '十二' } }
    localStorage.setItem(firmStorageKey('x'), JSON.stringify({ revision: 3, raw: {}, profile }))
    const { draft, saving } = boot()
    expect(saving.status.aside).toEqual([])
    expect(draft.text('staff.total')).toBe('十二')
    expect(draft.answer('staff.total')).toBeUndefined()
  })

  it('property: any typed texts in any fields, then reload → the same answers and the same texts', async () => {
    const paths = [
      'company.name',
      'company.creditCode',
      'company.registeredOn',
      'staff.total',
      'staff.scienceTech',
      'years.2025.salesRevenue',
      'years.2024.netAssets',
      'years.2025.rd.inHouse',
      'years.2023.rdTax.items1to5',
      'ip.classI',
      'transformations',
      'tax.taxableIncome',
      'assessmentDate',
    ]
    const numberish = fc.stringMatching(/^[-+¥￥]?[0-9１２,.e]{0,24}(万元|元)?$/)
    const typed = fc.oneof(numberish, fc.string(), fc.constantFrom('99999999999999999999', '1'.repeat(10_000)))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...paths), typed), { maxLength: 12 }), async (steps) => {
        localStorage.clear()
        const a = boot()
        for (const [path, text] of steps) a.draft.setText(path, text)
        await nextTick()
        const before = snapshot(a.draft)
        const b = boot()
        expect(b.saving.status.aside).toEqual([])
        expect(snapshot(b.draft)).toEqual(before)
      }),
      { numRuns: 60 },
    )
  })
})

describe('a save set aside can be got back', () => {
  beforeEach(() => localStorage.clear())

  it('leaves a newer version’s save untouched and read-only, and lists it', async () => {
    const newer = JSON.stringify({ revision: 4, raw: {}, profile: { format: 'innocheck-profile', version: 2 } })
    localStorage.setItem(firmStorageKey('future'), newer)
    const { saving, draft, firms } = boot()
    draft.setText('company.name', '乙公司')
    await nextTick()
    saving.save(true)
    expect(localStorage.getItem(firmStorageKey('future'))).toBe(newer)
    expect(firms.list.map((r) => r.id)).not.toContain('future')
    expect(saving.status.aside).toEqual([{ key: firmStorageKey('future'), kind: 'newer', reason: 'newer' }])
    expect(saving.asideText(firmStorageKey('future'))).toBe(newer)
    expect(boot().saving.status.aside).toEqual([{ key: firmStorageKey('future'), kind: 'newer', reason: 'newer' }])
  })

  it('lists a copy set aside in an earlier session, with its text for download', () => {
    localStorage.setItem(CORRUPT_PREFIX + '2026-01-01T00:00:00.000Z', 'not json')
    const { saving } = boot()
    expect(saving.status.aside).toHaveLength(1)
    expect(saving.asideText(saving.status.aside[0]!.key)).toBe('not json')
  })
})
