import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrateProfile, type Migration } from '../../src/profile/migrate'
import { validateProfile } from '../../src/profile/validate'
import { rawProfile } from './helpers'

/** a fake format 0 that kept the firm name at the top level */
const v0to1: Migration = {
  from: 0,
  to: 1,
  migrate: ({ firmName, ...rest }) => ({ ...rest, company: { ...(rest.company as object), name: firmName } }),
}

describe('migrateProfile', () => {
  it('has no migration yet: version 1 is the first format', () => {
    expect(MIGRATIONS).toEqual([])
  })

  it('runs a registered migration up to the current version and says where it started', () => {
    const old = { ...rawProfile({ version: 0 }), firmName: '霸州市旧版科技有限公司' }
    const before = JSON.stringify(old)
    const m = migrateProfile(old, [v0to1])
    expect(m.from).toBe(0)
    const r = validateProfile(m.value)
    expect(r.ok && r.profile.company.name).toBe('霸州市旧版科技有限公司')
    expect(r.ok && r.profile.version).toBe(1)
    expect(JSON.stringify(old)).toBe(before)
  })

  it('leaves a version without a migration path unchanged, for validation to report', () => {
    const old = rawProfile({ version: 0 })
    expect(migrateProfile(old)).toEqual({ value: old })
    expect(validateProfile(old).ok).toBe(false)
  })

  it.each([[rawProfile()], [rawProfile({ version: 3 })], [{ format: 'other', version: 0 }], ['text']])(
    'leaves %j alone',
    (raw) => {
      expect(migrateProfile(raw, [v0to1]).from).toBeUndefined()
    },
  )
})
