// The start page's part of the catalogue (scripts/vite-prerender.ts): the paths it names exist and are copied
// whole, nothing else comes along.
import { describe, expect, it } from 'vitest'
import { pickMessages, START_MESSAGE_PATHS } from '../../scripts/vite-prerender'
import { zhCatalogue } from '../../src/i18n'

describe('start page messages', () => {
  it('copies the named subtrees and leaves out their siblings', () => {
    const all = { a: { b: { c: 'x' }, d: 'y' }, e: 'z' }
    expect(pickMessages(all, ['a.b', 'e'])).toEqual({ a: { b: { c: 'x' } }, e: 'z' })
  })

  it('names only paths the Chinese catalogue has', () => {
    const all = zhCatalogue() as Record<string, unknown>
    const missing = START_MESSAGE_PATHS.filter(
      (p) => p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], all) === undefined,
    )
    expect(missing).toEqual([])
  })

  it('leaves the results, print and planner texts for later', () => {
    const start = pickMessages(zhCatalogue() as Record<string, unknown>, START_MESSAGE_PATHS)
    expect(Object.keys(start)).not.toContain('results')
    expect(Object.keys(start)).not.toContain('print')
    expect(Object.keys(start.planner as object)).toEqual(['triage'])
  })
})
