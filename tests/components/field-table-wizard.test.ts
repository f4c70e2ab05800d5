// @vitest-environment happy-dom
// The field table reaches every screen: each row is asked in the wizard, shown on the review page and a column of
// the batch template; and the new questions of issue #8 behave as a user sees them.
import { describe, it, expect, vi, afterEach } from 'vitest'
import { screen, within } from '@testing-library/vue'
import { ANSWERERS, FIELDS, fieldLabel } from '../../src/fields'
import { templateColumns } from '../../src/batch/template'
import { QUESTION_STEPS, stepFields } from '../../src/wizard/steps'
import { emptyProfile } from '../../src/profile/types'
import { askedProfile } from '../../src/wizard/asked'
import { mountAt } from './wizard-harness'
import { accessibleDescription } from './accessible'

vi.mock('../../src/rules/index', () => ({ assess: () => ({}) }))

const YEARS = [2023, 2024, 2025]
/** the table's paths as the wizard asks them for an assessment on 2026-05-20 of a firm registered in 2015 */
const asked = (path: string): string[] =>
  !path.startsWith('years.')
    ? [path]
    : FIELDS.find((f) => f.path === path)?.years === 'last'
      ? [path.replace('*', '2025')]
      : YEARS.map((y) => path.replace('*', String(y)))

/** the roles a question's control takes: an input, a catalogue's list, a choice's group (named by its legend) */
const ROLES = ['textbox', 'listbox', 'group'] as const

/** the controls named by `label` (a choice: its group, by the legend), for a fiscal year: within that year's group */
function controls(path: string, label: string): { el: HTMLElement; role: string }[] {
  const year = /^years\.(\d{4})\./.exec(path)?.[1]
  const years = year ? screen.queryAllByRole('group', { name: (n) => n.includes(`${year}`) && !n.includes(label) }) : []
  return ROLES.flatMap((role) =>
    screen.queryAllByRole(role, { name: (n) => n.startsWith(label) }).map((el) => ({ el, role })),
  ).filter(({ el }) => !year || years.some((g) => g.contains(el)))
}

const firm = (draft: { setText: (p: string, t: string) => unknown }) => {
  draft.setText('company.registeredOn', '2015-03-01')
  // the tech-SME counts are shown when the firm says they differ (an answer there ticks the box)
  draft.setText('staff.totalSme', '20')
}

describe('every row of the field table', () => {
  let unmount: (() => void) | undefined
  afterEach(() => unmount?.())

  it('is a column of the batch template', () => {
    const paths = new Set(templateColumns('2026-11-26', true).map((c) => c.path.replace(/^years\.\d+\./, 'years.*.')))
    expect(FIELDS.map((f) => f.path).filter((p) => !paths.has(p))).toEqual([])
  })

  it('is asked in the wizard, on its step, with its label', async () => {
    const profile = { ...emptyProfile('2026-05-20'), company: { registeredOn: '2015-03-01' } }
    const listed = QUESTION_STEPS.flatMap((s) => stepFields(s, profile))
    for (const f of FIELDS.filter((x) => x.step !== 'start'))
      expect(listed, f.path).toEqual(expect.arrayContaining(asked(f.path)))
    for (const step of QUESTION_STEPS) {
      const { wrapper } = await mountAt(`/step/${step}`, firm)
      unmount = () => wrapper.unmount()
      for (const f of FIELDS.filter((x) => x.step === step))
        for (const p of asked(f.path)) {
          const label = fieldLabel(f.path, 'zh-CN')
          const found = await vi.waitFor(() => {
            const c = controls(p, label)
            if (!c.length) throw new Error(`no control named ${label} for ${p}`)
            return c
          })
          // one question, one control: the label names it (per year, within the year's group)
          expect(found, p).toHaveLength(1)
          // who answers is read with the question (its accessible description)
          expect(accessibleDescription(found[0]!.el, found[0]!.role), p).toContain(
            `填写人：${ANSWERERS[f.answerer].zh}`,
          )
        }
      wrapper.unmount()
      unmount = undefined
    }
  }, 60_000)

  it('is shown on the review page', async () => {
    const { wrapper } = await mountAt('/review', firm)
    unmount = () => wrapper.unmount()
    const terms = await vi.waitFor(() => {
      const dts = screen.queryAllByRole('term').map((d) => d.textContent ?? '')
      if (dts.length < 40) throw new Error('review not rendered')
      return dts
    })
    for (const f of FIELDS.filter((x) => x.step !== 'start'))
      for (const p of asked(f.path)) {
        const year = /^years\.(\d+)\./.exec(p)?.[1]
        expect(terms, p).toContain((year ? `${year} 年度 ` : '') + fieldLabel(f.path, 'zh-CN'))
      }
  })
})

