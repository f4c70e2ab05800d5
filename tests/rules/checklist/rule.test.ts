import { describe, expect, it } from 'vitest'
import { buildChecklist } from '../../../src/rules/checklist/rule'
import { makeContext } from '../../../src/engine/context'
import { emptyProfile, type FirmProfile } from '../../../src/profile/types'
import { bazhou } from '../../../src/locality/bazhou'
import type { Locality } from '../../../src/locality/types'
import type { Check, Incentive, Program } from '../../../src/engine/types'

const citeX = { doc: 'X', article: '1' }
const check = (id: string, status: Check['status'], extra: Partial<Check> = {}): Check => ({
  id,
  status,
  cite: citeX,
  ...extra,
})
const program = (status: Program['status'], checks: Check[], score = { min: 80, max: 90 }): Program => ({
  status,
  checks,
  score: { ...score, passMark: 71, parts: [] },
})
const tsme = (status: Program['status'], checks: Check[] = []) => ({ ...program(status, checks), directPass: false })
const incentive = (id: string, status: Incentive['status'], figures: Record<string, number> = {}): Incentive => ({
  id,
  status,
  figures,
  cite: citeX,
  taxYear: 2026,
  basisYear: 2025,
})

function ctxFor(over: Partial<FirmProfile> = {}, locality: Partial<Locality> = {}, asOf = '2026-11-26') {
  return makeContext({ ...emptyProfile(asOf), ...over }, { locality: { ...bazhou, ...locality } })
}

const run = (
  hnte: Program,
  techSme = tsme('ineligible', [check('tsme.industry', 'fail')]),
  incentives: Incentive[] = [],
  ctx = ctxFor(),
) => buildChecklist(ctx, { hnte, techSme, incentives })

describe('buildChecklist: failing and unknown checks', () => {
  it('gives an R&D gap in 万元 with two decimals and the year to act in', () => {
    const items = run(
      program('ineligible', [check('hnte.rd-intensity', 'fail', { unit: 'ratio', gapUnit: 'yuan', gap: 266_000 })]),
    )
    const item = items.find((i) => i.because.includes('hnte.rd-intensity'))
    expect(item).toMatchObject({ group: 'fix', who: '霸州市科技和工业信息化局', by: '2026-12-31' })
    expect(item?.detail?.text).toContain('还差研发费用 26.60 万元')
    expect(item?.detail?.text).toContain('2027 年申报')
  })

  it('rounds a money gap up to the next 0.01 万元, never down', () => {
    const items = run(
      program('ineligible', [
        check('hnte.hitech-income-share', 'fail', { unit: 'ratio', gapUnit: 'yuan', gap: 265_900.01 }),
      ]),
    )
    expect(items[0]?.detail?.text).toContain('26.60 万元')
    const exact = run(
      program('ineligible', [
        check('hnte.hitech-income-share', 'fail', { unit: 'ratio', gapUnit: 'yuan', gap: 265_900 }),
      ]),
    )
    expect(exact[0]?.detail?.text).toContain('26.59 万元')
  })

  it('names the S&T staff to hire in whole persons', () => {
    const items = run(
      program('ineligible', [check('hnte.st-staff-ratio', 'fail', { unit: 'ratio', gapUnit: 'persons', gap: 5 })]),
    )
    expect(items[0]?.detail?.text).toContain('需新增科技人员 5 人')
  })

  it('counts the days to wait and dates the item on the first day registration is met', () => {
    const items = run(program('ineligible', [check('hnte.registered-one-year', 'fail', { unit: 'days', gap: 12 })]))
    expect(items[0]?.detail?.text).toContain('还需等待 12 天')
    expect(items[0]?.by).toBe('2026-12-08')
  })

  it('gives a ratio gap in percentage points when the check states it as a ratio', () => {
    const items = run(program('ineligible', [check('hnte.rd-domestic-share', 'fail', { unit: 'ratio', gap: 0.0123 })]))
    expect(items[0]?.detail?.text).toContain('还差 1.23 个百分点')
  })

  it('sends IP matters to the market regulator and tax-status matters to the tax office', () => {
    const items = run(
      program('ineligible', [check('hnte.core-ip', 'fail')]),
      tsme('ineligible', [check('tsme.resident', 'fail')]),
    )
    expect(items.map((i) => [i.id, i.who])).toEqual([
      ['fix.hnte.core-ip', '霸州市市场监督管理局'],
      ['fix.tsme.resident', '国家税务总局霸州市税务局'],
    ])
  })

  it('gives an answer item naming the fields for every unknown check', () => {
    const items = run(
      program('incomplete', [check('hnte.tech-field', 'unknown', { fields: ['company.techField'] })]),
      tsme('incomplete', [check('tsme.staff-limit', 'unknown', { fields: ['staff.total'] })]),
    )
    expect(items.map((i) => [i.id, i.group, i.who])).toEqual([
      ['answer.hnte.tech-field', 'answer', '霸州市科技和工业信息化局'],
      ['answer.tsme.staff-limit', 'answer', '霸州市统计局'],
    ])
    expect(items[0]?.detail?.text).toContain('company.techField')
  })

  it('for an unknown score lists the fields of the parts still open', () => {
    const hnte = program('borderline', [check('hnte.innovation-score', 'unknown')], { min: 65, max: 80 })
    hnte.score.parts = [
      { id: 'hnte.score.ip', min: 10, max: 20, cap: 30, cite: citeX, fields: ['ip.advancement'] },
      { id: 'hnte.score.growth-sales', min: 5, max: 5, cap: 10, cite: citeX, fields: ['years.2025.salesRevenue'] },
    ]
    const item = run(hnte).find((i) => i.id === 'answer.hnte.innovation-score')
    expect(item?.detail?.text).toContain('ip.advancement')
    expect(item?.detail?.text).not.toContain('salesRevenue')
  })

  it('gives no fix or answer item for passing checks', () => {
    const items = run(program('ineligible', [check('hnte.core-ip', 'pass'), check('hnte.tech-field', 'fail')]))
    expect(items.filter((i) => i.group === 'fix' || i.group === 'answer').map((i) => i.because)).toEqual([
      ['hnte.tech-field'],
      ['tsme.industry'],
    ])
  })
})

