// @vitest-environment happy-dom
// The sheet stands alone: the firm's own figures to re-check each ratio, the notes typed before printing, and
// the department's phone and address beside each step. Each part is found by its heading, each figure by its
// row header, as a reader finds them.
import { describe, it, expect, afterEach } from 'vitest'
import { render, screen, cleanup, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import PrintSheet from '@/components/PrintSheet.vue'
import { bazhou } from '@/locality/bazhou'
import { assess } from '@/rules/index'
import type { FirmProfile } from '@/profile/types'
import type { Locality } from '@/locality/types'
import { validateProfile } from '@/profile/validate'
import { exampleProfile, makePrintI18n, makePrintRouter } from '../print/fixtures'

afterEach(cleanup)
const profile = exampleProfile('rd-short')
const a = assess(profile, { locality: bazhou })
const sheet = (p: FirmProfile = profile, locality?: Locality) =>
  render(PrintSheet, {
    props: { assessment: a, profile: p, printedOn: '2027-01-05', appVersion: '1', locality },
    global: { plugins: [createPinia(), makePrintI18n(), makePrintRouter()] },
  })
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()
const inputs = () => screen.getByRole('region', { name: '企业填报的关键数据' })
/** the year cells of the key-figures row whose header is this name */
const cells = (name: string) =>
  within(within(inputs()).getByRole('rowheader', { name }).parentElement!)
    .getAllByRole('cell')
    .map((td) => squash(td.textContent))

describe('PrintSheet key input figures', () => {
  it('lists sales, income, high-tech income and R&D per fiscal year in 万元, and the staff', () => {
    sheet()
    // examples/rd-short.json, 2025: sales 36,000,000 元 = 3,600.00 万元; R&D in-house 1,500,000 元 = 150.00 万元;
    // overseas commissioned R&D answered 0
    expect(cells('销售收入').at(-1)).toBe('3,600.00 万元')
    expect(cells('高新技术产品（服务）收入').at(-1)).toBe('2,600.00 万元')
    // named as the wizard asked it: in-house R&D only, not the whole R&D the ratio uses
    expect(cells('自行研发费用（高企口径）').at(-1)).toBe('150.00 万元')
    expect(within(inputs()).queryByRole('rowheader', { name: '研发费用' })).toBeNull()
    expect(cells('委托境外研发实际支付额（高企口径）').at(-1)).toBe('0.00 万元')
    expect(within(inputs()).getByText('职工总数（高企口径）：200 人、科技人员数（高企口径）：30 人')).toBeTruthy()
  })

  it('says 未填写 for an unanswered amount, never 0', () => {
    const last = profile.years.at(-1)!
    const blank = {
      ...profile,
      years: [...profile.years.slice(0, -1), { ...last, rd: { ...last.rd, entrustedOverseas: undefined } }],
    }
    sheet(blank)
    expect(cells('委托境外研发实际支付额（高企口径）').at(-1)).toBe('未填写')
  })

  it('says 不需填报 for a year the wizard does not ask (high-tech income: the last fiscal year only), not 未填写', () => {
    // rd-short is assessed on 2026-11-26: fiscal years 2023–2025; high-tech income is asked for 2025 alone. Its file
    // holds the earlier years' too, which are shown as given; without them those years were never asked
    sheet()
    expect(cells('高新技术产品（服务）收入')).toEqual(['2,000.00 万元', '2,300.00 万元', '2,600.00 万元'])
    cleanup()
    const years = profile.years.map((y, i) => (i < 2 ? { ...y, hiTechIncome: undefined } : y))
    sheet({ ...profile, years })
    expect(cells('高新技术产品（服务）收入')).toEqual(['不需填报', '不需填报', '2,600.00 万元'])
    // asked for each year: a blank earlier year is 未填写
    const first = profile.years[0]!
    cleanup()
    sheet({ ...profile, years: [{ ...first, salesRevenue: undefined }, ...profile.years.slice(1)] })
    expect(cells('销售收入')[0]).toBe('未填写')
  })
})

describe('PrintSheet notes box', () => {
  it('prints the notes typed before printing, with their line breaks, and nothing when empty', () => {
    sheet()
    expect(screen.queryByRole('region', { name: '备注' })).toBeNull()
    cleanup()
    sheet({ ...profile, notes: '第一行\n<b>第二行</b>' })
    const notes = screen.getByRole('region', { name: '备注' })
    // exact text, line break kept (no whitespace normalising)
    expect(within(notes).getByText('第一行\n<b>第二行</b>', { normalizer: (s) => s })).toBeTruthy()
    // printed as text: no <b> element whose text is 第二行
    expect(within(notes).queryByText('第二行')).toBeNull()
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
    sheet(profile, locality)
    const [, ...rows] = within(screen.getByRole('region', { name: '下一步' })).getAllByRole('row')
    const mine = rows.filter((r) => (r.textContent ?? '').includes(science.name))
    expect(mine.length).toBeGreaterThan(0)
    expect(squash(mine[0]!.textContent)).toContain('电话：0316-7222222')
    expect(squash(mine[0]!.textContent)).toContain('地址：霸州市迎宾道 1 号')
  })
})
