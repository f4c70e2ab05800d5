// Reading the results page through its testing hooks (issue #3: data-testid / data-status).
import { expect, type Locator, type Page } from '@playwright/test'
import type { Assessment } from '../../../src/engine/types'

/** an element whose data-status carries a verdict (status-hnte, incentive-<id>, scenario-status-hnte …) */
export const verdict = (page: Page, testid: string): Locator => page.getByTestId(testid)

/** every status the results page shows equals the engine's for the same profile */
export async function expectResultsMatch(page: Page, a: Assessment) {
  await expect(verdict(page, 'status-hnte')).toHaveAttribute('data-status', a.hnte.status)
  await expect(verdict(page, 'status-tech-sme')).toHaveAttribute('data-status', a.techSme.status)
  expect(a.incentives.length).toBeGreaterThan(0)
  for (const i of a.incentives)
    await expect(verdict(page, `incentive-${i.id}`), i.id).toHaveAttribute('data-status', i.status)
  for (const c of [...a.hnte.checks, ...a.techSme.checks])
    await expect(page.locator(`tr[data-check="${c.id}"]`), c.id).toHaveAttribute('data-status', c.status)
}

/** the gap cell of one check row */
export const gapCell = (page: Page, checkId: string): Locator => page.locator(`tr[data-check="${checkId}"] td.gap`)