describe('buildChecklist: applying', () => {
  const eligible = program('eligible', [check('hnte.core-ip', 'pass')])

  it('lists the HNTE steps with the documents, without a date when the province has published none', () => {
    // 2026-10-31: the last day of the usual April–October batches, so this year's notice is still the one to follow
    const items = run(eligible, undefined, [], ctxFor({}, {}, '2026-10-31')).filter((i) => i.group === 'apply')
    expect(items.map((i) => i.id)).toEqual(['apply.hnte.audit', 'apply.hnte.register', 'apply.hnte.submit'])
    const submit = items[2]
    expect(submit?.detail?.text).toContain('按省科技厅当年通知（通常4–10月分批）')
    expect(submit?.by).toBeUndefined()
    expect(submit?.documents?.some((d) => d.includes('专项审计'))).toBe(true)
    expect(items[0]?.detail?.text).toContain('2023、2024、2025')
  })

  it('dates the HNTE steps with the next batch deadline, rolling over to next year', () => {
    const locality = { hnteBatchDeadlines: { '2026': ['2026-09-24', '2026-11-26'], '2027': ['2027-05-15'] } }
    expect(run(eligible, undefined, [], ctxFor({}, locality)).find((i) => i.id === 'apply.hnte.submit')?.by).toBe(
      '2026-11-26',
    )
    const later = ctxFor({}, locality, '2026-11-27')
    expect(run(eligible, undefined, [], later).find((i) => i.id === 'apply.hnte.submit')?.by).toBe('2027-05-15')
  })

  it('gives apply steps for a borderline program but not for an ineligible or incomplete one', () => {
    expect(run(program('borderline', [])).some((i) => i.group === 'apply')).toBe(true)
    expect(run(program('incomplete', [])).some((i) => i.group === 'apply')).toBe(false)
  })

  it('points a tech-SME to the platform and the window, next year’s once this year’s has closed', () => {
    const open = ctxFor({}, {}, '2026-05-01')
    const inWindow = run(program('ineligible', []), tsme('eligible'), [], open).find((i) => i.id === 'apply.tsme')
    expect(inWindow?.by).toBe('2026-08-31')
    expect(inWindow?.detail?.text).toContain('优质中小企业梯度培育平台')
    expect(inWindow?.detail?.text).toContain('二手资料') // bazhou's 2026 window is [3P]
    const locality = { techSmeWindows: { ...bazhou.techSmeWindows, '2027': { from: '2027-06-01', to: '2027-08-31' } } }
    const closed = run(program('ineligible', []), tsme('eligible'), [], ctxFor({}, locality)).find(
      (i) => i.id === 'apply.tsme',
    )
    expect(closed?.by).toBe('2027-08-31')
    expect(run(program('ineligible', []), tsme('eligible')).find((i) => i.id === 'apply.tsme')?.by).toBeUndefined()
  })
})

