// The pre-rendered page is what the first client render makes: Vue logs "Hydration … mismatch" when it is not (a
// newcomer saw "Hydration completed but contains mismatches." on README's example address). Nothing of the kind is
// logged, on the start page nor on the example address, in Chinese or English.
import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'

function hydrationLog(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (m) => {
    if (/hydration/i.test(m.text())) seen.push(`${m.type()}: ${m.text()}`)
  })
  return seen
}

for (const address of ['/', '/#/?example=strong-hnte']) {
  test(`no hydration mismatch at ${address}`, async ({ page }) => {
    const seen = hydrationLog(page)
    await page.goto(address)
    if (address.includes('example')) await page.waitForURL(/#\/results/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // the lower parts take over a task each after the mount (src/hydrate-in-turn.ts)
    await page.waitForTimeout(500)
    expect(seen).toEqual([])
  })
}

test('no hydration mismatch on the English start page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('innocheck:lang', 'en'))
  const seen = hydrationLog(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/innovation self-check/)
  await page.waitForTimeout(500)
  expect(seen).toEqual([])
})

test('no hydration mismatch on the start page opened again after an example (a draft is saved)', async ({ page }) => {
  const seen = hydrationLog(page)
  await page.goto('/#/?example=strong-hnte')
  await page.waitForURL(/#\/results/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForTimeout(500)
  expect(seen).toEqual([])
})
