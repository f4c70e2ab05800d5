// The English walk (issue #10 §6): every page in English — start, each wizard step, review, results with the
// planner, the print sheet (and its page footer on paper), the firm list, the county panel, batch triage with an
// import error, the settings — fails on any Chinese text other than what tests/e2e/helpers/chinese.ts allows
// (firm names, document numbers and 《titles》, catalogue names, quoted law, the template's column headers
// quoted in an import message, the language switch's "中文"). Each failure lists the text and where it was.
// A second walk types values the wizard cannot read (a date that does not exist, 1e3) on an English page.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseCsv, profileToCells, templateColumns, templateCsv } from '../../src/batch'
import { EXAMPLE_FIRMS } from '../../src/batch/template-examples'
import { INDUSTRIES } from '../../src/wizard/catalogues/industry'
import { TECH_FIELDS } from '../../src/wizard/catalogues/tech-fields'
import { QUESTION_STEPS } from '../../src/wizard/steps'
import { test, expect } from './fixtures'
import { chineseLeaks, leftover } from './helpers/chinese'

const DATE = '2026-11-26'
const COLUMNS = templateColumns(DATE)
/** the example firm the walk opens (examples/strong-hnte.json) and the two template examples triaged */
const FIRMS = ['霸州市鑫泰精密管业科技有限公司', ...EXAMPLE_FIRMS(DATE).map((p) => p.company.name!), '英文界面测试企业']
const ALLOWED = [
  ...FIRMS,
  ...INDUSTRIES.map((i) => i.name),
  ...TECH_FIELDS.map((f) => f.name),
  ...templateColumns(DATE, true).map((c) => `“${c.header}”`),
]

/** the template's two examples and a row with a bad amount and no assessment date */
function sheet(): Buffer {
  const header = templateCsv(DATE)
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]
  const rows = EXAMPLE_FIRMS(DATE).map((p) => profileToCells(p, COLUMNS))
  const bad = [...rows[0]!]
  bad[COLUMNS.findIndex((c) => c.header === '企业名称')] = FIRMS.at(-1)!
  bad[COLUMNS.findIndex((c) => c.header === '2025年销售收入(万元)')] = '12abc'
  bad[COLUMNS.findIndex((c) => c.path === 'assessmentDate')] = ''
  return Buffer.from(`\uFEFF${[header, ...[...rows, bad].map((r) => r.join(','))].join('\r\n')}\r\n`)
}

async function expectEnglish(page: Page, where: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const leaks = await chineseLeaks(page, ALLOWED)
  expect(
    leaks.map((l) => `[${l.left}] ${l.text} @ ${l.where}`),
    `Chinese on ${where}`,
  ).toEqual([])
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

test('every page reads in English, with no Chinese but names, document titles and catalogue entries', async ({
  page,
}) => {
  test.slow()
  await test.step('start page, switched to English with the header button', async () => {
    await page.goto('/')
    await page.getByRole('button', { name: /^English/ }).click()
    await expect(heading(page)).toContainText('self-check')
    await expectEnglish(page, 'the start page')
  })

  await test.step('results of the example firm, with the planner', async () => {
    await page.goto('/#/?example=strong-hnte')
    await page.waitForURL(/#\/results/)
    await expect(page.getByTestId('status-hnte')).toBeVisible()
    await expect(page.locator('.levers__grid')).toBeVisible()
    await expectEnglish(page, 'the results page')
  })

  for (const step of QUESTION_STEPS)
    await test.step(`wizard step ${step}`, async () => {
      await page.goto(`/#/step/${step}`)
      await expect(page.getByRole('button', { name: 'Next' })).toBeVisible()
      await expectEnglish(page, `step ${step}`)
    })

  await test.step('review', async () => {
    await page.goto('/#/review')
    await expect(page.locator('.review-list__row').first()).toBeVisible()
    await expectEnglish(page, 'the review page')
  })

  await test.step('print sheet, and its page numbers on paper', async () => {
    await page.goto('/#/print')
    await expect(page.locator('article.print-sheet')).toBeVisible()
    await expectEnglish(page, 'the print sheet')
    const dir = mkdtempSync(join(tmpdir(), 'innocheck-en-'))
    const pdf = join(dir, 'sheet.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
    rmSync(dir, { recursive: true, force: true })
    // the footer printed in the page margin (@page @bottom-right), one per page, in English
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`)
    expect(text).not.toMatch(/第\s*\d+\s*页/)
  })

  await test.step('firm list, county panel and settings', async () => {
    for (const [route, title] of [
      ['firms', 'Firms'],
      ['panel', 'County panel'],
      ['settings', 'Settings'],
    ] as const) {
      await page.goto(`/#/${route}`)
      await expect(heading(page)).toHaveText(title)
      await expectEnglish(page, `the ${route} page`)
    }
  })

  await test.step('batch triage with an import error', async () => {
    await page.goto('/#/triage')
    await expect(heading(page)).toHaveText('Batch triage')
    await page.locator('#triage-file').setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: sheet() })
    await expect(page.getByTestId('triage-counts')).toHaveAttribute('data-bad', '1', { timeout: 30_000 })
    // the column named by its English header and letter (the template's headers are Chinese)
    await expect(page.getByTestId('triage-errors')).toContainText(
      /Row 4: 2025 Sales \(10k yuan\), column [A-Z]+: “12abc” is not a valid amount in 10k yuan: Contains a character/,
    )
    await expect(page.locator('tbody tr[data-row]')).toHaveCount(2)
    await expectEnglish(page, 'the triage page')
  })

  await test.step('the triage exported as CSV from the English page: every cell in English', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the results (CSV)' }).click(),
    ])
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''))
    expect(rows[0]![0]).toBe('Row')
    const left = rows.flatMap((r) => r.map((cell) => [leftover(cell, ALLOWED), cell])).filter(([l]) => l)
    expect(left, 'Chinese in the English export').toEqual([])
  })

  await test.step('the firm list importing a sheet: a bad row and the duplicate prompt, in English', async () => {
    await page.goto('/#/firms')
    await expect(heading(page)).toHaveText('Firms')
    await page.locator('#sheet-import-file').setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: sheet() })
    // the device holds only the example firm: the template's two examples are added, the bad row is listed;
    // the same sheet once more meets them both, so the prompt appears
    await expect(page.getByTestId('sheet-import-result')).toContainText('Row 4:')
    await expectEnglish(page, 'the firm list after a sheet import')
    await page.locator('#sheet-import-file').setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: sheet() })
    const prompt = page.getByRole('dialog', { name: 'This firm is already on this device' })
    await expect(prompt).toBeVisible()
    await expectEnglish(page, 'the duplicate prompt')
  })
})

test('a value the wizard cannot read is explained in English on an English page', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /^English/ }).click()
  await expect(heading(page)).toContainText('self-check')

  await test.step('the start page: a date that does not exist', async () => {
    const date = page.locator('#f-assessmentDate')
    await date.fill('2021-02-30')
    await date.press('Enter')
    await expect(page.locator('main')).toContainText('2021-02-30 is not a real date: check the month and the day')
    await expectEnglish(page, 'the start page with a date error')
  })

  await test.step('a number in scientific notation', async () => {
    await page.goto('/#/?example=strong-hnte')
    await page.waitForURL(/#\/results/)
    await page.goto('/#/step/staff')
    await page.locator('#f-staff-total').fill('1e3')
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.locator('main')).toContainText('Write the number out, not in scientific notation')
    // the typed text stays as typed
    await expect(page.locator('#f-staff-total')).toHaveValue('1e3')
    await expectEnglish(page, 'step staff with a number error')
  })
})
