// Profile files in Chromium: export → import round trip, and a catalogue of bad files that each show their
// message and change nothing. Firm names with HTML stay text.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const example = JSON.parse(readFileSync('examples/strong-hnte.json', 'utf8')) as Record<string, unknown>
const withName = (name: string) => ({ ...example, company: { ...(example.company as object), name } })
const HTML_NAME = '<img src="https://evil.example/x.png"><b>粗体公司</b>'

const upload = (page: Page, name: string, buffer: Buffer) =>
  page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer })
/** the firm list, once it shows the current firm's verdict: the engine is loaded after the first paint and the
 * page settles then (a file picked before that can be lost with the first render's input) */
async function openFirms(page: Page) {
  await page.goto('/#/firms')
  await expect(page.locator('tbody tr').first()).toContainText(/符合条件|不符合条件|临界|信息不完整/)
}
const firmCount = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('innocheck:firm:')).length)

test('exports the current firm and imports it back identical', async ({ page }) => {
  await openFirms(page)
  await upload(page, 'a.innocheck.json', Buffer.from(JSON.stringify(example)))
  await page.getByRole('button', { name: '作为新企业打开' }).click()
  await page.waitForURL(/#\/review/)
  await page.goto('/#/results')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出企业档案文件' }).click(),
  ])
  const name = (example.company as { name: string }).name
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${name}-\\d{4}-\\d{2}-\\d{2}\\.innocheck\\.json$`))
  const text = readFileSync((await download.path())!, 'utf8')
  // the file gains the tax year its tax answers were given for: the example has none, so they are taken as its own
  // assessment date's (2026-11-26, no settlement year chosen: tax year 2026)
  expect(JSON.parse(text)).toEqual({ ...example, taxAnswersYear: 2026 })
  await page.goto('/#/firms')
  await upload(page, 'b.innocheck.json', Buffer.from(text))
  await expect(page.getByTestId('preview-name')).toHaveText(name)
})

const bad: [string, Buffer, RegExp][] = [
  ['empty', Buffer.alloc(0), /文件为空/],
  ['not JSON', Buffer.from('hello, world'), /不是有效的 JSON/],
  ['truncated', Buffer.from(JSON.stringify(example).slice(0, 200)), /不是有效的 JSON/],
  ['5 MB', Buffer.alloc(5 * 1024 * 1024, 32), /文件过大/],
  ['future version', Buffer.from(JSON.stringify({ ...example, version: 2 })), /请升级/],
  [
    '__proto__ keys',
    Buffer.from(JSON.stringify(example).replace('"company":{', '"company":{"__proto__":{"x":1},')),
    /不允许的键名/,
  ],
  ['wrong types', Buffer.from(JSON.stringify({ ...example, staff: { total: '很多' } })), /职工总数[^：]*：/],
  ['not UTF-8', Buffer.from([0x7b, 0xc6, 0xf3, 0xd2, 0xb5, 0x7d]), /UTF-8/],
  ['another format', Buffer.from('{"format":"other"}'), /不是 InnoCheck 企业档案文件/],
]

for (const [what, buffer, message] of bad) {
  test(`rejects a file that is ${what} with its message and changes nothing`, async ({ page }) => {
    // a firm on the device first, so "changes nothing" has something to keep
    await page.goto('/#/?example=strong-hnte')
    await page.waitForURL(/#\/results/)
    await page.goto('/#/firms')
    await expect(page.locator('tbody tr')).toHaveCount(1)
    const before = await firmCount(page)
    const current = await page.evaluate(() => localStorage.getItem('innocheck:firms'))
    await upload(page, 'bad.innocheck.json', buffer)
    await expect(page.getByRole('alert').filter({ hasText: '未导入' })).toHaveText(message)
    expect(await firmCount(page)).toBe(before)
    expect(await page.evaluate(() => localStorage.getItem('innocheck:firms'))).toBe(current)
    await expect(page.locator('.import-preview')).toHaveCount(0)
    await expect(page.locator('tbody tr')).toHaveCount(1)
  })
}

test('accepts a file with a UTF-8 BOM', async ({ page }) => {
  await openFirms(page)
  await upload(
    page,
    'bom.innocheck.json',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(withName('带BOM企业')))]),
  )
  await expect(page.getByTestId('preview-name')).toHaveText('带BOM企业')
})

test('shows HTML in a firm name as text on the firm list, the results and the print view', async ({ page }) => {
  await openFirms(page)
  await upload(page, 'html.innocheck.json', Buffer.from(JSON.stringify(withName(HTML_NAME))))
  await expect(page.getByTestId('preview-name')).toHaveText(HTML_NAME)
  await page.getByRole('button', { name: '作为新企业打开' }).click()
  await page.waitForURL(/#\/review/)
  await page.goto('/#/firms')
  await expect(page.locator('tbody')).toContainText(HTML_NAME)
  await expect(page.locator('tbody b, tbody img')).toHaveCount(0)
  await page.goto('/#/print')
  await expect(page.locator('main')).toContainText(HTML_NAME)
  await expect(page.locator('main b, main img')).toHaveCount(0)
  await page.goto('/#/results')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('main')).toContainText(HTML_NAME)
  await expect(page.locator('main b, main img')).toHaveCount(0)
})
