// Layout at a phone's width (390 px) and on a laptop in English (1280 px): nothing needs sideways scrolling (a
// newcomer found the triage filters 604 px wide in a 358 px column and the results' verdict column cut off at
// "✓ 符"), and the header keeps the language switch on its one row.
import AxeBuilder from '@axe-core/playwright'
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

/** the triage page on a 390 px phone, with the template's example firms imported */
async function triageTemplateOnPhone(page: Page) {
  await page.setViewportSize(PHONE)
  await page.goto('/#/triage')
  await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles({
    name: 'pool.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(templateCsv('2026-11-26')),
  })
}

test('the triage filters fit a 390 px phone', async ({ page }) => {
  await triageTemplateOnPhone(page)
  await expect(page.getByLabel('科小状态')).toBeVisible()
  expect(await overflow(page, '.triage')).toBe(0)
  expect(await overflow(page, 'html')).toBe(0)
  const select = await page.getByLabel('高企状态').boundingBox()
  expect(select!.x + select!.width).toBeLessThanOrEqual(PHONE.width)
  await page.screenshot({ path: 'test-results/layout-triage-390.png', fullPage: true })
})

test('the triage table stacks its rows on a 390 px phone: no sideways scroll, every cell and Open on screen', async ({
  page,
}) => {
  await triageTemplateOnPhone(page)
  const table = page.getByRole('table', { name: /^筛查结果/ })
  const rows = table.getByRole('row').filter({ has: page.getByRole('button', { name: /^打开/ }) })
  await expect(rows.first()).toBeVisible()
  expect(await overflow(page, '.triage-table')).toBe(0)
  expect(await overflow(page, 'html')).toBe(0)
  // still a table of rows: each firm's row keeps its name as the row's heading and its cells
  expect(await rows.count()).toBeGreaterThan(0)
  const first = rows.first()
  await expect(first.getByRole('rowheader')).toHaveCount(1)
  for (const cell of await first.getByRole('cell').all()) {
    const box = await cell.boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width)
  }
  // each cell says what it is (the column headings are not beside it), as seen and as read: 高企 with its verdict
  await expect(first.getByRole('cell', { name: /^高企\s*(符合|临界|不符合|信息不全)/ })).toBeVisible()
  await expect(first.getByRole('cell', { name: /^第一步/ })).toBeVisible()
  // sorting stays at hand by keyboard: the headings' buttons
  const sortByName = page.getByRole('button', { name: /^企业名称/ })
  await sortByName.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('columnheader', { name: /企业名称/ })).toHaveAttribute('aria-sort', 'ascending')
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  await page.locator('.triage-table').screenshot({ path: 'test-results/layout-triage-table-390.png' })
})

test('a long triage list (rendered in a window) scrolls to its last card on a 390 px phone', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/#/triage')
  // the template's example firms, renamed, 300 times: past the 200 rows from which only the rows in view render
  const [head, ...lines] = templateCsv('2026-11-26')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
  const rows = Array.from({ length: 300 }, (_, i) => lines[i % lines.length]!.replace(/^[^,]*/, `企业${i}`))
  await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles({
    name: 'pool.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${head}\r\n${rows.join('\r\n')}\r\n`),
  })
  await expect(page.getByText('显示 300 / 300 家')).toBeVisible({ timeout: 60_000 })
  const box = page.locator('.triage-table')
  const lastRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^打开/ }) })
    .last()
  /** whether the last of the 300 is rendered within the scrolling box's visible part */
  const lastInView = () =>
    lastRow.evaluate((tr) => {
      const r = tr.getBoundingClientRect()
      const b = tr.closest('.triage-table')!.getBoundingClientRect()
      return tr.getAttribute('aria-rowindex') === '301' && r.bottom > b.top && r.top < b.bottom
    })
  // rows measure themselves as they appear (the list grows as they do): scroll to the end until the last is there
  await expect(async () => {
    await box.evaluate((el) => (el.scrollTop = el.scrollHeight))
    await page.waitForTimeout(100)
    expect(await lastInView()).toBe(true)
  }).toPass({ timeout: 30_000 })
  expect(await overflow(page, '.triage-table')).toBe(0)
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

test('the firm list stacks each firm as a card on a 390 px phone: no sideways scroll, names whole, cells named', async ({
  page,
}) => {
  // a newcomer found #/firms 745 px wide at 390 px, the firm-name column two characters wide
  await page.setViewportSize(PHONE)
  for (const example of ['strong-hnte', 'young-firm']) {
    await page.goto(`/#/?example=${example}`)
    await page.waitForURL(/#\/results/)
  }
  // and a new firm with nothing answered: its long status (“? 信息不完整，暂无法判断”) once ran 410 px wide
  await page.goto('/#/firms')
  await page.getByRole('button', { name: '新建企业' }).click()
  await page.goto('/#/firms')
  const table = page.getByRole('table', { name: /^企业列表/ })
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') })
  await expect(rows).toHaveCount(3)
  await expect(table).toContainText('信息不完整')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  for (const cell of await table.getByRole('cell').all()) {
    const box = await cell.boundingBox()
    if (box) expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
  }
  const first = rows.first()
  // the name takes the card's width (not two characters)
  const name = await first.getByRole('rowheader').boundingBox()
  expect(name!.width).toBeGreaterThan(PHONE.width / 2)
  for (const cell of await first.getByRole('cell').all()) {
    const box = await cell.boundingBox()
    if (!box) continue // a firm with no credit code: that cell is not shown
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
  }
  // each cell says what it is, as seen and as read, the column headings not being beside it
  await expect(first.getByRole('cell', { name: /^高新技术企业/ })).toBeVisible()
  await expect(first.getByRole('cell', { name: /^最后修改/ })).toBeVisible()
  // renaming (a field and two buttons in the name's cell) still fits
  await first.getByRole('button', { name: /^重命名/ }).click()
  await expect(first.getByRole('textbox')).toBeFocused()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  await page.screenshot({ path: 'test-results/layout-firms-390.png', fullPage: true })
  // on a laptop it is the table it was: column headings shown above the cells
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(table.getByRole('columnheader', { name: '企业名称' })).toBeVisible()
  const heading = await table.getByRole('columnheader', { name: '最后修改' }).boundingBox()
  const cell = await first.getByRole('cell').nth(3).boundingBox()
  expect(Math.abs(heading!.x - cell!.x)).toBeLessThan(2)
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
