// Issue #11 (first-load size) against "nothing typed is lost": the start page reads its assessment date without the
// field table, whose text readers load only once the visitor acts (src/stores/text-kit.ts). A date typed while
// they are still on their way is kept and saved over the restored firm's date, and stays so once they have come.
import { test, expect } from './fixtures'

// every script must come from the page's own requests (held below), not from a service worker's cache
test.use({ serviceWorkers: 'block' })

/** the saved firm's assessment date and the text typed for it (the one firm on this device) */
const saved = () => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('innocheck:firm:'))
  const r = JSON.parse(localStorage.getItem(key ?? '') ?? 'null') as {
    profile: { assessmentDate: string }
    raw: Record<string, string>
  } | null
  return r && { date: r.profile.assessmentDate, text: r.raw.assessmentDate }
}

test('a date typed before the text readers have loaded is kept, saved, and not undone when they come', async ({
  page,
}) => {
  await page.goto('/#/?example=strong-hnte')
  await page.waitForURL(/#\/results/)
  let hold = false
  const held: { url: string; release: () => void }[] = []
  await page.route('**/assets/*.js', async (route) => {
    if (hold) await new Promise<void>((release) => held.push({ url: route.request().url(), release }))
    await route.continue()
  })
  await page.addInitScript(() => document.addEventListener('app-mounted', () => (document.body.dataset.mounted = '1')))
  await page.goto('/#/')
  await page.reload()
  const date = page.locator('#f-assessmentDate')
  await test.step('the saved firm is restored with the start page', async () => {
    await expect(page.locator('body[data-mounted="1"]')).toHaveCount(1)
    await expect(date).toHaveValue('2026-11-26')
  })
  await test.step('typed while the text readers are held back: shown and saved at once', async () => {
    hold = true
    await date.click()
    await date.press('Control+A')
    await page.keyboard.type('2026年6月30日')
    await expect(date).toHaveValue('2026年6月30日')
    expect(held.map((h) => h.url).join(' ')).toMatch(/typed-texts-[^/]*\.js/)
    await expect.poll(() => page.evaluate(saved)).toEqual({ date: '2026-06-30', text: '2026年6月30日' })
  })
  await test.step('once they have come, and after a reload, the typed date is still there', async () => {
    hold = false
    for (const h of held.splice(0)) h.release()
    await page.waitForLoadState('networkidle')
    await expect(date).toHaveValue('2026年6月30日')
    expect(await page.evaluate(saved)).toEqual({ date: '2026-06-30', text: '2026年6月30日' })
    await page.reload()
    await expect(page.locator('body[data-mounted="1"]')).toHaveCount(1)
    await expect(date).toHaveValue('2026年6月30日')
  })
})
