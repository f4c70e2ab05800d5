// Issue #9 item 11: the Content-Security-Policy of index.html allows nothing by default and nothing inline
// except the one script pinned by its hash (the browser suite checks no violation happens on a whole journey).
import { describe, it, expect } from 'vitest'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

const html = readFileSync('index.html', 'utf8')
const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!
const directives = new Map(
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
    .map(([k, ...v]) => [k, v]),
)

describe('index.html CSP', () => {
  it('starts from default-src none and lists every kind of source explicitly', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    for (const d of ['script-src', 'style-src', 'img-src', 'font-src', 'worker-src', 'manifest-src'])
      expect(directives.has(d), d).toBe(true)
  })

  it('allows no inline style or script by keyword', () => {
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(directives.get('style-src')).toEqual(["'self'"])
  })

  it('pins each inline script by its sha256', () => {
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
    expect(inline.length).toBeGreaterThan(0)
    for (const body of inline) {
      const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`
      expect(directives.get('script-src')).toContain(hash)
    }
  })
})
