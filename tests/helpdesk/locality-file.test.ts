// The locality file (issue #10 §4): what one laptop exports another imports unchanged, names and duties in both
// languages, dates with where and when they were checked; a bad file is refused with every problem named; a file
// of version 1 (before the whole locality was editable) still imports.
import { describe, expect, it } from 'vitest'
import { importedLocality, localityJson, readLocalityFile } from '../../src/helpdesk/locality-file'
import { bazhou } from '../../src/locality/bazhou'
import { localityFrom, localitySettings, type LocalitySettings } from '../../src/locality/edit'

const wenan = (): LocalitySettings => {
  const l = localitySettings(bazhou)
  l.name = '文安县'
  l.nameEn = 'Wen’an County'
  l.departments.find((d) => d.id === 'tax')!.phone = '0316-5212366'
  l.departments.push({
    id: 'extra-9',
    name: '文安县发展和改革局',
    nameEn: 'Wen’an Development and Reform Bureau',
    handles: '研发平台',
    handlesEn: 'R&D platforms',
    phone: '',
    address: '文安县兴文道 2 号',
  })
  l.hnteBatches = [{ date: '2027-06-30', checkedOn: '2027-03-02', source: '冀科高函〔2027〕1号' }]
  l.techSmeWindows.push({ year: '2027', from: '2027-05-01', to: '2027-07-31', checkedOn: '2027-04-20', source: 'x' })
  l.targets = { hnteCount: 20, year: 2027, source: '文安县2027年工作要点', sourceEn: 'Wen’an work points 2027' }
  return l
}
const file = (locality: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'innocheck-locality', version: 2, county: 'x', locality, ...extra })

