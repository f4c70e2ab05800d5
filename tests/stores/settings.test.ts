// @vitest-environment happy-dom
import { describe, it, expect, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useSettingsStore } from '../../src/stores/settings'
import { useDraftStore } from '../../src/stores/draft'
import { applySettings, defaultSettings, parseSettings } from '../../src/stores/settings-data'
import { KEYS } from '../../src/stores/persistence'
import { bazhou } from '../../src/locality/bazhou'

const fresh = () => {
  setActivePinia(createPinia())
  return useSettingsStore()
}

describe('useSettingsStore', () => {
  beforeEach(() => localStorage.clear())

  it('keeps the staff name, date default, phones, deadlines and targets across a reload', async () => {
    const s = fresh()
    s.update({
      staffName: '李四',
      defaultDate: '2026-09-01',
      phones: { science: '0316-1234567' },
      hnteDeadlines: ['2026-05-31', '2026-08-31'],
      targets: { hnteCount: 70 },
    })
    await nextTick()
    const again = fresh()
    expect(again.staffName).toBe('李四')
    expect(again.newFirmDate()).toBe('2026-09-01')
    expect(again.locality.departments.science.phone).toBe('0316-1234567')
    expect(again.locality.hnteBatchDeadlines['2026']).toEqual(['2026-05-31', '2026-08-31'])
    expect(again.locality.targets.hnteCount).toBe(70)
    expect(again.locality.targets.techSmeCount).toBe(1025)
  })

  it('uses the county plan targets by default and writes nothing for defaults', async () => {
    const s = fresh()
    expect(s.locality.targets).toMatchObject({ hnteCount: 63, techSmeCount: 1025 })
    s.update({ ...defaultSettings(), staffName: 'x' })
    await nextTick()
    expect(localStorage.getItem(KEYS.settings)).not.toBeNull()
    s.reset()
    await nextTick()
    expect(localStorage.getItem(KEYS.settings)).toBeNull()
  })

  it('new firms start on today unless a default date is set', () => {
    const s = fresh()
    expect(s.newFirmDate(new Date(2026, 2, 4))).toBe('2026-03-04')
  })

  it('the draft assesses with the chosen locality (its batch deadlines reach the checklist)', () => {
    const s = fresh()
    const draft = useDraftStore()
    draft.reset('2026-05-20')
    expect(JSON.stringify(draft.assessment.checklist)).not.toContain('2026-09-15')
    s.update({ ...defaultSettings(), hnteDeadlines: ['2026-09-15'] })
    expect(JSON.stringify(draft.assessment.checklist)).toContain('2026-09-15')
  })
})

describe('parseSettings', () => {
  it('ignores anything malformed and keeps what is valid', () => {
    const s = parseSettings(
      JSON.stringify({
        staffName: 5,
        defaultDate: '2026-02-30',
        phones: { tax: '12345', evil: 'x' },
        hnteDeadlines: ['2026-05-31', 'soon'],
        targets: { hnteCount: -1, techSmeCount: 900 },
      }),
    )
    expect(s).toEqual({
      staffName: '',
      defaultDate: '',
      phones: { tax: '12345' },
      hnteDeadlines: ['2026-05-31'],
      targets: { techSmeCount: 900 },
    })
    expect(parseSettings('not json')).toEqual(defaultSettings())
    expect(parseSettings('[1]')).toEqual(defaultSettings())
  })

  it('never changes the base locality', () => {
    const before = JSON.stringify(bazhou)
    applySettings(bazhou, {
      ...defaultSettings(),
      phones: { science: '1' },
      hnteDeadlines: ['2026-01-01'],
      targets: { hnteCount: 1 },
    })
    expect(JSON.stringify(bazhou)).toBe(before)
  })
})
