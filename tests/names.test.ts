// One name, one function: two modules exporting functions of the same name made callers guess which one they had
// (two `problemText`s: a validation problem's message in the reader's language, and a catalogue key rendered).
// Every exported function, arrow-function constant and class in src must have a name of its own, except the pairs
// below, which are one thing in two places (said why).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '..', 'src')

/** the same thing on purpose: name → why */
const SAME_THING: Record<string, string> = {
  // the store's assess() is the rules' assess(), loaded after the start page (src/stores/engine.ts)
  assess: 'the lazily loaded rules engine',
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|vue)$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

const EXPORTED =
  /^export (?:async )?(?:function\*? |class |const (?=\w+\s*(?::[^=]+)?=\s*(?:async\s*)?(?:\(|\w+\s*=>)))(\w+)/gm

/** exported function names → the modules that export one by that name */
function exportedFunctions(): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const f of files(SRC))
    for (const m of readFileSync(f, 'utf8').matchAll(EXPORTED))
      out.set(m[1]!, [...(out.get(m[1]!) ?? []), relative(SRC, f)])
  return out
}

describe('exported function names in src', () => {
  it('finds the exports it reads (the pattern has not gone blind)', () => {
    const names = exportedFunctions()
    expect(names.get('renderProblemKey')).toEqual(['fields/problem-text.ts'])
    expect(names.get('problemInLanguage')).toEqual(['profile/problems.ts'])
    expect(names.get('assess')).toEqual(['rules/index.ts', 'stores/engine.ts'])
  })

  it('gives each function a name no other module exports', () => {
    const twice = [...exportedFunctions()].filter(([name, where]) => where.length > 1 && !(name in SAME_THING))
    expect(twice).toEqual([])
  })
})