describe('the new questions', () => {
  let unmount: (() => void) | undefined
  afterEach(() => unmount?.())

  it('asks a deemed-taxed firm only what small low-profit relief needs, and assesses nothing else it typed', async () => {
    const { wrapper, draft } = await mountAt('/step/tax', (d) => {
      firm(d)
      d.setValue('company.taxCollection', 'deemed')
      d.setText('tax.techTransferIncome', '600')
    })
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => screen.getByLabelText(/应纳税所得额/))
    expect(screen.queryByLabelText(/技术转让所得/)).toBeNull()
    expect(screen.getByRole('group', { name: '估算哪一个纳税年度的企业所得税？' })).toBeTruthy()
    expect(screen.getByLabelText(/全年季度平均从业人数/)).toBeTruthy()
    expect(screen.getByLabelText(/全年季度平均资产总额/)).toBeTruthy()
    // kept, as typed, but not assessed
    expect(draft.profile.tax.techTransferIncome).toBe(6_000_000)
    expect(askedProfile(draft.profile).tax.techTransferIncome).toBeUndefined()
  })

  it('suggests last year’s annual settlement between 1 January and 31 May, and stores the year chosen', async () => {
    const { wrapper, draft } = await mountAt('/step/tax', firm)
    unmount = () => wrapper.unmount()
    const group = await vi.waitFor(() => screen.getByRole('group', { name: '估算哪一个纳税年度的企业所得税？' }))
    expect(group.textContent).toContain('通常应选“上年度（2025 年）汇算清缴”')
    within(group).getByLabelText('上年度（2025 年）汇算清缴').click()
    await vi.waitFor(() => expect(draft.profile.tax.taxYear).toBe(2025))
  })

  it('writes 0 for every year with one “无”, shows 无 when all are 0, and refuses 无 over a typed amount', async () => {
    const { wrapper, draft } = await mountAt('/step/rd', firm)
    unmount = () => wrapper.unmount()
    const q = await vi.waitFor(() => screen.getByRole('group', { name: '各年度有无委托境外研发？' }))
    within(q).getByLabelText('否').click()
    await vi.waitFor(() => expect(YEARS.map((y) => draft.answer(`years.${y}.rd.entrustedOverseas`))).toEqual([0, 0, 0]))
    expect((within(q).getByLabelText('否') as HTMLInputElement).checked).toBe(true)
    const other = screen.getByRole('group', { name: '各年度有无委托境内研发？' })
    draft.setText('years.2024.rd.entrustedDomestic', '12')
    await wrapper.vm.$nextTick()
    within(other).getByLabelText('否').click()
    await vi.waitFor(() => expect(other.textContent).toContain('2024年 委托境内研发实际支付额（高企口径）已填写不为 0'))
    expect(draft.answer('years.2023.rd.entrustedDomestic')).toBeUndefined()
    expect(draft.answer('years.2024.rd.entrustedDomestic')).toBe(120_000)
  })
})

describe('who answers', () => {
  it('is said beside a question, in Chinese and in English', async () => {
    const zh = await mountAt('/step/finance', firm)
    const year = await vi.waitFor(() => screen.getByRole('group', { name: /2025/ }))
    const sales = within(year).getByRole('textbox', { name: /^销售收入\s*（万元）$/ })
    expect(accessibleDescription(sales, 'textbox')).toMatch(/^填写人：财务负责人。 主营业务收入/)
    zh.wrapper.unmount()
    const en = await mountAt('/step/ip', firm, 'en')
    const classI = await vi.waitFor(() => screen.getByRole('textbox', { name: /Class I IP/ }))
    expect(accessibleDescription(classI, 'textbox')).toContain('Answered by: Head of technology.')
    en.wrapper.unmount()
  })
})
