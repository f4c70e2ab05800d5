// Component tests find what they check the way a user does: by role, label or text (Testing Library), never by an
// id, a CSS class or a tag looked up in the DOM — such a test passes while the page a reader hears is broken.
// The lookups allowed below are the ones no role can reach, each said why.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const DIR = __dirname
const LOOKUP = /getElementById|getElementsBy\w+|querySelector(?:All)?\(|\.classList|\.classes\(|\.find(?:All)?\('/g

/** file → the lookups it may make, and why */
const ALLOWED: Record<string, { lookup: RegExp; why: string }[]> = {
  // the harness mounts the app where main.ts does
  'wizard-harness.ts': [{ lookup: /getElementById\('app'\)/, why: 'the mount point' }],
  // <q> (the law's own words) has no ARIA role
  'PrintSheet.test.ts': [{ lookup: /querySelector\('q'\)/, why: '<q> has no role' }],
  // the class that keeps the toolbar off paper is the behaviour under test (print CSS)
  'PrintView.test.ts': [{ lookup: /\.classList\)\.toContain\('no-print'\)/, why: 'print CSS hook' }],
}

describe('component tests', () => {
  it('look nothing up by id, class or tag but what no role can reach', () => {
    const found: string[] = []
    for (const f of readdirSync(DIR).filter((n) => /\.ts$/.test(n) && n !== 'by-role.test.ts'))
      readFileSync(join(DIR, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.match(LOOKUP)) return
          if ((ALLOWED[f] ?? []).some((a) => a.lookup.test(line))) return
          found.push(`${f}:${i + 1}: ${line.trim()}`)
        })
    expect(found).toEqual([])
  })
})
