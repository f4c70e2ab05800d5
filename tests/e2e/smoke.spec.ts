import { test, expect } from './fixtures'

test('loads, shows its title and the privacy promise, served from its own origin', async ({ page, app, requests }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('科创自评')
  await expect(page.locator('body')).toContainText('不会离开本设备')
  await page.waitForLoadState('networkidle')
  expect(requests.length).toBeGreaterThan(0)
  expect(app.served.some((u) => u === '/' || u.startsWith('/index.html'))).toBe(true)
})

test('keeps the English interface across a reload, with <html lang="en">', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /^English/ }).click()
  await expect(page.locator('h1')).toContainText('self-check')
  await page.reload()
  await expect(page.locator('h1')).toContainText('self-check')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
