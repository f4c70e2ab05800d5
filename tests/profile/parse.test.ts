import { describe, expect, it } from 'vitest'
import { parseProfileText } from '../../src/profile/parse'
import { rawProfile } from './helpers'

describe('parseProfileText', () => {
  const good = JSON.stringify(rawProfile({ company: { name: '霸州市测试科技有限公司' } }), null, 2)

  it('reads a profile with or without a UTF-8 BOM', () => {
    expect(parseProfileText(good).ok).toBe(true)
    const r = parseProfileText(`\uFEFF${good}`)
    expect(r.ok && r.profile.company.name).toBe('霸州市测试科技有限公司')
  })

  it('reports truncated JSON with its line and column', () => {
    const text = '{\n  "format": "innocheck-profile",\n  "version": 1,\n  "x": tru'
    const r = parseProfileText(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]?.code).toBe('not-json')
    expect(r.problems[0]?.message).toMatch(/第 4 行/)
  })

  it('reports an empty file', () => {
    const r = parseProfileText('')
    expect(!r.ok && r.problems[0]?.message).toContain('文件为空')
  })

  it('validates after parsing and reports every problem', () => {
    const r = parseProfileText(JSON.stringify(rawProfile({ staff: { total: -1 }, ip: { classI: 'x' } })))
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['staff.total', 'ip.classI'])
  })

  it('reports a future version before anything else', () => {
    const r = parseProfileText(JSON.stringify(rawProfile({ version: 7, staff: 'x' })))
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['version-future'])
  })
})
