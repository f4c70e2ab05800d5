import { emptyProfile } from '../../src/profile/types'

/** a minimal valid raw profile (parsed JSON), with overrides merged one level deep */
export function rawProfile(over: Record<string, unknown> = {}): Record<string, unknown> {
  const base = JSON.parse(JSON.stringify(emptyProfile('2026-11-26'))) as Record<string, unknown>
  for (const [k, v] of Object.entries(over)) {
    const cur = base[k]
    base[k] =
      v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)
        ? { ...cur, ...v }
        : v
  }
  return base
}
