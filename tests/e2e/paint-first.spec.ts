// Issue #11 (first paint): the pre-rendered start page is on screen before any script has run, and the app takes
// it over in parts, the lower ones a task each after the mount (src/hydrate-in-turn.ts). A button pressed before
// every part has taken over is held and pressed again once it has (src/paint-first.ts).
import { test, expect } from './fixtures'
import { expectHeading, stepTitle, zh } from './helpers/wizard'

const takenOver = () => '__vue_app__' in document.getElementById('app')!

test('an example pressed before the app has taken over the start page loads once it has', async ({ page }) => {
  // the app's scripts arrive late, as over a slow phone network
  await page.route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600))
    await route.continue()
  })
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await expectHeading(page, zh('start.title'))
  expect(await page.evaluate(takenOver)).toBe(false)
  await page.locator('button[data-example="rd-short"]').click()
  expect(await page.evaluate(takenOver)).toBe(false)
  await expectHeading(page, stepTitle('review'))
})
