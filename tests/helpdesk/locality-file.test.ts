// The locality file (issue #10 §4): what one laptop exports another imports unchanged; a bad file is refused
// with every problem named.
import { describe, expect, it } from 'vitest'
import { localityJson, readLocalityFile } from '../../src/helpdesk/locality-file'
import { applySettings, defaultSettings } from '../../src/stores/settings-data'
import { bazhou } from '../../src/locality/bazhou'

describe('the locality file', () => {
  const s = {
    ...defaultSettings(),
    staffName: '张三',
    phones: { science: '0316-7221234', approval: '0316-7225678' },
    addresses: { science: '霸州市迎宾道 1 号' },
    hnteDeadlines: ['2027-06-30', '2027-09-15'],
    targets: { hnteCount: 80 },
  }

  it('round-trips contact lines, addresses, deadlines and targets, but not the staff name', () => {
    const r = readLocalityFile(localityJson(s, '霸州市'))
    expect(r).toEqual({
      ok: true,
      county: '霸州市',
      file: { phones: s.phones, addresses: s.addresses, hnteDeadlines: s.hnteDeadlines, targets: s.targets },
    })
    expect(localityJson(s, '霸州市')).not.toContain('张三')
  })

  it('puts the phones and addresses on the departments of the locality', () => {
    const l = applySettings(bazhou, s)
    expect(l.departments.science).toMatchObject({ phone: '0316-7221234', address: '霸州市迎宾道 1 号' })
    expect(l.departments.approval).toMatchObject({ name: '霸州市行政审批局', phone: '0316-7225678' })
    expect(l.hnteBatchDeadlines['2027']).toEqual(['2027-06-30', '2027-09-15'])
  })

  it('refuses a bad file and names every problem', () => {
    const bad = JSON.stringify({
      format: 'innocheck-locality',
      version: 1,
      phones: { police: '110' },
      hnteDeadlines: ['2027-02-30'],
      targets: { hnteCount: -1 },
      extra: 1,
    })
    const r = readLocalityFile(bad)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problems).toEqual([
      '未知的字段“extra”',
      '“phones”中有未知的部门“police”',
      '“2027-02-30”不是有效日期（YYYY-MM-DD）',
      '目标“hnteCount”应为不小于 0 的整数',
    ])
    expect(readLocalityFile('{"format":"innocheck-profile"}')).toEqual({
      ok: false,
      problems: ['不是 InnoCheck 地区设置文件'],
    })
    expect(readLocalityFile('{').ok).toBe(false)
  })
})
