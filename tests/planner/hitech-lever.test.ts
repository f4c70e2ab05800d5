// issue #8 §8: the high-tech income lever acts on 2026 (the assessment year, still open) and counts for the 2027
// application, whose "近一年" is 2026 (国科发火〔2016〕32号 第十一条（六）: 近一年高新技术产品（服务）收入占企业同期总收入
// 的比例不低于60%). The closed 2025 is never changed.
//
// Worked by hand. The firm's own growth: sales 1,400万 → 1,960万 = +40%; 2025 R&D 196万 ÷ 1,960万 = 10%.
// 2025 high-tech income 1,000.0005万 (10,000,000.05 yuan): 2026 = 1,000,000,005 fen × 1.4 = 1,400,000,007 fen
// = 14,000,000.07 (H); 2026 total income 19,600,000 × 1.4 = 27,440,000 (T). Share 51.02% < 60%.
// New income x raises both: (H + x) / (T + x) ≥ 0.6 ⇔ x ≥ (0.6T − H) / 0.4 = 2,463,999.93 / 0.4 = 6,159,999.825
// → 6,159,999.83 to the fen. Check: 20,159,999.90 ≥ 0.6 × 33,599,999.83 = 20,159,999.898 ✓;
// one fen less: 20,159,999.89 < 0.6 × 33,599,999.82 = 20,159,999.892 ✗.
// The sales rise with it: R&D 2024–2026 = 100万 + 196万 + 274.4万 = 570.4万 on 6,104万 + x ≈ 6.9% ≥ 5%: still holds.
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/rules'
import { applyLevers, baselineFor, NO_LEVERS } from '../../src/planner/levers'
import { cheapestPaths } from '../../src/planner/cheapest-path'
import { messageText, render } from '../../src/engine/messages'
import { firm } from './fixtures'

const p = () =>
  firm([800_000, 1_000_000, 1_960_000], (x) => {
    x.years.find((y) => y.year === 2025)!.hiTechIncome = 10_000_000.05
  })
const NEED = 6_159_999.83
const hnte = (x: number) => assess(applyLevers(p(), { ...NO_LEVERS, extraHiTechIncomeYuan: x })).hnte
const share = (x: number) => hnte(x).checks.find((c) => c.id === 'hnte.hitech-income-share')!

describe('extra high-tech income in 2026, for the 2027 application', () => {
  it('fails in the firm’s own 2027 projection', () => {
    const own = assess(baselineFor(p(), { ...NO_LEVERS, extraHiTechIncomeYuan: 1 })).hnte
    expect(own.checks.find((c) => c.id === 'hnte.hitech-income-share')!.status).toBe('fail')
  })

  it('passes at exactly 6,159,999.83 yuan and fails one fen less', () => {
    expect(share(NEED).status).toBe('pass')
    expect(hnte(NEED).status).toBe('eligible')
    expect(share(NEED - 0.01).status).toBe('fail')
    expect(hnte(NEED - 0.01).status).not.toBe('eligible')
  })

  it('is the cheapest path’s amount, for 2027, named with its year and application', () => {
    const step = cheapestPaths(p(), 'hnte').find((s) => s.lever === 'extraHiTechIncomeYuan')!
    expect(step).toMatchObject({ amount: NEED, applicationYear: 2027, status: 'eligible', minimal: true })
    const zh = render(messageText(step.label.key, 'zh-CN')!, step.label.params, 'zh-CN')
    expect(zh).toContain('2026 年高新技术产品（服务）收入增加')
    expect(zh).toContain('计入 2027 年申报')
  })
})
