// Issue #8 §9: a past window is never shown as upcoming. The HNTE batches of a year with no batch ahead, and the
// settlement date of last year's tax (企业所得税法 第五十四条: within five months of the year's end, so by 05-31).
// Expectations worked by hand at each boundary: the last day still open vs the day after.
import { describe, expect, it } from 'vitest'
import { buildChecklist } from '../../../src/rules/checklist/rule'
import { makeContext } from '../../../src/engine/context'
import { messageText, render } from '../../../src/engine/messages'
import { emptyProfile } from '../../../src/profile/types'
import { bazhou } from '../../../src/locality/bazhou'
import type { Locality } from '../../../src/locality/types'
import type { ChecklistItem, Incentive, Message, Program } from '../../../src/engine/types'

const en = (m: Message | undefined) => (m ? render(messageText(m.key, 'en') ?? '', m.params, 'en') : '')
const none: Program = { status: 'ineligible', checks: [], score: { min: 0, max: 0, passMark: 71, parts: [] } }
const eligible: Program = {
  ...none,
  status: 'eligible',
  checks: [{ id: 'hnte.core-ip', status: 'pass', cite: { doc: 'X', article: '1' } }],
}

function list(
  asOf: string,
  incentives: Incentive[] = [],
  locality: Partial<Locality> = {},
  hnte = none,
): ChecklistItem[] {
  const ctx = makeContext(emptyProfile(asOf), { locality: { ...bazhou, ...locality } })
  return buildChecklist(ctx, { hnte, techSme: { ...none, directPass: false }, incentives })
}
const submit = (items: ChecklistItem[]) => items.find((i) => i.id === 'apply.hnte.submit')

describe('HNTE batches with no batch date ahead (provinces run them roughly April–October)', () => {
  it('on 2026-10-31 still points to this year’s notice', () => {
    const item = submit(list('2026-10-31', [], {}, eligible))
    expect(item?.detail?.text).toBe('按省科技厅当年通知（通常4–10月分批）提交申请材料')
    expect(item?.by).toBeUndefined()
  })

  it('from 2026-11-01 says 2026’s batches are normally over and to watch for the 2027 notice', () => {
    for (const asOf of ['2026-11-01', '2026-11-30']) {
      const item = submit(list(asOf, [], {}, eligible))
      expect(item?.detail?.text).toBe(
        '2026 年的申报批次通常已结束（一般4–10月分批）；请关注省科技厅 2027 年的申报通知，按通知提交申请材料',
      )
      expect(en(item?.detail)).toContain('The 2026 batches are normally over')
      expect(en(item?.detail)).toContain('2027 notice')
      expect(item?.by).toBeUndefined()
    }
  })

  it('once every listed batch of the year is past (last 2026-07-17), says so the day after, not on the day', () => {
    const locality = { hnteBatchDeadlines: { '2026': ['2026-05-15', '2026-07-17'] } }
    expect(submit(list('2026-07-17', [], locality, eligible))?.by).toBe('2026-07-17')
    const after = submit(list('2026-07-18', [], locality, eligible))
    expect(after?.by).toBeUndefined()
    expect(after?.detail?.text).toContain('请关注省科技厅 2027 年的申报通知')
  })
})

describe('claims on last year’s tax (tax year 2025: settlement due 2026-05-31)', () => {
  const inc = (id: string, figures: Record<string, number>): Incentive => ({
    id,
    status: 'applicable',
    figures,
    cite: { doc: 'X', article: '1' },
    taxYear: 2025,
    basisYear: 2025,
  })
  // one at a time: both applicable would take the 'choose one' line, which states no date
  const incentives = [inc('small-low-profit', { taxDue: 50_000 }), inc('hnte-reduced-rate', { taxSaving: 80_000 })]
  const claims = (asOf: string) => incentives.flatMap((i) => list(asOf, [i]).filter((c) => c.group === 'claim'))

  it('on 2026-05-31 still offers prepay-and-settle by 2026-05-31', () => {
    const items = claims('2026-05-31')
    expect(items.map((i) => i.by)).toEqual(['2026-05-31', '2026-05-31'])
    for (const i of items) expect(i.detail?.text).toContain('（2026-05-31 前）')
  })

  it('from 2026-06-01 offers no past date: says the 2025 settlement closed and names the next, 2027-05-31', () => {
    for (const asOf of ['2026-06-01', '2026-11-30']) {
      const items = claims(asOf)
      expect(items.map((i) => i.id)).toEqual(['claim.small-low-profit', 'claim.hnte-reduced-rate'])
      for (const i of items) {
        expect(i.by).toBeUndefined()
        expect(i.detail?.text).toBe(
          '2025 年度汇算清缴已于 2026-05-31 截止，不能再按期申报；未享受的，请向主管税务机关咨询更正申报。下一次汇算清缴（2026 年度）截止日为 2027-05-31',
        )
        expect(i.detail?.text).not.toContain('前）')
        expect(en(i.detail)).toContain('The 2025 settlement closed on 2026-05-31')
        expect(en(i.detail)).toContain('due by 2027-05-31')
      }
    }
  })
})
