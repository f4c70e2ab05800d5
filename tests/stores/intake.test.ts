// @vitest-environment happy-dom
// One firm, one record (issue #10 §3): a firm already on the device waits for the user's choice.
import { describe, it, expect, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useFirmsStore } from '../../src/stores/firms'
import { useIntakeStore } from '../../src/stores/intake'
import { useSavingStore } from '../../src/stores/saving'
import { emptyProfile, type FirmProfile } from '../../src/profile/types'
import { differences } from '../../src/helpdesk/duplicates'

const CODE = '91131081MA0J7R8U3C'
function firm(name: string, code?: string, total?: number): FirmProfile {
  const p = emptyProfile('2026-11-26')
  p.company.name = name
  if (code) p.company.creditCode = code
  if (total !== undefined) p.staff.total = total
  return p
}
function boot() {
  setActivePinia(createPinia())
  useSavingStore().start()
  const firms = useFirmsStore()
  const intake = useIntakeStore()
  intake.offer([firm('甲公司', CODE, 20), firm('乙公司')])
  return { firms, intake }
}
const names = (firms: ReturnType<typeof useFirmsStore>) => firms.list.map((r) => r.profile.company.name).sort()

describe('useIntakeStore', () => {
  beforeEach(() => localStorage.clear())

  it('adds a firm not on the device at once and holds one that is (same credit code, other name)', () => {
    const { firms, intake } = boot()
    const before = firms.list.length
    const added = intake.offer([firm('丙公司'), firm('甲有限公司', CODE.toLowerCase(), 25)])
    expect(added).toHaveLength(1)
    expect(firms.list).toHaveLength(before + 1)
    expect(intake.queue).toHaveLength(1)
    expect(intake.current?.existing.profile.company.name).toBe('甲公司')
  })

  it('matches by name when there is no credit code, ignoring spaces and full-width forms', () => {
    const { intake } = boot()
    intake.offer([firm('乙　公司')])
    expect(intake.current?.existing.profile.company.name).toBe('乙公司')
  })

  it('updates the existing record, keeps both, or leaves the copy out', () => {
    const { firms, intake } = boot()
    const count = firms.list.length
    intake.offer([firm('甲有限公司', CODE, 25), firm('乙公司'), firm('甲公司', CODE, 30)])
    intake.resolve('update')
    expect(firms.list).toHaveLength(count)
    const jia = firms.list.find((r) => r.profile.company.creditCode === CODE)!
    expect([jia.profile.company.name, jia.profile.staff.total]).toEqual(['甲有限公司', 25])
    intake.resolve('both')
    expect(firms.list).toHaveLength(count + 1)
    intake.resolve('cancel')
    expect(firms.list).toHaveLength(count + 1)
    expect(intake.queue).toEqual([])
    expect(names(firms).filter((n) => n === '乙公司')).toHaveLength(2)
  })

  it('settles every waiting firm the same way when asked', () => {
    const { firms, intake } = boot()
    const count = firms.list.length
    intake.offer([firm('甲公司', CODE), firm('乙公司')])
    intake.resolve('cancel', true)
    expect(intake.queue).toEqual([])
    expect(firms.list).toHaveLength(count)
  })
})

describe('differences', () => {
  it('lists the answers that differ, including one the incoming copy lacks', () => {
    const a = firm('甲公司', CODE, 20)
    a.years = [{ year: 2025, salesRevenue: 1_000_000 }]
    const b = firm('甲公司', CODE)
    b.years = [{ year: 2025, salesRevenue: 1_200_000 }]
    expect(differences(a, b)).toEqual([
      { path: 'years.2025.salesRevenue', before: 1_000_000, after: 1_200_000 },
      { path: 'staff.total', before: 20, after: undefined },
    ])
  })
})
