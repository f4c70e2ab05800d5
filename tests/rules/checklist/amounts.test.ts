// The checklist's amounts go through the one formatter (src/format): 万元 for a Chinese reader (元 below 1 万元), CNY
// for an English one; a shortfall is rounded up so that closing it is enough.
import { describe, expect, it } from 'vitest'
import { catalogues, render } from '../../../src/engine/messages'
import '../../../src/rules/index'

const zh = (key: string, params: Record<string, number | string>) => render(catalogues['zh-CN'][key]!, params)
const en = (key: string, params: Record<string, number | string>) => render(catalogues.en[key]!, params, 'en')

describe('checklist amounts', () => {
  it('states a shortfall in 万元, or in 元 below 1 万元, rounded up to the fen shown', () => {
    // 266,000 yuan = 26.60 万元; 300 yuan stays 300.00 元; 266,000.01 yuan = 26.600001 万元, shown to 0.01 万元
    // rounded up → 26.61 万元 (rounded up, so that closing the stated gap is always enough)
    expect(zh('checklist.gap.yuan', { gap: 266_000 })).toBe('还差 26.60 万元')
    expect(zh('checklist.gap.yuan', { gap: 300 })).toBe('还差 300.00 元')
    expect(zh('checklist.gap.yuan', { gap: 266_000.01 })).toBe('还差 26.61 万元')
  })

  it('speaks English without Chinese units', () => {
    expect(en('checklist.gap.yuan', { gap: 266_000 })).toBe('CNY 266,000.00 short')
    const detail = en('checklist.claim.equipment-one-time-deduction.detail', { due: '2027-05-31', amount: 1_200_000 })
    expect(detail).toContain('Estimated deduction CNY 1,200,000.00')
    expect(detail).not.toMatch(/万|× 10,000/)
  })
})
