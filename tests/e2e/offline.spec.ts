// Issue #4 "Offline and portable": after one online load the PWA reloads and completes an assessment with
// no server at all; nothing ever leaves the origin and the Content-Security-Policy is never violated (both
// checked after every test by the fixtures).
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { assess } from '../../src/rules/index'
import type { FirmProfile } from '../../src/profile/types'

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as FirmProfile

test('reloads and completes an assessment after the server is gone', async ({ page, context, app }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('科创自评')
  // the service worker takes control on the first visit (clientsClaim) and precaches every chunk
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0)

  await app.stop()
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('科创自评')

  await page.goto('/#/?example=rd-short')
  const expected = assess(example('rd-short'))
  await expect(page.getByTestId('status-hnte')).toHaveAttribute('data-status', expected.hnte.status)
  await expect(page.getByTestId('status-tech-sme')).toHaveAttribute('data-status', expected.techSme.status)
  await expect(page.locator('body')).toContainText('还差研发费用 26.60 万元')
})
