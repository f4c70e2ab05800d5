// @vitest-environment happy-dom
// The incentives table read by role and words: each incentive's row by its name, the rate choice as a note.
import { afterEach, describe, it, expect } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { nextTick } from 'vue'
import ResultIncentives from '@/components/ResultIncentives.vue'
import type { Incentive } from '@/engine/types'
import { buildAssessment } from './fixtures/assessment'
import { makeI18n, makeRouter } from './fixtures/mount'

const incentives = () => buildAssessment().incentives
function show(list: Incentive[]) {
  const i18n = makeI18n()
  const view = render(ResultIncentives, {
    props: { incentives: list },
    global: { plugins: [createPinia(), i18n, makeRouter()] },
  })
  const setLocale = async (l: 'zh-CN' | 'en') => {
    i18n.global.locale.value = l
    await nextTick()
  }
  return { ...view, setLocale }
}
afterEach(cleanup)
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ')
/** the row of one incentive, by the name its row header shows */
const row = (name: string | RegExp) =>
  within(screen.getByRole('table', { name: '税收优惠' })).getByRole('row', {
    name: typeof name === 'string' ? new RegExp(`^${name}`) : name,
  })
const note = () => screen.getByRole('note')
const withFigures = (list: Incentive[], id: string, figures: Record<string, number>) =>
  list.map((i) => (i.id === id ? { ...i, figures } : i))

describe('ResultIncentives', () => {
  it('has a row per incentive carrying the engine status, stated in words', () => {
    show(incentives())
    const [, ...rows] = within(screen.getByRole('table', { name: '税收优惠' })).getAllByRole('row')
    // the hooks the browser tests read (issue #3), one per incentive in the engine's order
    expect(rows.map((r) => [r.getAttribute('data-testid'), r.getAttribute('data-status')])).toEqual(
      incentives().map((i) => [`incentive-${i.id}`, i.status]),
    )
    expect(textOf(row('研发费用加计扣除'))).toContain('✓ 可享受')
    expect(textOf(row('技术转让所得减免'))).toContain('✗ 不适用')
    expect(textOf(row('技术合同增值税免税'))).toContain('? 待确认')
  })

  it('labels the estimated amounts and states the assumption and tax year once', () => {
    const { container } = show(incentives())
    const rd = textOf(row('研发费用加计扣除'))
    expect(rd).toContain('加计扣除比例：100.00%')
    expect(rd).toContain('加计扣除额：81.20 万元')
    expect(textOf(container).split('按2025年数据估算（2026 纳税年度）')).toHaveLength(2)
  })

  it('states a row’s own basis when it differs from the section’s', () => {
    const list = incentives().map((i) => (i.id === 'equipment-one-time-deduction' ? { ...i, basisYear: 2024 } : i))
    show(list)
    const equipment = textOf(row('设备器具一次性税前扣除'))
    expect(equipment).toContain('一次性扣除额：35.00 万元')
    expect(equipment).toContain('按2024年数据估算（2026 纳税年度）')
  })

  it('says the small low-profit relief costs less when both rate reliefs apply', () => {
    show(incentives())
    const choice = textOf(note())
    expect(choice).toContain('两项税率优惠不能叠加')
    expect(choice).toContain('按小型微利企业优惠纳税更省：应纳 12.00 万元，按 15% 税率则应纳 36.00 万元。')
  })

  it('says the 15% rate costs less when the engine’s figures say so', () => {
    const list = withFigures(incentives(), 'small-low-profit', { taxDue: 150_000, taxDueAtHnteRate: 140_000 })
    show(list)
    expect(textOf(note())).toContain('按高新技术企业 15% 税率纳税更省')
  })

  it('names the choice without deciding it when the figures are missing', () => {
    const list = withFigures(incentives(), 'small-low-profit', {})
    show(list)
    expect(textOf(note())).toContain('企业须择一享受')
  })

  it('shows no rate choice unless both reliefs apply', () => {
    const list = incentives().map((i) => (i.id === 'hnte-reduced-rate' ? { ...i, status: 'unknown' as const } : i))
    show(list)
    expect(screen.queryByRole('note')).toBeNull()
  })

  it('names a rule outside its period as not in force', () => {
    const list = incentives().map((i) => (i.id === 'small-low-profit' ? { ...i, status: 'not-in-force' as const } : i))
    show(list)
    expect(textOf(row('小型微利企业所得税优惠'))).toContain('该年度不在政策有效期内')
  })

  it('renders in English after the language is switched', async () => {
    const { container, setLocale } = show(incentives())
    await setLocale('en')
    const rd = textOf(within(container as HTMLElement).getByRole('row', { name: /^R&D super deduction/i }))
    expect(rd).toContain('Applies')
    expect(rd).toContain('Extra deduction: CNY 812,000.00')
    expect(textOf(container)).toContain('Estimated from 2025 figures (tax year 2026)')
  })
})
