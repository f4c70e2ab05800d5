// @vitest-environment happy-dom
// The sheet stands alone: the firm's own figures to re-check each ratio, the notes typed before printing, and
// the department's phone and address beside each step.
import { describe, it, expect } from 'vitest'
import PrintSheet from '@/components/PrintSheet.vue'
import { bazhou } from '@/locality/bazhou'
import { assess } from '@/rules/index'
import type { FirmProfile } from '@/profile/types'
import type { Locality } from '@/locality/types'
import { validateProfile } from '@/profile/validate'
import { exampleProfile, mountWith, textOf } from '../print/fixtures'

const profile = exampleProfile('rd-short')
const a = assess(profile, { locality: bazhou })
const sheet = (p: FirmProfile = profile, locality?: Locality) =>
  mountWith(PrintSheet, { assessment: a, profile: p, printedOn: '2027-01-05', appVersion: '1', locality }).wrapper

describe('PrintSheet key input figures', () => {
  it('lists sales, income, high-tech income and R&D per fiscal year in 万元, and the staff', () => {
    const w = sheet()
    const cells = (path: string) =>
      w
        .get(`[data-input="${path}"]`)
        .findAll('td')
        .map((td) => textOf(td))
    // examples/rd-short.json, 2025: sales 36,000,000 元 = 3,600.00 万元; R&D in-house 1,500,000 元 = 150.00 万元;
    // overseas commissioned R&D answered 0
    expect(cells('salesRevenue').at(-1)).toBe('3,600.00 万元')
    expect(cells('hiTechIncome').at(-1)).toBe('2,600.00 万元')
    expect(cells('rd.inHouse').at(-1)).toBe('150.00 万元')
    expect(cells('rd.entrustedOverseas').at(-1)).toBe('0.00 万元')
    expect(w.get('[data-input="salesRevenue"] th').text()).toBe('销售收入')
    expect(textOf(w.get('[data-testid="sheet-staff"]'))).toBe(
      '职工总数（高企口径）：200 人、科技人员数（高企口径）：30 人',
    )
  })

  it('says 未填写 for an unanswered amount, never 0', () => {
    const last = profile.years.at(-1)!
    const blank = {
      ...profile,
      years: [...profile.years.slice(0, -1), { ...last, rd: { ...last.rd, entrustedOverseas: undefined } }],
    }
    expect(textOf(sheet(blank).get('[data-input="rd.entrustedOverseas"]')).endsWith('未填写')).toBe(true)
  })
})

describe('PrintSheet notes box', () => {
  it('prints the notes typed before printing, with their line breaks, and nothing when empty', () => {
    expect(sheet().find('[data-testid="sheet-notes"]').exists()).toBe(false)
    const w = sheet({ ...profile, notes: '第一行\n<b>第二行</b>' })
    const p = w.get('[data-testid="sheet-notes"] p')
    expect(p.text()).toBe('第一行\n<b>第二行</b>')
    expect(w.find('[data-testid="sheet-notes"] b').exists()).toBe(false)
  })

  it('keeps the notes with the firm’s profile file', () => {
    const r = validateProfile({ ...profile, notes: '复核人：张三' })
    expect(r.ok && r.profile.notes).toBe('复核人：张三')
  })
})

describe('PrintSheet checklist contacts', () => {
  it('prints the department’s phone and address when the settings have them', () => {
    const science = { ...bazhou.departments.science, phone: '0316-7222222', address: '霸州市迎宾道 1 号' }
    const locality = { ...bazhou, departments: { ...bazhou.departments, science } } as Locality
    const w = sheet(profile, locality)
    const rows = w.findAll('[data-item]').filter((r) => r.text().includes(science.name))
    expect(rows.length).toBeGreaterThan(0)
    expect(textOf(rows[0]!)).toContain('电话：0316-7222222')
    expect(textOf(rows[0]!)).toContain('地址：霸州市迎宾道 1 号')
  })
})
