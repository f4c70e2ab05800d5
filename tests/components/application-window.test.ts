// @vitest-environment happy-dom
// A three-year R&D shortfall names the application it is for and its years, wherever it is shown, so that the
// results' shortfall (this year's application, closed years) and the planner's amount (next year's, with this
// year's spending) never read as contradicting each other. Worked by hand:
// - ResultsView.test.ts’s near-miss firm (asserted there), assessed on 2026-11-26 (a 2026 application over 2023–2025, 国科发火〔2016〕32号
//   第十一条（五）): sales 1,500 + 1,700 + 1,900 = 5,100万, last year 1,900万 ≤ 5,000万 so 5%: 255万 needed,
//   R&D 70 + 82 + 90 = 242万 → 13.00万 short.
// - the planner's test firm (tests/planner/fixtures.ts): its own 2027 projection (2024–2026) needs 5% × 6,104万 =
//   305.2万 and has 248.416万 → 56.784万 short, said rounded up: 56.79万; with 10万 more in 2026, 46.79万.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import PlannerSection from '@/components/PlannerSection.vue'
import { createAppI18n } from '@/i18n'
import { useDraftStore } from '@/stores/draft'
import { firm } from '../planner/fixtures'
import { makeRouter } from './fixtures/mount'

afterEach(cleanup)

describe('a three-year R&D shortfall', () => {
  it('names the application and the years in each column of the plan: both are the 2027 application', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useDraftStore().replace(firm())
    render(PlannerSection, { global: { plugins: [pinia, createAppI18n(), makeRouter()] } })
    await fireEvent.update(screen.getByLabelText(/^2026年新增研发费用（计入2027年申报）/), '10')
    const table = screen.getByRole('table', { name: /^按2027年申报对比/ })
    const row = within(table).getByRole('row', { name: /^未达到的条件/ })
    const [own, planned] = within(row).getAllByRole('cell')
    expect(own!.textContent).toContain('研发费用占销售收入比例：2027 年申报还差研发费用 56.79 万元（2024–2026 年合计）')
    expect(planned!.textContent).toContain(
      '研发费用占销售收入比例：2027 年申报还差研发费用 46.79 万元（2024–2026 年合计）',
    )
  })
})
