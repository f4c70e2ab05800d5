import { describe, it, expect } from 'vitest'
import { bazhou } from '../../src/locality/bazhou'
import { genericLocality } from '../../src/locality/generic'
import { departmentContact } from '../../src/composables/department-contact'
import { allDepartments, countyName, dateChecked, departmentName, placeName } from '../../src/locality/text'

const hasHan = (s: string) => /\p{Script=Han}/u.test(s)

describe('locality names by language', () => {
  it('the default county and the generic locality have English names and duties for every department', () => {
    for (const l of [bazhou, genericLocality])
      for (const d of allDepartments(l)) {
        expect(d.nameEn, d.id).toBeTruthy()
        expect(hasHan(d.nameEn ?? ''), d.nameEn).toBe(false)
        expect(hasHan(d.handlesEn ?? '汉'), d.id).toBe(false)
      }
    expect(countyName(bazhou, 'en')).toBe('Bazhou')
    expect(countyName(bazhou, 'zh-CN')).toBe('霸州市')
  })

  it('a name typed in one language only is shown as typed in both', () => {
    const d = { id: 'x', name: '霸州市发展和改革局', handles: '' }
    expect(departmentName(d, 'en')).toBe('霸州市发展和改革局')
    expect(departmentName({ ...d, nameEn: '  ' }, 'en')).toBe('霸州市发展和改革局')
  })

  it('the checklist contact finds a department by the Chinese name the engine gives and names it in English', () => {
    const l = {
      ...bazhou,
      departments: { ...bazhou.departments, tax: { ...bazhou.departments.tax, phone: ' 0316-7 ' } },
    }
    expect(departmentContact(l, '国家税务总局霸州市税务局', 'en')).toEqual({
      name: 'Bazhou Tax Bureau (State Taxation Administration)',
      phone: '0316-7',
    })
    expect(departmentContact(l, 'tax').name).toBe('国家税务总局霸州市税务局')
    // not a department: shown as given, never an inherited property of the object
    expect(departmentContact(l, 'constructor')).toEqual({ name: 'constructor' })
  })
})

describe('dateChecked', () => {
  const l = {
    ...bazhou,
    hnteBatchDeadlines: { '2027': ['2027-05-31'] },
    hnteBatchChecked: { '2027-05-31': { checkedOn: '2027-03-02', source: '冀科高函〔2027〕1号' } },
  }

  it('names where and when an HNTE item’s batch deadline and a tech-SME item’s window close were read', () => {
    expect(dateChecked(l, 'apply.hnte.submit', '2027-05-31')).toEqual({
      checkedOn: '2027-03-02',
      source: '冀科高函〔2027〕1号',
    })
    expect(dateChecked(l, 'fix.hnte.core-ip', '2027-05-31')).toEqual({
      checkedOn: '2027-03-02',
      source: '冀科高函〔2027〕1号',
    })
    expect(dateChecked(l, 'apply.tsme', '2026-08-31')).toEqual({
      checkedOn: '2026-11-30',
      source: '工企业函〔2026〕160号',
    })
  })

  it('says nothing for a date that is not from the settings, even on the same day', () => {
    // the HNTE annual report is due 31 May by law (国科发火〔2016〕32号 第十三条), not by the bureau's batch list
    expect(dateChecked(l, 'keep.hnte.report', '2027-05-31')).toBeUndefined()
    expect(dateChecked(l, 'apply.tsme', '2027-05-31')).toBeUndefined()
    expect(dateChecked(l, 'apply.hnte.submit', undefined)).toBeUndefined()
    // the 2025 window has no recorded source or date
    expect(dateChecked(l, 'apply.tsme', '2025-09-30')).toBeUndefined()
  })

  it('names the place in each language', () => {
    expect(placeName(bazhou, 'zh-CN')).toBe('霸州市（河北省）')
    expect(placeName(bazhou, 'en')).toBe('Bazhou, Hebei Province')
  })
})
