// Issue #8 §1–2: a checklist line never rests on an incentive or programme the firm is barred from, and a dated
// step never offers a date already past. Expectations worked from the law, not from the code's output.
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/rules'
import { buildChecklist } from '../../../src/rules/checklist/rule'
import { makeContext } from '../../../src/engine/context'
import { messageText, render } from '../../../src/engine/messages'
import type { FirmProfile } from '../../../src/profile/types'
import { emptyProfile } from '../../../src/profile/types'
import { bazhou } from '../../../src/locality/bazhou'
import type { ChecklistItem, Incentive, Message } from '../../../src/engine/types'
import certified from '../../../examples/certified.json'

const en = (m: Message | undefined) => (m ? render(messageText(m.key, 'en') ?? '', m.params, 'en') : '')

describe('a deemed-taxed (核定征收) certified firm (国税函〔2009〕377号 第一条第（一）项)', () => {
  const profile = structuredClone(certified) as unknown as FirmProfile
  profile.company.taxCollection = 'deemed'
  profile.assessmentDate = '2026-11-30'
  const list = assess(profile, { locality: bazhou }).checklist

  it('keeps the certificate duties but none rests on the 15% rate it cannot have', () => {
    expect(list.filter((i) => i.because.includes('hnte-reduced-rate'))).toEqual([])
    const reapply = list.find((i) => i.id === 'keep.hnte.reapply')
    expect(reapply?.detail?.text).toContain('国税函〔2009〕377号')
    expect(reapply?.detail?.text).not.toContain('可暂按15%预缴')
    expect(en(reapply?.detail)).toContain('cannot prepay or claim at 15%')
    expect(list.map((i) => i.id)).toContain('keep.hnte.report')
  })

  it('builds no tax basis from a deduction it cannot have (no super deduction, no transfer relief)', () => {
    const e = assess(profile, { locality: bazhou }).taxEstimate
    // the example's taxable income 360万 stays the base
    expect(e?.deductions).toEqual([])
    expect(e?.taxableIncomeAfter).toBe(3_600_000)
  })

  it('names only the blocker of tech-SME (查账征收 required), not the score it lacks', () => {
    const tsme = list.filter((i) => i.id.startsWith('fix.tsme.') || i.id.startsWith('answer.tsme.'))
    expect(tsme.map((i) => i.id)).toEqual(['fix.tsme.resident'])
    expect(tsme[0]?.detail?.text).toContain('不再列出')
    expect(en(tsme[0]?.detail)).toContain('nothing else can pass the firm')
  })
})

describe('R&D extra deduction at prepayment (2023年第11号; filed within 15 days of the quarter, 企业所得税法 第五十四条)', () => {
  const rd = (taxYear: number): Incentive => ({
    id: 'rd-super-deduction',
    status: 'applicable',
    figures: { extraDeduction: 1_000_000 },
    cite: { doc: 'X', article: '1' },
    taxYear,
    basisYear: taxYear - 1,
  })
  const items = (asOf: string, taxYear = 2026): ChecklistItem[] => {
    const ctx = makeContext(emptyProfile(asOf), { locality: bazhou })
    const none = { status: 'ineligible' as const, checks: [], score: { min: 0, max: 0, passMark: 71, parts: [] } }
    return buildChecklist(ctx, { hnte: none, techSme: { ...none, directPass: false }, incentives: [rd(taxYear)] })
  }
  const prepay = (list: ChecklistItem[]) => list.filter((i) => i.id.startsWith('claim.rd-super-deduction.prepay'))

  it('on 2026-11-30 offers neither July nor October, only the settlement by 2027-05-31', () => {
    const list = items('2026-11-30')
    expect(prepay(list)).toEqual([])
    const claim = list.find((i) => i.id === 'claim.rd-super-deduction')
    expect(claim?.by).toBe('2027-05-31')
    expect(claim?.detail?.text).not.toMatch(/7月|10月/)
    expect(en(claim?.detail)).not.toMatch(/July|October/)
  })

  it('after the July filing closes (2026-07-16) offers October only, due 2026-10-15', () => {
    const list = prepay(items('2026-07-16'))
    expect(list.map((i) => [i.id, i.by])).toEqual([['claim.rd-super-deduction.prepay.q3', '2026-10-15']])
    expect(list[0]?.title.text).toBe('10月预缴申报时就前三季度研发费用享受加计扣除')
    expect(en(list[0]?.detail)).toContain('by 2026-10-15')
  })

  it('on the July filing’s last day (2026-07-15) still offers both', () => {
    expect(prepay(items('2026-07-15')).map((i) => i.by)).toEqual(['2026-07-15', '2026-10-15'])
  })

  it('for last year’s settlement (tax year 2025, assessed 2026-03-01) offers no prepayment', () => {
    expect(prepay(items('2026-03-01', 2025))).toEqual([])
  })
})

describe('the planner names the blocker no planned change can reach (国科火字〔2022〕67号: 查账征收)', () => {
  it('lists 居民企业、查账征收 as what cannot be met for a deemed-taxed firm', async () => {
    const { findPaths } = await import('../../../src/planner/cheapest-path')
    const profile = structuredClone(certified) as unknown as FirmProfile
    profile.company.taxCollection = 'deemed'
    profile.assessmentDate = '2026-11-30'
    const report = findPaths(profile, 'techSme')
    expect(report.blockedBy).toEqual(['tsme.resident'])
    expect(report.paths).toEqual([])
    // the failing check names the answer that decides it (company.taxCollection), which no lever touches: it is
    // known out of reach from the baseline alone, without probing any lever
    expect(report.evaluations).toBe(1)
  })
})
