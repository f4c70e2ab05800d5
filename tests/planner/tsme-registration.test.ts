// issue #8 §9: the tech-SME part of a plan names the registration it is for, never a closed one. Worked by hand:
// - The 2026 evaluation window is 2026-06-01 to 2026-08-31 (工企业函〔2026〕160号, the national default; no 2027
//   window is announced). On 2026-08-31 the window is still open (its last day): new IP counts for the 2026
//   registration. On 2026-09-01 it has closed: new IP counts only for the next (2027) registration, not announced.
// - The firm (tests/planner/fixtures.ts, no IP): tech-SME score (115号 第七条, last fiscal year 2025) = S&T staff
//   20 of 100 = 20% → 12; R&D 76.4万 ÷ sales 1,960万 = 3.90% → 20 (÷ costs 1,764万 = 4.33% → 0); no IP → 0:
//   32 < 60. One Class I item gives 30 → 62 ≥ 60; Class II cannot (at most 24 → 56).
import { describe, expect, it } from 'vitest'
import { findPaths } from '../../src/planner/cheapest-path'
import { closedNotice, tsmeRegistration } from '../../src/planner/registration'
import { enText, pathLabel } from '../../src/planner/path-words'
import { LEVER_SPECS } from '../../src/planner/lever-specs'
import type { Program } from '../../src/engine/types'
import { firm } from './fixtures'
import type { FirmProfile } from '../../src/profile/types'

const noIp = (date: string): FirmProfile =>
  firm(undefined, (p) => {
    p.assessmentDate = date
    p.ip.classI = 0
    p.ip.classII = 0
  })
const ipStep = (date: string, program: 'hnte' | 'techSme' = 'techSme') =>
  findPaths(noIp(date), program, { levers: ['newClassI'] }).paths.find((s) => s.lever === 'newClassI')

describe('which tech-SME registration a plan is for', () => {
  it('on the window’s last day (2026-08-31) the 2026 registration', () => {
    expect(tsmeRegistration(noIp('2026-08-31'), 2026)).toEqual({
      year: 2026,
      window: { from: '2026-06-01', to: '2026-08-31' },
    })
    expect(closedNotice(tsmeRegistration(noIp('2026-08-31'), 2026))).toBeUndefined()
  })

  it('the day after (2026-09-01) the next one, 2027, whose window is not announced', () => {
    const r = tsmeRegistration(noIp('2026-09-01'), 2026)
    expect(r).toEqual({ year: 2027, closed: { year: 2026, to: '2026-08-31' } })
    expect(closedNotice(r)?.key).toBe('tsmeNextUnannounced')
  })

  it('an announced next window is named with its dates', () => {
    const windows = {
      '2026': { from: '2026-06-01', to: '2026-08-31' },
      '2027': { from: '2027-06-01', to: '2027-08-31' },
    }
    const r = tsmeRegistration(noIp('2026-11-30'), 2026, windows)
    expect(closedNotice(r)).toEqual({
      key: 'tsmeNext',
      params: { closed: 2026, to: '2026-08-31', next: 2027, from: '2027-06-01', until: '2027-08-31' },
    })
  })

  it('a plan for a later year is for that year’s registration', () => {
    expect(tsmeRegistration(noIp('2026-11-30'), 2027)).toEqual({ year: 2027 })
  })
})

describe('the new-IP step of the tech-SME path names the registration (zh and en from the one catalogue)', () => {
  it('2026-08-31: one Class I item, for the 2026 registration, no closed-window words', () => {
    const s = ipStep('2026-08-31')!
    expect(s.amount).toBe(1)
    expect(s.label.text).toBe('申报前新增 1 项Ⅰ类知识产权（如发明专利，须在申报前获得授权；计入 2026 年申报）')
    expect(enText(s.label)).toBe(
      'Obtain 1 more Class I IP item (e.g. invention patents), granted before applying (it counts for an application in 2026)',
    )
  })

  it('2026-09-01: the same item, for the 2027 registration, saying 2026 closed and 2027 is not announced', () => {
    const s = ipStep('2026-09-01')!
    expect(s.amount).toBe(1)
    expect(s.label.text).toBe(
      '申报前新增 1 项Ⅰ类知识产权（如发明专利，须在申报前获得授权；计入 2027 年申报）。' +
        '2026年科技型中小企业评价已于2026-08-31截止，不能再登记；新增的知识产权计入下一次（2027年）评价，其时间尚未公布',
    )
    expect(enText(s.label)).toBe(
      'Obtain 1 more Class I IP item (e.g. invention patents), granted before applying (it counts for an application in 2027). ' +
        'The 2026 tech-SME evaluation closed on 2026-08-31 and takes no more registrations: the new IP counts for the next one (2027), whose window is not announced yet',
    )
    expect(s.label.text).not.toContain('2026 年申报')
  })

  it('HNTE keeps its own application: IP granted before applying in 2026 still counts in 2026', () => {
    const spec = LEVER_SPECS.find((x) => x.key === 'newClassI')!
    const eligible = { status: 'eligible' } as Program
    const zh = (program: 'hnte' | 'techSme') => pathLabel(spec, 1n, noIp('2026-09-01'), eligible, program).text
    expect(zh('hnte')).toBe('申报前新增 1 项Ⅰ类知识产权（如发明专利，须在申报前获得授权；计入 2026 年申报）')
    expect(zh('techSme')).toContain('计入 2027 年申报')
  })
})
