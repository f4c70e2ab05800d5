// The language chosen is kept on this device (localStorage innocheck:lang, src/stores/locale.ts): a newcomer
// switched to English, relaunched the browser with the same profile and reported Chinese again. Here the same
// profile is a second page of the same browser context (its storage), opened after the first is closed, on the
// start page (pre-rendered in Chinese, mounted over in English) and on another page.
import { test, expect } from './fixtures'

test('English chosen on the start page stays English over a reload and in a page opened afresh', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => document.addEventListener('app-mounted', () => (document.body.dataset.mounted = '1')))
  await page.goto('/')
  await expect(page.locator('body[data-mounted="1"]')).toHaveCount(1)
  await page.getByRole('button', { name: /^English/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/innovation self-check/)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/innovation self-check/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const origin = new URL(page.url()).origin
  await page.close()
  for (const address of ['/', '/#/firms']) {
    const again = await context.newPage()
    await again.goto(origin + address)
    await expect(again.locator('html')).toHaveAttribute('lang', 'en')
    await expect(again.getByRole('button', { name: /^中文/ })).toBeVisible()
    await again.close()
  }
})
