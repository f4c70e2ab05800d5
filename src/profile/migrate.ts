// Migrations between versions of the profile format: files exported today must import forever (issue #2 §2.1).
// Each step takes a raw object of version `from` to version `to`; parseProfileText runs them before validation,
// so a migration only reshapes data and validation still judges the result.
import { PROFILE_FORMAT, PROFILE_VERSION } from './types'
import { isPlainObject } from './problems'

export interface Migration {
  from: number
  to: number
  /** must not mutate its input */
  migrate(raw: Record<string, unknown>): Record<string, unknown>
}

/** version 1 is the first format: nothing to migrate from yet */
export const MIGRATIONS: readonly Migration[] = []

export interface Migrated {
  value: unknown
  /** the version the file had, when a migration ran */
  from?: number
}

/** raw (parsed JSON) → raw at the current version when a chain of migrations reaches it; else unchanged */
export function migrateProfile(
  raw: unknown,
  registry: readonly Migration[] = MIGRATIONS,
  target = PROFILE_VERSION,
): Migrated {
  if (!isPlainObject(raw) || raw.format !== PROFILE_FORMAT) return { value: raw }
  const start = raw.version
  if (typeof start !== 'number' || !Number.isInteger(start) || start >= target) return { value: raw }
  let value = raw
  let version = start
  while (version < target) {
    const step = registry.find((m) => m.from === version && m.to > version)
    // no path to the current version: leave the file as it is and let validation name its version
    if (!step) return { value: raw }
    value = { ...step.migrate(value), version: step.to }
    version = step.to
  }
  return { value, from: start }
}