describe('the locality file', () => {
  it('round-trips the whole locality: names in both languages, added departments, checked dates, target sources', () => {
    const r = readLocalityFile(localityJson(wenan()))
    expect(r).toEqual({ ok: true, county: '文安县', file: { kind: 'whole', locality: wenan() } })
    const l = localityFrom(wenan(), bazhou)
    expect(l.otherDepartments?.[0]).toMatchObject({
      nameEn: 'Wen’an Development and Reform Bureau',
      handlesEn: 'R&D platforms',
    })
    expect(l.hnteBatchChecked?.['2027-06-30']).toEqual({ checkedOn: '2027-03-02', source: '冀科高函〔2027〕1号' })
    expect(l.techSmeWindows['2027']).toEqual({
      from: '2027-05-01',
      to: '2027-07-31',
      checkedOn: '2027-04-20',
      source: 'x',
    })
    expect(l.targets).toEqual({
      hnteCount: 20,
      year: 2027,
      source: '文安县2027年工作要点',
      sourceEn: 'Wen’an work points 2027',
    })
  })

  it('imports a file of version 1 onto the current locality: phones, addresses, dates, targets', () => {
    const old = JSON.stringify({
      format: 'innocheck-locality',
      version: 1,
      county: '霸州市',
      phones: { science: '0316-7221234', approval: '0316-7225678' },
      addresses: { science: '霸州市迎宾道 1 号' },
      hnteDeadlines: ['2027-09-15', '2027-06-30'],
      targets: { hnteCount: 80 },
    })
    const r = readLocalityFile(old)
    if (!r.ok) throw new Error(r.problems.join())
    const l = localityFrom(importedLocality(r.file, localitySettings(bazhou)), bazhou)
    expect(l.departments.science).toMatchObject({ phone: '0316-7221234', address: '霸州市迎宾道 1 号' })
    expect(l.departments.approval).toMatchObject({ name: '霸州市行政审批局', phone: '0316-7225678' })
    expect(l.hnteBatchDeadlines['2027']).toEqual(['2027-06-30', '2027-09-15'])
    expect(l.targets).toMatchObject({ hnteCount: 80, techSmeCount: 1025, year: 2020 })
  })

  it('refuses a bad file of version 1 and names every problem', () => {
    const bad = JSON.stringify({
      format: 'innocheck-locality',
      version: 1,
      phones: { police: '110' },
      hnteDeadlines: ['2027-02-30'],
      targets: { hnteCount: -1 },
      extra: 1,
    })
    const r = readLocalityFile(bad)
    expect(!r.ok && r.problems).toEqual([
      '未知的字段“extra”',
      '“phones”中有未知的部门“police”',
      '“2027-02-30”不是有效日期（YYYY-MM-DD）',
      '目标“hnteCount”应为不小于 0 的整数',
    ])
    // the same problems, in the same order, for an English page (no Chinese in them)
    expect(!r.ok && r.problemsEn).toEqual([
      'Unknown field “extra”',
      '“phones” names an unknown department “police”',
      '“2027-02-30” is not a valid date (YYYY-MM-DD)',
      'Target “hnteCount” should be a whole number of 0 or more',
    ])
    expect(readLocalityFile('{"format":"innocheck-profile"}')).toEqual({
      ok: false,
      problems: ['不是 InnoCheck 地区设置文件'],
      problemsEn: ['Not an InnoCheck locality file'],
    })
    expect(readLocalityFile('{').ok).toBe(false)
    expect(readLocalityFile('{"format":"innocheck-locality","version":3}')).toEqual({
      ok: false,
      problems: ['文件版本 3 无法读取：请更新本工具'],
      problemsEn: ['File version 3 cannot be read: update this tool'],
    })
  })

  it('refuses a file whose new fields are wrong, naming each one', () => {
    const l = wenan() as unknown as Record<string, unknown> & LocalitySettings
    l.name = ''
    l.nameEn = ''
    l.departments = l.departments.filter((d) => d.id !== 'approval')
    l.departments.push({ ...l.departments[0]!, id: 'police' })
    l.departments[1] = { ...l.departments[1]!, name: '', nameEn: '' }
    l.departments[2] = { ...l.departments[2]!, phone: '1'.repeat(41) }
    l.hnteBatches = [{ date: '2027-13-01', checkedOn: 'yesterday', source: '' }]
    l.techSmeWindows = [
      { year: '27', from: '2027-08-01', to: '2027-07-01', checkedOn: '', source: '' },
      { year: '2026', from: '2026-06-01', to: '2026-08-31', checkedOn: '', source: '' },
      { year: '2026', from: '2026-06-01', to: '2026-08-31', checkedOn: '', source: '' },
    ]
    l.targets = { hnteCount: 1.5, source: '', sourceEn: '' }
    const r = readLocalityFile(file(l, { extra: true }))
    expect(!r.ok && r.problems).toEqual([
      '未知的字段“extra”',
      '目标“hnteCount”应为不小于 0 的整数',
      '“departments[2].name”：部门须有名称（中文或英文）',
      '“departments[3].phone”应为不超过 40 字的文字',
      '“departments[7].id”不是已知的部门编号',
      '“hnteBatches[1].date”的“2027-13-01”不是有效日期（YYYY-MM-DD）',
      '“hnteBatches[1].checkedOn”的“yesterday”不是有效日期（YYYY-MM-DD）',
      '“techSmeWindows[1].year”应为四位年份，如 "2027"',
      '“techSmeWindows[1].”开始日期 2027-08-01 晚于结束日期 2027-07-01',
      '“name”：请填写县（市、区）名称',
      '2026 年的科技型中小企业评价时间重复',
      '“departments”缺少部门“approval”',
      // the nameless one is not read, so the checklist's finance department is missing too
      '“departments”缺少部门“finance”',
    ])
    expect(!r.ok && r.problemsEn).toEqual([
      'Unknown field “extra”',
      'Target “hnteCount” should be a whole number of 0 or more',
      '“departments[2].name”: a department needs a name (Chinese or English)',
      '“departments[3].phone” should be text of at most 40 characters',
      '“departments[7].id” is not a known department id',
      '“hnteBatches[1].date”: “2027-13-01” is not a valid date (YYYY-MM-DD)',
      '“hnteBatches[1].checkedOn”: “yesterday” is not a valid date (YYYY-MM-DD)',
      '“techSmeWindows[1].year” should be a four-digit year, such as "2027"',
      '“techSmeWindows[1].”: the start date 2027-08-01 is after the end date 2027-07-01',
      '“name”: enter the county (city, district) name',
      'The tech-SME window of 2026 appears twice',
      '“departments” lacks the department “approval”',
      '“departments” lacks the department “finance”',
    ])
  })
})
