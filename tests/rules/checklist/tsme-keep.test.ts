// issue #8 §9: a registered tech-SME updates its information by 31 March every year or loses its number
// (国科发政〔2017〕115号 第十二条, 第十四条（六）) and reports major changes within 3 months (第十三条); a tech-SME
// window already closed (2026: 2026-06-01 → 2026-08-31) is never shown as upcoming.
import { describe, expect, it } from 'vitest'
import { buildChecklist } from '../../../src/rules/checklist/rule'
import { makeContext } from '../../../src/engine/context'
import { evaluateTechSme } from '../../../src/rules/tech-sme/rule'
import { emptyProfile, type FirmProfile } from '../../../src/profile/types'
import { bazhou } from '../../../src/locality/bazhou'
import type { Program } from '../../../src/engine/types'

const none: Program = { status: 'ineligible', checks: [], score: { min: 0, max: 0, passMark: 71, parts: [] } }
const eligible = { ...none, status: 'eligible' as const, directPass: false }

function checklist(asOf: string, patch: (p: FirmProfile) => void = () => {}, tsme = { ...none, directPass: false }) {
  const p = emptyProfile(asOf)
  patch(p)
  const ctx = makeContext(p, { locality: bazhou })
  return buildChecklist(ctx, { hnte: none, techSme: tsme, incentives: [] })
}

describe('tsme.annual-update', () => {
  it('is due on the next 31 March for a registered firm (2026-11-30 → 2027-03-31)', () => {
    const items = checklist('2026-11-30', (p) => (p.credentials.techSmeRegistrationYear = 2026))
    expect(items.find((i) => i.id === 'tsme.annual-update')).toMatchObject({ group: 'keep', by: '2027-03-31' })
    expect(items.find((i) => i.id === 'tsme.changes')?.title.params).toEqual({ months: 3 })
  })

  it('is due the same year when asked on 31 March itself (the last day still counts)', () => {
    const items = checklist('2026-03-31', (p) => (p.credentials.techSmeRegistrationYear = 2025))
    expect(items.find((i) => i.id === 'tsme.annual-update')?.by).toBe('2026-03-31')
  })

  it('is not listed for a firm neither registered nor applying', () => {
    expect(checklist('2026-11-30').some((i) => i.id === 'tsme.annual-update')).toBe(false)
  })

  it('comes with the steps to apply', () => {
    expect(checklist('2026-05-01', () => {}, eligible).map((i) => i.id)).toEqual(
      expect.arrayContaining(['apply.tsme', 'tsme.annual-update', 'tsme.changes']),
    )
  })
})

describe('a closed tech-SME window', () => {
  it('on 2026-11-30 the 2026 window (to 2026-08-31) is closed: the next one is "not announced", no date', () => {
    const apply = checklist('2026-11-30', () => {}, eligible).find((i) => i.id === 'apply.tsme')
    expect(apply?.detail).toMatchObject({ key: 'checklist.apply.tsme.closed', params: { year: 2026, next: 2027 } })
    expect(apply?.by).toBeUndefined()
  })

  it('on 2026-08-31 (the last day) it is still open', () => {
    const apply = checklist('2026-08-31', () => {}, eligible).find((i) => i.id === 'apply.tsme')
    expect(apply?.by).toBe('2026-08-31')
  })

  it('the registration notice says the 2026 window closed and 2027 is not announced', () => {
    const ctx = makeContext(emptyProfile('2026-11-30'), { locality: bazhou })
    evaluateTechSme(ctx)
    const n = ctx.notices.find((x) => x.id === 'tsme.registration')
    expect(n?.message).toMatchObject({ key: 'tsme.notice.registration-closed', params: { year: 2026, next: 2027 } })
  })
})
