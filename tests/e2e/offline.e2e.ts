// Issue #4 "Offline and portable": after one online load the PWA reloads and completes an assessment with
// no server at all; nothing ever leaves the origin and the Content-Security-Policy is never violated.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { startHarness, type Harness } from './harness'
import { assess } from '../../src/rules/index'
import type { FirmProfile } from '../../src/profile/types'

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as FirmProfile

describe('the installed PWA offline', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('reloads and completes an assessment after the server is gone', async () => {
    const { page } = h
    await page.goto(h.origin + '/')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('科创自评')
    // the service worker takes control on the first visit (clientsClaim) and precaches every chunk
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    await expect.poll(async () => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0)

    await h.stopServer()
    await h.context.setOffline(true)
    await page.reload()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('科创自评')

    await page.goto(h.origin + '/#/?example=rd-short')
    const expected = assess(example('rd-short'))
    await expect.poll(() => page.getByTestId('status-hnte').getAttribute('data-status')).toBe(expected.hnte.status)
    expect(await page.getByTestId('status-tech-sme').getAttribute('data-status')).toBe(expected.techSme.status)
    expect(await page.locator('body').textContent()).toContain('还差研发费用 26.60 万元')
    expect(h.foreign()).toEqual([])
    expect(h.cspViolations).toEqual([])
  })
})
