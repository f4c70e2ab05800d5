import { describe, expect, it } from 'vitest'
import { rdIntensityCliff, smallLowProfitCliff } from '../../src/planner/cliffs'
import { assess } from '../../src/rules'
import { firm } from './fixtures'

describe('rdIntensityCliff', () => {
  it('steps exactly at 5,000万 and 2亿 (from the HNTE parameters), each limit in the lower band', () => {
    const c = rdIntensityCliff(firm())!
    expect(c.limits).toEqual([50_000_000, 200_000_000])
    expect(c.requirement.slice(0, 5)).toEqual([
      { x: 0, y: 0.05 },
      { x: 50_000_000, y: 0.05 },
      { x: 50_000_000, y: 0.04 },
      { x: 200_000_000, y: 0.04 },
      { x: 200_000_000, y: 0.03 },
    ])
    expect(c.text[0]?.text).toContain('5,000.00 万元（含）')
  })

  it('places the firm where the engine does', () => {
    const p = firm()
    const check = assess(p).hnte.checks.find((x) => x.id === 'hnte.rd-intensity')!
    const c = rdIntensityCliff(p)!
    expect(c.firm).toEqual({ lastSales: 19_600_000, intensity: check.value, threshold: 0.05 })
    expect(c.text.at(-1)?.text).toContain('1,960.00 万元')
  })
})

describe('smallLowProfitCliff', () => {
  it('jumps from 5% to 25% of the whole income one fen above 300万', () => {
    const c = smallLowProfitCliff(firm())
    const slp = c.series.find((s) => s.id === 'small-low-profit')!
    expect(c.limit).toBe(3_000_000)
    expect(slp.points.slice(1, 3)).toEqual([
      { x: 3_000_000, y: 150_000 },
      { x: 3_000_000.01, y: 750_000 },
    ])
    expect(c.firm?.taxDue).toEqual({ standard: 500_000, hnte: 300_000, 'small-low-profit': 100_000 })
  })

  it('falls to 15% above the limit for an HNTE', () => {
    const slp = smallLowProfitCliff(firm(), true).series.find((s) => s.id === 'small-low-profit')!
    expect(slp.points[2]).toEqual({ x: 3_000_000.01, y: 450_000 })
  })

  it('has no 小型微利 series in a year the incentive is not in force', () => {
    const c = smallLowProfitCliff(firm(undefined, (p) => (p.assessmentDate = '2028-06-30')))
    expect(c.series.map((s) => s.id)).toEqual(['standard', 'hnte'])
    expect(c.text.map((m) => m.text).join()).toContain('不在有效期内')
  })

  it('has its text equivalents and legend in English too', async () => {
    const { catalogues, render } = await import('../../src/engine/messages')
    const c = smallLowProfitCliff(firm())
    const en = [...c.text, ...c.series.map((s) => s.label)].map((m) => render(catalogues.en[m.key]!, m.params, 'en'))
    expect(en.join(' ')).toContain('at CNY 3,000,000.00 the tax is CNY 150,000.00')
    expect(en.join(' ')).not.toMatch(/[\u4e00-\u9fff]/)
  })
})
