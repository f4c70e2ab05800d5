// Issue #4: `npm run build:single` gives one index.html that works from file:// (a USB stick) under its CSP.
// The fixtures fail a test on any request outside the file (data: and blob: excepted) or any CSP violation.
import { readFileSync, readdirSync } from 'node:fs'
import { test, expect } from './fixtures'
import { assess } from '../../src/rules/index'
import type { FirmProfile } from '../../src/profile/types'

test('is one self-contained file', async ({ singleFileUrl }) => {
  expect(singleFileUrl).toMatch(/^file:.*\/dist-single\/index\.html$/)
  expect(readdirSync('dist-single')).toEqual(['index.html'])
  const html = readFileSync('dist-single/index.html', 'utf8')
  expect(html).not.toMatch(/<script[^>]+src=/)
  expect(html).toContain("connect-src 'none'")
})

test('opens from file://, loads an example and shows the same result as the engine', async ({
  page,
  singleFileUrl,
  requests,
}) => {
  await page.goto(singleFileUrl + '#/?example=strong-hnte')
  const expected = assess(JSON.parse(readFileSync('examples/strong-hnte.json', 'utf8')) as FirmProfile)
  await expect(page.getByTestId('status-hnte')).toHaveAttribute('data-status', expected.hnte.status)
  await expect(page.getByTestId('status-tech-sme')).toHaveAttribute('data-status', expected.techSme.status)
  for (const i of expected.incentives)
    await expect(page.getByTestId(`incentive-${i.id}`)).toHaveAttribute('data-status', i.status)
  expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([])
})

test('triages a CSV from file:// with the worker inlined (no file beside the page)', async ({
  page,
  singleFileUrl,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(singleFileUrl + '#/triage')
  await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles({
    name: 'two.csv',
    mimeType: 'text/csv',
    buffer: readFileSync('examples/batch-template.csv'),
  })
  await expect(page.getByTestId('triage-counts')).toHaveAttribute('data-firms', '2', { timeout: 30_000 })
  await expect(page.locator('tbody tr')).toHaveCount(2)
  expect(errors).toEqual([])
})
