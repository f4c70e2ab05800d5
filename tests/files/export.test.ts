import { describe, it, expect } from 'vitest'
import { firmsJson, profileFileName, profileJson, safeFileStem } from '../../src/files/export'
import { emptyProfile } from '../../src/profile/types'

describe('profileFileName', () => {
  it('is <firm name>-<date>.innocheck.json', () => {
    const p = emptyProfile('2026-05-20')
    p.company.name = '霸州市鑫泰精密管业科技有限公司'
    expect(profileFileName(p, '2026-06-01')).toBe('霸州市鑫泰精密管业科技有限公司-2026-06-01.innocheck.json')
  })

  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['..\\..\\etc', '__.._etc'],
    ['name. . ', 'name'],
    ['tab\there\nline', 'tab_here_line'],
    ['CON', '_CON'],
    ['   ', '未命名企业'],
    [undefined, '未命名企业'],
  ])('makes %j safe as %j', (name, stem) => {
    expect(safeFileStem(name)).toBe(stem)
  })

  it('cuts a very long name to 60 characters', () => {
    expect([...safeFileStem('企'.repeat(200))]).toHaveLength(60)
  })
})

describe('profileJson and firmsJson', () => {
  it('pretty-prints with two spaces and a final newline', () => {
    const text = profileJson(emptyProfile('2026-05-20'))
    expect(text).toMatch(/^\{\n {2}"format": "innocheck-profile",\n/)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('wraps every firm in the innocheck-firms format, version 1', () => {
    const data = JSON.parse(firmsJson([emptyProfile('2026-05-20'), emptyProfile('2026-05-21')]))
    expect(data.format).toBe('innocheck-firms')
    expect(data.version).toBe(1)
    expect(data.firms.map((f: { assessmentDate: string }) => f.assessmentDate)).toEqual(['2026-05-20', '2026-05-21'])
  })
})