describe('buildChecklist: claiming and keeping', () => {
  it('explains how and by when to claim the super deduction', () => {
    const items = run(program('ineligible', []), undefined, [
      incentive('rd-super-deduction', 'applicable', { rate: 1, extraDeduction: 1_234_567.89 }),
    ])
    const item = items.find((i) => i.id === 'claim.rd-super-deduction')
    expect(item).toMatchObject({ group: 'claim', by: '2027-05-31', who: '国家税务总局霸州市税务局' })
    // assessed 2026-11-26: the July and October 2026 filings are over; only the settlement is still ahead
    expect(item?.detail?.text).toMatch(/研发支出辅助账.*A107012.*2027-05-31 前汇算清缴/)
    expect(item?.detail?.text).not.toMatch(/7月|10月/)
    expect(item?.detail?.text).toContain('123.46 万元')
  })

  it('says the small low-profit relief beats the HNTE rate when both apply', () => {
    const both = [
      incentive('hnte-reduced-rate', 'applicable', { taxSaving: 100_000 }),
      incentive('small-low-profit', 'applicable', { taxDue: 50_000 }),
    ]
    const item = run(program('eligible', []), undefined, both).find((i) => i.id === 'claim.hnte-reduced-rate')
    expect(item?.detail?.text).toContain('不叠加')
    const alone = run(program('eligible', []), undefined, [both[0]!]).find((i) => i.id === 'claim.hnte-reduced-rate')
    expect(alone?.detail?.text).not.toContain('不叠加')
  })

  it('sends technology contracts to the science bureau first', () => {
    const items = run(program('ineligible', []), undefined, [
      incentive('tech-transfer-exemption', 'applicable', { exemptIncome: 5e6, halvedIncome: 1e6, taxDue: 125_000 }),
      incentive('tech-contract-vat-exemption', 'applicable'),
    ])
    expect(items.filter((i) => i.group === 'claim').map((i) => i.who)).toEqual([
      '霸州市科技和工业信息化局',
      '霸州市科技和工业信息化局',
    ])
    expect(items.find((i) => i.id === 'claim.tech-transfer-exemption')?.detail?.text).toContain('免税 500.00 万元')
  })

  it('asks for answers on unknown incentives and says nothing of inapplicable ones', () => {
    const items = run(program('ineligible', []), undefined, [
      incentive('small-low-profit', 'unknown'),
      incentive('equipment-one-time-deduction', 'not-applicable'),
    ])
    const asked = items.filter((i) => i.because.includes('small-low-profit'))
    expect(asked.map((i) => [i.group, i.title.text])).toEqual([['answer', '补充应纳税所得额、从业人数和资产总额']])
    expect(items.some((i) => i.because.includes('equipment-one-time-deduction'))).toBe(false)
  })

  it('keeps a valid certificate: report by 31 May, changes in 3 months, re-apply in the expiry year', () => {
    const ctx = ctxFor({ credentials: { hnteCertifiedOn: '2024-12-10' } })
    const items = run(program('eligible', []), undefined, [], ctx)
    const keep = items.filter((i) => i.group === 'keep' && i.id.startsWith('keep.hnte'))
    expect(keep.map((i) => i.id)).toEqual(['keep.hnte.report', 'keep.hnte.changes', 'keep.hnte.reapply'])
    expect(keep[0]?.by).toBe('2027-05-31')
    expect(keep[1]?.title.text).toContain('3 个月')
    expect(keep[2]?.detail?.text).toMatch(/2027-12-09.*2027 年重新申报/)
    // valid beyond this year: no application now
    expect(items.some((i) => i.id.startsWith('apply.hnte'))).toBe(false)
  })

  it('asks a firm whose certificate expires this year to apply again', () => {
    const ctx = ctxFor({ credentials: { hnteCertifiedOn: '2023-12-20' } })
    const ids = run(program('eligible', []), undefined, [], ctx).map((i) => i.id)
    expect(ids).toContain('apply.hnte.submit')
    expect(ids).toContain('keep.hnte.reapply')
  })

  it('has no keep items for an expired certificate', () => {
    const ctx = ctxFor({ credentials: { hnteCertifiedOn: '2023-11-26' } })
    expect(run(program('eligible', []), undefined, [], ctx).some((i) => i.id.startsWith('keep.hnte'))).toBe(false)
  })

  it('orders the groups fix, answer, apply, claim, keep', () => {
    const items = run(
      program('borderline', [check('hnte.innovation-score', 'unknown')]),
      tsme('eligible'),
      [incentive('rd-super-deduction', 'applicable', { extraDeduction: 1 })],
      ctxFor({ credentials: { hnteCertifiedOn: '2025-01-01' } }),
    )
    const order = ['fix', 'answer', 'apply', 'claim', 'keep']
    const groups = items.map((i) => order.indexOf(i.group))
    expect(groups).toEqual([...groups].sort((a, b) => a - b))
  })

  it('renders every item title in English too', async () => {
    const { catalogues } = await import('../../../src/engine/messages')
    const items = run(
      program('borderline', [check('hnte.innovation-score', 'unknown'), check('hnte.core-ip', 'fail')]),
      tsme('eligible'),
      [
        incentive('rd-super-deduction', 'applicable'),
        incentive('hnte-reduced-rate', 'applicable'),
        incentive('small-low-profit', 'applicable'),
        incentive('tech-transfer-exemption', 'applicable'),
        incentive('equipment-one-time-deduction', 'applicable'),
        incentive('tech-contract-vat-exemption', 'applicable'),
        incentive('loss-carryforward-10y', 'applicable'),
      ],
      ctxFor({ credentials: { hnteCertifiedOn: '2025-01-01' } }),
    )
    for (const i of items) {
      expect(catalogues.en[i.title.key], i.title.key).toBeTruthy()
      if (i.detail) expect(catalogues.en[i.detail.key], i.detail.key).toBeTruthy()
      expect(i.title.text).not.toBe(i.title.key)
    }
  })
})
