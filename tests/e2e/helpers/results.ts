// Reading the results page through its testing hooks (issue #3: data-testid / data-status), and the harness
// started on the build under test.
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import type { Assessment } from '../../../src/engine/types'
import { startHarness, type Harness } from '../harness'

/** the built app; E2E_DIST points at another build folder when several builds share a work tree */
export const start = (): Promise<Harness> => startHarness(process.env.E2E_DIST ?? 'dist')

export const status = (page: Page, testid: string): Promise<string | null> =>
  page.getByTestId(testid).getAttribute('data-status')

/** every status the results page shows equals the engine's for the same profile */
export async function expectResultsMatch(page: Page, a: Assessment) {
  await expect.poll(() => status(page, 'status-hnte')).toBe(a.hnte.status)
  await expect.poll(() => status(page, 'status-tech-sme')).toBe(a.techSme.status)
  expect(a.incentives.length).toBeGreaterThan(0)
  for (const i of a.incentives) {
    await expect.poll(() => status(page, `incentive-${i.id}`), { message: i.id }).toBe(i.status)
  }
  for (const c of [...a.hnte.checks, ...a.techSme.checks]) {
    const row = page.locator(`tr[data-check="${c.id}"]`)
    await expect.poll(() => row.getAttribute('data-status'), { message: c.id }).toBe(c.status)
  }
}

/** the gap cell of one check row */
export const gapText = async (page: Page, checkId: string): Promise<string> =>
  ((await page.locator(`tr[data-check="${checkId}"] td.gap`).textContent()) ?? '').trim()
