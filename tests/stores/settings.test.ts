// @vitest-environment happy-dom
import { describe, it, expect, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { DRAFT_KEY, useSettingsStore } from '../../src/stores/settings'
import { useDraftStore } from '../../src/stores/draft'
import { applySettings, defaultSettings, parseSettings, type SettingsData } from '../../src/stores/settings-data'
import { formOf, settingsOf } from '../../src/stores/settings-form'
import { KEYS } from '../../src/stores/persistence'
import { bazhou } from '../../src/locality/bazhou'
import { localitySettings, type LocalitySettings } from '../../src/locality/edit'

const fresh = () => {
  setActivePinia(createPinia())
  return useSettingsStore()
}
/** 霸州市 as shipped, changed by `edit` */
const edited = (edit: (l: LocalitySettings) => void): LocalitySettings => {
  const l = localitySettings(bazhou)
  edit(l)
  return l
}
const withPhone = (id: string, phone: string) =>
  edited((l) => {
    l.departments.find((d) => d.id === id)!.phone = phone
  })

describe('useSettingsStore', () => {
  beforeEach(() => localStorage.clear())

  it('keeps the staff name, date default, phones, batch dates and targets across a reload', async () => {
    const s = fresh()
    const locality = edited((l) => {
      l.departments.find((d) => d.id === 'science')!.phone = '0316-1234567'
      l.hnteBatches = [
        { date: '2026-05-31', checkedOn: '2026-04-01', source: '冀科高函〔2026〕1号' },
        { date: '2026-08-31', checkedOn: '', source: '' },
      ]
      l.targets.hnteCount = 70
    })
    s.update({ staffName: '李四', defaultDate: '2026-09-01', locality })
    await nextTick()
    const again = fresh()
    expect(again.staffName).toBe('李四')
    expect(again.newFirmDate()).toBe('2026-09-01')
    expect(again.locality.departments.science.phone).toBe('0316-1234567')
    expect(again.locality.hnteBatchDeadlines['2026']).toEqual(['2026-05-31', '2026-08-31'])
    expect(again.locality.hnteBatchChecked?.['2026-05-31']).toEqual({
      checkedOn: '2026-04-01',
      source: '冀科高函〔2026〕1号',
    })
    expect(again.locality.targets.hnteCount).toBe(70)
    expect(again.locality.targets.techSmeCount).toBe(1025)
  })

  it('uses the county plan targets by default and writes nothing for defaults', async () => {
    const s = fresh()
    expect(s.locality.targets).toMatchObject({ hnteCount: 63, techSmeCount: 1025, year: 2020 })
    s.update({ ...defaultSettings(), staffName: 'x' })
    await nextTick()
    expect(localStorage.getItem(KEYS.settings)).not.toBeNull()
    s.reset()
    await nextTick()
    expect(localStorage.getItem(KEYS.settings)).toBeNull()
  })

  it('keeps a form as typed until it is saved, and no draft that only shows what is saved', () => {
    const s = fresh()
    const f = s.form()
    f.departments[0]!.phone = '0316-？'
    s.keepDraft(f)
    expect(fresh().form().departments[0]!.phone).toBe('0316-？')
    const again = fresh()
    again.keepDraft(formOf(again.data, bazhou))
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
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
    const locality = edited((l) => (l.hnteBatches = [{ date: '2026-09-15', checkedOn: '', source: '' }]))
    s.update({ ...defaultSettings(), locality })
    expect(JSON.stringify(draft.assessment.checklist)).toContain('2026-09-15')
  })
})

describe('parseSettings', () => {
  it('reads the settings of earlier versions into the whole locality, keeping what is valid', () => {
    const s = parseSettings(
      JSON.stringify({
        staffName: 5,
        defaultDate: '2026-02-30',
        phones: { tax: '12345', evil: 'x' },
        addresses: { market: '迎宾道 8 号' },
        hnteDeadlines: ['2026-05-31', 'soon'],
        targets: { hnteCount: -1, techSmeCount: 900 },
      }),
      bazhou,
    )
    expect(s.staffName).toBe('')
    expect(s.defaultDate).toBe('')
    const l = applySettings(bazhou, s)
    expect(l.name).toBe('霸州市')
    expect(l.departments.tax).toMatchObject({ name: '国家税务总局霸州市税务局', phone: '12345' })
    expect(l.departments.market.address).toBe('迎宾道 8 号')
    expect(l.hnteBatchDeadlines).toEqual({ '2026': ['2026-05-31'] })
    expect(l.targets).toMatchObject({ hnteCount: 63, techSmeCount: 900 })
    expect(parseSettings('not json', bazhou)).toEqual(defaultSettings())
    expect(parseSettings('[1]', bazhou)).toEqual(defaultSettings())
  })

  it('drops a hand-edited bad item and keeps the rest', () => {
    const locality = {
      ...withPhone('tax', '0316-1'),
      techSmeWindows: [{ year: '2027', from: 'soon', to: '2027-08-31' }],
    }
    const l = applySettings(bazhou, parseSettings(JSON.stringify({ locality }), bazhou))
    expect(l.departments.tax.phone).toBe('0316-1')
    expect(l.techSmeWindows).toEqual({})
  })

  it('never changes the base locality', () => {
    const before = JSON.stringify(bazhou)
    applySettings(bazhou, { ...defaultSettings(), locality: withPhone('science', '1') })
    expect(JSON.stringify(bazhou)).toBe(before)
  })
})

describe('the settings form', () => {
  const base: SettingsData = defaultSettings()

  it('gives back exactly the default when nothing is changed, so nothing of the locality is written', () => {
    expect(settingsOf(formOf(base, bazhou), bazhou)).toEqual(base)
  })

  it('keeps a window unverified only while its dates are the ones shipped', () => {
    const f = formOf(base, bazhou)
    f.windows[1]!.checkedOn = '2026-11-01'
    const same = applySettings(bazhou, settingsOf(f, bazhou)).techSmeWindows['2026']
    expect(same).toMatchObject({ from: '2026-06-01', to: '2026-08-31', unverified: true, checkedOn: '2026-11-01' })
    f.windows[1]!.to = '2026-09-15'
    expect(applySettings(bazhou, settingsOf(f, bazhou)).techSmeWindows['2026']?.unverified).toBeUndefined()
  })

  it('shows a name typed in English only in both languages, and a new county loses Hebei’s notes', () => {
    const f = formOf(base, bazhou)
    f.name = ''
    f.nameEn = 'Anytown'
    f.province = '山东省'
    const l = applySettings(bazhou, settingsOf(f, bazhou))
    expect(l.name).toBe('Anytown')
    expect(l.nameEn).toBe('Anytown')
    expect(l.notes).toEqual([])
  })
})
