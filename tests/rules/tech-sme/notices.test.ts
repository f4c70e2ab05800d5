import { describe, expect, it } from 'vitest'
import { makeContext } from '../../../src/engine/context'
import type { Locality } from '../../../src/locality/types'
import { bazhou } from '../../../src/locality/bazhou'
import { standingNotices } from '../../../src/rules/notices'
import { evaluateTechSme } from '../../../src/rules/tech-sme/rule'
import { evaluateIncentives } from '../../../src/rules/incentives'
import { goodFirm, program } from './fixtures'

/** the notices of an assessment run the way assess() runs it: rules first, standing notices last */
function noticesOn(asOf: string, locality?: Locality) {
  const ctx = makeContext(goodFirm(asOf), locality ? { locality } : {})
  const techSme = evaluateTechSme(ctx)
  evaluateIncentives(ctx, program('ineligible'), techSme)
  standingNotices(ctx)
  return ctx.notices
}

describe('standingNotices', () => {
  it.each([
    // issued 2026-01-17 (工信部企业〔2026〕2号): noticed from that day
    ['2026-01-16', false],
    ['2026-01-17', true],
    ['2027-01-15', true],
  ])('shows the 2026 tech-SME reform note on %s: %s', (asOf, shown) => {
    expect(noticesOn(asOf).some((n) => n.id === 'tsme.reform-2026')).toBe(shown)
  })

  it('shows the locality notes (the Hebei SKX register) of the locality it is given', () => {
    expect(noticesOn('2026-07-01', bazhou).some((n) => n.message.text.includes('SKX'))).toBe(true)
  })

  it('shows no county note when no locality is given (the engine defaults to no county)', () => {
    expect(noticesOn('2026-07-01').some((n) => n.message.text.includes('SKX'))).toBe(false)
  })

  it('lists the unverified values the assessment used', () => {
    const after = noticesOn('2026-07-01').find((n) => n.id === 'unverified-params')?.message.text ?? ''
    expect(after).toContain('工信部企业〔2026〕2号')
    expect(after).toContain('财政部 税务总局公告2026年第10号') // VAT exemption continued in 2026
    expect(after).toContain('2026年科技型中小企业评价时间')
    const before = noticesOn('2025-03-01').find((n) => n.id === 'unverified-params')?.message.text ?? ''
    expect(before).not.toContain('工信部企业〔2026〕2号')
    expect(before).not.toContain('2026年第10号')
  })

  it('names the unverified values in English for an English reader', async () => {
    const { catalogues, render } = await import('../../../src/engine/messages')
    const n = noticesOn('2026-07-01').find((x) => x.id === 'unverified-params')!
    const en = render(catalogues.en[n.message.key]!, n.message.params, 'en')
    expect(en).toContain('VAT exemption for technology transfer and development (财政部 税务总局公告2026年第10号)')
    expect(en).toContain('the 2026 tech-SME evaluation window')
    expect(en).not.toMatch(/评价时间|免征增值税/)
  })

  it('has no unverified notice when nothing unverified was used', () => {
    const plain: Locality = { ...bazhou, techSmeWindows: {}, notes: [] }
    expect(noticesOn('2024-07-01', plain).some((n) => n.id === 'unverified-params')).toBe(false)
  })
})

describe('tech-SME registration notice', () => {
  it('gives the evaluation window of the assessment year from the locality settings', () => {
    const n = noticesOn('2026-07-01').find((x) => x.id === 'tsme.registration')
    expect(n?.message.text).toContain('2026-06-01')
    expect(n?.message.text).toContain('2026-08-31')
  })

  it('says the window is not set when the locality has none for that year', () => {
    expect(noticesOn('2024-07-01').find((x) => x.id === 'tsme.registration')?.message.key).toBe(
      'tsme.notice.registration-no-window',
    )
  })
})
