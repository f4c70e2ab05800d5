// @vitest-environment happy-dom
// When only the innovation score stands in the way, the panel names the score as what decides, the levers with
// their points, and the smallest set or that none exists: never an empty panel.
import { describe, it, expect, afterEach } from 'vitest'
import { render, screen, cleanup, within } from '@testing-library/vue'
import PlannerScorePlan from '@/components/PlannerScorePlan.vue'
import { createAppI18n } from '@/i18n'
import type { ScorePlan } from '@/planner'

afterEach(cleanup)
const m = (text: string) => ({ key: 'test.none', text })
const plan = (over: Partial<ScorePlan> = {}): ScorePlan => ({
  score: { min: 62, max: 84, passMark: 71 },
  message: m('是否认定取决于专家评出的创新能力得分'),
  levers: [
    { id: 'standards', label: m('参与编制标准'), gainMin: 2, gainMax: 2, apply: () => {} },
    { id: 'newClassI', label: m('新增 1 项Ⅰ类知识产权'), gainMin: 7, gainMax: 8, apply: () => {} },
  ],
  smallestSet: ['newClassI', 'standards'],
  outcome: m('以下措施合计可使最低得分达到 71 分'),
  evaluations: 3,
  ...over,
})
const show = (p: ScorePlan) => render(PlannerScorePlan, { props: { plan: p }, global: { plugins: [createAppI18n()] } })

describe('PlannerScorePlan', () => {
  it('lists each lever with the points it adds and marks the smallest set', () => {
    show(plan())
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '参与编制标准：+2 分（最少措施组合之一）',
      '新增 1 项Ⅰ类知识产权：最低 +7，最高 +8 分（最少措施组合之一）',
    ])
    expect(screen.getByText('是否认定取决于专家评出的创新能力得分')).toBeTruthy()
    expect(screen.getByText('以下措施合计可使最低得分达到 71 分').tagName).toBe('P')
  })

  it('says so when no lever exists, instead of an empty cell', () => {
    show(plan({ levers: [], smallestSet: undefined, outcome: m('达不到 71 分') }))
    expect(screen.getByText('没有本工具可计算的加分措施。')).toBeTruthy()
    expect(screen.getByText('达不到 71 分').tagName).toBe('P')
    expect(screen.queryByRole('list')).toBeNull()
  })
})
