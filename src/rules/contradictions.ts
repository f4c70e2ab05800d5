// Figures that contradict each other decide nothing (issue #8). When one figure is part of another by definition
// (sales of total income, S&T staff of all staff…) yet typed larger, one of the two is wrong and nobody can tell
// which: both are read as not answered, so every verdict that uses either is 'unknown' — never a pass on an
// impossible ratio such as high-tech income of a total income typed in the wrong unit — and a warning names the
// pair and how to fix it. LEGAL-Q: not 'fail' either, since the true figures may well meet the condition.
import { msg } from '../engine/messages'
import type { Assessment, Check, Message } from '../engine/types'
import { figureContradictions } from '../profile/contradictions'
import type { FirmProfile, FiscalYearData } from '../profile/types'

function withoutAnswer(p: FirmProfile, path: string): FirmProfile {
  const [group, key, rest] = path.split('.')
  if (group === 'years') {
    const drop = (y: FiscalYearData): FiscalYearData => {
      const copy = { ...y } as Record<string, unknown>
      delete copy[rest!]
      return copy as unknown as FiscalYearData
    }
    return { ...p, years: p.years.map((y) => (String(y.year) === key ? drop(y) : y)) }
  }
  const copy = { ...(p[group as keyof FirmProfile] as object) } as Record<string, unknown>
  delete copy[key!]
  return { ...p, [group!]: copy }
}

export interface SetAside {
  profile: FirmProfile
  /** the paths read as not answered, and the warning for each pair */
  paths: Set<string>
  notes: { fields: string; message: Message }[]
}

/** the profile with both figures of every contradicted pair read as not answered (the same object when none is) */
export function setAsideContradictions(p: FirmProfile): SetAside {
  const found = figureContradictions(p)
  let profile = p
  const paths = new Set<string>()
  const notes: SetAside['notes'] = []
  for (const c of found) {
    for (const path of [c.path, c.limit]) if (!paths.has(path)) profile = withoutAnswer(profile, path)
    paths.add(c.path).add(c.limit)
    const fields = `${c.path}、${c.limit}`
    notes.push({ fields, message: msg('notices.contradiction', { fields }) })
  }
  return { profile, paths, notes }
}

/**
 * the warnings, and each unknown check that reads a figure set aside says so instead of "not answered"; in place,
 * so that what the engine builds only when read (the checklist) stays unbuilt
 */
export function reportContradictions(a: Assessment, s: SetAside): Assessment {
  if (s.notes.length === 0) return a
  const pairOf = (c: Check) => s.notes.find((n) => n.fields.split('、').some((f) => c.fields?.includes(f)))
  const mark = (c: Check): Check => {
    const pair = c.status === 'unknown' ? pairOf(c) : undefined
    return pair ? { ...c, note: msg('notices.contradiction-check', { fields: pair.fields }) } : c
  }
  a.hnte.checks = a.hnte.checks.map(mark)
  a.techSme.checks = a.techSme.checks.map(mark)
  const warnings = s.notes.map((n, i) => ({
    id: `profile.contradiction.${i}`,
    level: 'warning' as const,
    message: n.message,
  }))
  a.notices.unshift(...warnings)
  return a
}
