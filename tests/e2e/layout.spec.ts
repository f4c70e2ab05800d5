// Layout at a phone's width (390 px) and on a laptop in English (1280 px): nothing needs sideways scrolling (a
// newcomer found the triage filters 604 px wide in a 358 px column and the results' verdict column cut off at
// "✓ 符"), and the header keeps the language switch on its one row.
import type { Page } from '@playwright/test'
import { templateCsv } from '../../src/batch'
import { test, expect } from './fixtures'

const PHONE = { width: 390, height: 844 }
/** how far the widest element of `selector` reaches beyond its box, in px (0: nothing sticks out) */
const overflow = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollWidth - el.clientWidth)

test('the triage filters fit a 390 px phone', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/#/triage')
  await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles({
    name: 'pool.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(templateCsv('2026-11-26')),
  })
  await expect(page.getByLabel('科小状态')).toBeVisible()
  expect(await overflow(page, '.triage')).toBe(0)
  expect(await overflow(page, 'html')).toBe(0)
  const select = await page.getByLabel('高企状态').boundingBox()
  expect(select!.x + select!.width).toBeLessThanOrEqual(PHONE.width)
  await page.screenshot({ path: 'test-results/layout-triage-390.png', fullPage: true })
})

test('the results’ check table stacks on a 390 px phone: every verdict whole, no sideways scroll', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/#/?example=strong-hnte')
  await page.waitForURL(/#\/results/)
  const row = page.locator('[data-check]').first()
  await expect(row).toBeVisible()
  const tables = page.locator('table.checks')
  for (let i = 0; i < (await tables.count()); i++) {
    const wrap = tables.nth(i).locator('xpath=..')
    expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0)
  }
  // the verdict ("✓ 符合") lies wholly inside the screen
  const verdict = await row.locator('td').nth(2).boundingBox()
  expect(verdict!.x + verdict!.width).toBeLessThanOrEqual(PHONE.width)
  await expect(row.locator('td').nth(2)).toContainText('符合')
  expect(await overflow(page, 'html')).toBe(0)
  await tables.first().screenshot({ path: 'test-results/layout-results-390.png' })
})

test('the English header keeps the language switch on the brand’s row at 1280 px', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('innocheck:lang', 'en'))
  await page.goto('/#/firms')
  const brand = await page.locator('.app-header__brand').boundingBox()
  const language = await page.getByRole('button', { name: /^中文/ }).boundingBox()
  // on one row: the switch's middle lies within the brand's height
  const middle = language!.y + language!.height / 2
  expect(middle).toBeGreaterThan(brand!.y)
  expect(middle).toBeLessThan(brand!.y + brand!.height + 8)
  await page.locator('.app-header').screenshot({ path: 'test-results/layout-header-en-1280.png' })
})
