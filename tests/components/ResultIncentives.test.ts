// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import ResultIncentives from '@/components/ResultIncentives.vue'
import type { Incentive } from '@/engine/types'
import { buildAssessment } from './fixtures/assessment'
import { mountResult, textOf } from './fixtures/mount'

const incentives = () => buildAssessment().incentives
const show = (list: Incentive[]) => mountResult(ResultIncentives, { props: { incentives: list } })
const withFigures = (list: Incentive[], id: string, figures: Record<string, number>) =>
  list.map((i) => (i.id === id ? { ...i, figures } : i))

describe('ResultIncentives', () => {
  it('has a row per incentive carrying the engine status, stated in words', () => {
    const { wrapper } = show(incentives())
    const rows = wrapper.findAll('[data-testid^="incentive-"]')
    expect(rows.map((r) => [r.attributes('data-testid'), r.attributes('data-status')])).toEqual(
      incentives().map((i) => [`incentive-${i.id}`, i.status]),
    )
    expect(textOf(wrapper.get('[data-testid="incentive-rd-super-deduction"]'))).toContain('✓ 可享受')
    expect(textOf(wrapper.get('[data-testid="incentive-tech-transfer-exemption"]'))).toContain('✗ 不适用')
    expect(textOf(wrapper.get('[data-testid="incentive-tech-contract-vat-exemption"]'))).toContain('? 待确认')
  })

  it('labels the estimated amounts and states the assumption and tax year once', () => {
    const { wrapper } = show(incentives())
    const row = textOf(wrapper.get('[data-testid="incentive-rd-super-deduction"]'))
    expect(row).toContain('加计扣除比例：100.00%')
    expect(row).toContain('加计扣除额：81.20 万元')
    expect(wrapper.text().split('按2025年数据估算（2026 纳税年度）')).toHaveLength(2)
  })

  it('states a row’s own basis when it differs from the section’s', () => {
    const list = incentives().map((i) => (i.id === 'equipment-one-time-deduction' ? { ...i, basisYear: 2024 } : i))
    const row = textOf(show(list).wrapper.get('[data-testid="incentive-equipment-one-time-deduction"]'))
    expect(row).toContain('一次性扣除额：35.00 万元')
    expect(row).toContain('按2024年数据估算（2026 纳税年度）')
  })

  it('says the small low-profit relief costs less when both rate reliefs apply', () => {
    const choice = textOf(show(incentives()).wrapper.get('[data-testid="rate-choice"]'))
    expect(choice).toContain('两项税率优惠不能叠加')
    expect(choice).toContain('按小型微利企业优惠纳税更省：应纳 12.00 万元，按 15% 税率则应纳 36.00 万元。')
  })

  it('says the 15% rate costs less when the engine’s figures say so', () => {
    const list = withFigures(incentives(), 'small-low-profit', { taxDue: 150_000, taxDueAtHnteRate: 140_000 })
    expect(show(list).wrapper.get('[data-testid="rate-choice"]').text()).toContain('按高新技术企业 15% 税率纳税更省')
  })

  it('names the choice without deciding it when the figures are missing', () => {
    const list = withFigures(incentives(), 'small-low-profit', {})
    expect(show(list).wrapper.get('[data-testid="rate-choice"]').text()).toContain('企业须择一享受')
  })

  it('shows no rate choice unless both reliefs apply', () => {
    const list = incentives().map((i) => (i.id === 'hnte-reduced-rate' ? { ...i, status: 'unknown' as const } : i))
    expect(show(list).wrapper.find('[data-testid="rate-choice"]').exists()).toBe(false)
  })

  it('names a rule outside its period as not in force', () => {
    const list = incentives().map((i) => (i.id === 'small-low-profit' ? { ...i, status: 'not-in-force' as const } : i))
    const row = show(list).wrapper.get('[data-testid="incentive-small-low-profit"]')
    expect(row.attributes('data-status')).toBe('not-in-force')
    expect(textOf(row)).toContain('该年度不在政策有效期内')
  })

  it('renders in English after the language is switched', async () => {
    const { wrapper, setLocale } = show(incentives())
    await setLocale('en')
    const row = textOf(wrapper.get('[data-testid="incentive-rd-super-deduction"]'))
    expect(row).toContain('Applies')
    expect(row).toContain('Extra deduction: CNY 812,000.00')
    expect(wrapper.text()).toContain('Estimated from 2025 figures (tax year 2026)')
  })
})
