import { describe, expect, it } from 'vitest'
import { fiscalWindow, makeContext } from '../../src/engine/context'
import { emptyProfile } from '../../src/profile/types'

describe('fiscal-year window (工作指引: 近三个会计年度, docs/rules.md §1)', () => {
  it('is 2023, 2024 and 2025 for an assessment dated 2026-11-26, with 2025 as the last year', () => {
    expect(fiscalWindow('2026-11-26', '2010-03-01')).toEqual([2023, 2024, 2025])
    expect(makeContext(emptyProfile('2026-11-26')).lastYear).toBe(2025)
  })

  it('never includes the application year itself, even on 31 December', () => {
    expect(fiscalWindow('2026-12-31', undefined)).toEqual([2023, 2024, 2025])
    expect(fiscalWindow('2027-01-01', undefined)).toEqual([2024, 2025, 2026])
  })

  it('uses the actual operating period of a firm younger than three years', () => {
    expect(fiscalWindow('2026-11-26', '2024-06-15')).toEqual([2024, 2025])
    expect(fiscalWindow('2026-11-26', '2025-11-26')).toEqual([2025])
    expect(fiscalWindow('2026-11-26', '2026-02-01')).toEqual([])
  })
})

describe('assess() on a hand-written profile', () => {
  it('treats a missing group object or years list as nothing answered instead of throwing', async () => {
    const { assess } = await import('../../src/rules/index')
    const bare = { format: 'innocheck-profile', version: 1, assessmentDate: '2026-11-26' } as never
    const a = assess(bare)
    expect(a.hnte.status).toBe('incomplete')
    expect(a.techSme.status).toBe('incomplete')
    expect(a.fiscalYears).toEqual([2023, 2024, 2025])
  })
})
