// Issue #4: `npm run build:single` gives one index.html that works from file:// (a USB stick) under its CSP.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { launchBrowser } from './harness'
import { assess } from '../../src/rules/index'
import type { FirmProfile } from '../../src/profile/types'

describe('the single-file build from file://', () => {
  let context: BrowserContext
  let dir: string
  beforeAll(async () => {
    execFileSync('node', ['scripts/build-single.mjs'], { stdio: 'inherit' })
    dir = mkdtempSync(join(tmpdir(), 'innocheck-file-'))
    context = await launchBrowser(dir)
  })
  afterAll(async () => {
    await context?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('is one self-contained file', () => {
    expect(readdirSync('dist-single')).toEqual(['index.html'])
    const html = readFileSync('dist-single/index.html', 'utf8')
    expect(html).not.toMatch(/<script[^>]+src=/)
    expect(html).toContain("connect-src 'none'")
  })

  it('opens from file://, loads an example and shows the same result as the engine', async () => {
    const page = context.pages()[0] ?? (await context.newPage())
    const requests: string[] = []
    const csp: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text())
    })
    const url = 'file://' + resolve('dist-single/index.html')
    await page.goto(url + '#/?example=strong-hnte')
    const profile = JSON.parse(readFileSync('examples/strong-hnte.json', 'utf8')) as FirmProfile
    const expected = assess(profile)
    await expect.poll(() => page.getByTestId('status-hnte').getAttribute('data-status')).toBe(expected.hnte.status)
    expect(await page.getByTestId('status-tech-sme').getAttribute('data-status')).toBe(expected.techSme.status)
    for (const i of expected.incentives) {
      expect(await page.getByTestId(`incentive-${i.id}`).getAttribute('data-status')).toBe(i.status)
    }
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([])
    expect(csp).toEqual([])
  })

  it('triages a CSV from file:// with the worker inlined (no file beside the page)', async () => {
    const page = context.pages()[0] ?? (await context.newPage())
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto('file://' + resolve('dist-single/index.html') + '#/triage')
    await page.getByLabel('选择 CSV 文件').setInputFiles({
      name: 'two.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('examples/batch-template.csv'),
    })
    await expect.poll(() => page.getByTestId('triage-counts').getAttribute('data-firms'), { timeout: 30_000 }).toBe('2')
    expect(await page.locator('tbody tr').count()).toBe(2)
    expect(errors).toEqual([])
  })
})
