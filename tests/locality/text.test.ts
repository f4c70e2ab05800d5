import { describe, it, expect } from 'vitest'
import { bazhou } from '../../src/locality/bazhou'
import { genericLocality } from '../../src/locality/generic'
import { departmentContact } from '../../src/composables/department-contact'
import { allDepartments, countyName, departmentName } from '../../src/locality/text'

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
