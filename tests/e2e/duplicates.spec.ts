// One firm, one record, in Chromium (issue #10 §3): a sheet row for a firm already on the device (same credit
// code) asks update / keep both / cancel and shows what differs; each choice does what it says; the county
// panel counts the firm once; rows of one sheet repeating a credit code are reported.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { profileToCells, templateColumns, templateCsv } from '../../src/batch'
import type { FirmProfile } from '../../src/profile/types'
import { test, expect } from './fixtures'

const EXAMPLE = JSON.parse(readFileSync('examples/strong-hnte.json', 'utf8')) as FirmProfile
const NAME = EXAMPLE.company.name!
const CODE = EXAMPLE.company.creditCode!
const COLUMNS = templateColumns(EXAMPLE.assessmentDate)

function csv(ps: FirmProfile[]): Buffer {
  const header = templateCsv(EXAMPLE.assessmentDate)
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]
  return Buffer.from(`\uFEFF${header}\r\n${ps.map((p) => profileToCells(p, COLUMNS).join(',')).join('\r\n')}\r\n`)
}

/** the example firm with 5 more staff (260 → 265): one difference the prompt must show */
function changed(): FirmProfile {
  const p = structuredClone(EXAMPLE)
  p.staff.total = 265
  return p
}

async function importSheet(page: Page, body: Buffer) {
  await page.goto('/#/firms')
  // a file chosen while the list page settles can be dropped (closing note, #9): wait for the list first
  await expect(page.getByText(/^共 \d+ 家企业/)).toBeVisible()
  await page
    .getByLabel('选择 Excel（.xlsx）或 CSV 文件')
    .setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: body })
}

const prompt = (page: Page) => page.getByRole('dialog', { name: '这家企业已在本设备上' })
const staffRow = (page: Page) => prompt(page).getByRole('row').filter({ hasText: '职工总数（高企口径）' })
const rows = (page: Page) => page.locator('tbody tr').filter({ hasText: NAME })

test('a firm already on the device: update shows what differs, keep both, cancel; the panel counts it once', async ({
  page,
}) => {
  test.slow()
  await page.goto('/#/?example=strong-hnte')
  await page.waitForURL(/#\/results/)

  await test.step('the prompt names the firm by its code and shows the changed staff count', async () => {
    await importSheet(page, csv([changed()]))
    await expect(page.getByTestId('sheet-import-result')).toContainText('已添加 0 家企业；1 家已在本设备上')
    await expect(prompt(page)).toContainText(`统一社会信用代码为 ${CODE} 的“${NAME}”已保存在本设备上`)
    await expect(staffRow(page).getByRole('cell')).toHaveText(['260', '265'])
  })

  await test.step('update: still one record, now with 265 staff (a second import finds no staff difference)', async () => {
    await prompt(page).getByRole('button', { name: '用导入的内容更新已有企业' }).click()
    await expect(prompt(page)).toHaveCount(0)
    await expect(rows(page)).toHaveCount(1)
    await importSheet(page, csv([changed()]))
    await expect(prompt(page)).toBeVisible()
    await expect(staffRow(page)).toHaveCount(0)
  })

  await test.step('keep both: two records', async () => {
    await prompt(page).getByRole('button', { name: '两份都保留' }).click()
    await expect(prompt(page)).toHaveCount(0)
    await expect(rows(page)).toHaveCount(2)
  })

  await test.step('cancel: nothing added, nothing changed', async () => {
    const p = changed()
    p.staff.total = 300
    await importSheet(page, csv([p]))
    await expect(prompt(page)).toBeVisible()
    await prompt(page).getByRole('button', { name: '取消（不导入这一份）' }).click()
    await expect(prompt(page)).toHaveCount(0)
    await expect(rows(page)).toHaveCount(2)
    // the records still hold 265: a new import of 265 shows no staff difference
    await importSheet(page, csv([changed()]))
    await expect(staffRow(page)).toHaveCount(0)
    await prompt(page).getByRole('button', { name: '取消（不导入这一份）' }).click()
  })

  await test.step('the county panel counts the firm once and says so', async () => {
    await page.goto('/#/panel')
    await expect(page.getByText('另有 1 条记录与已统计的企业统一社会信用代码（或名称）相同')).toBeVisible()
    // strong-hnte is an eligible HNTE: one firm, not two
    const hnte = page.getByRole('row').filter({ hasText: '高新技术企业：符合条件' })
    await expect(hnte.getByRole('cell').first()).toHaveText('1')
  })
})

test('rows of one sheet repeating a credit code are reported with their row numbers', async ({ page }) => {
  const second = changed()
  second.company.name = '同一代码的另一行'
  const other = structuredClone(EXAMPLE)
  other.company.name = '代码不同的企业'
  other.company.creditCode = '91131081MA0CQ1W852'
  await importSheet(page, csv([EXAMPLE, other, second]))
  await expect(page.getByTestId('sheet-import-result')).toContainText(
    `统一社会信用代码 ${CODE} 在第 2、4 行重复出现：同一家企业应只占一行`,
  )
  // reported, not merged: which row is right is for the clerk to decide
  await expect(page.locator('tbody tr')).toHaveCount(3)
  await page.goto('/#/triage')
  // both pages label their file input alike: wait for the triage page before choosing
  await expect(page.getByRole('heading', { level: 1, name: '批量筛查' })).toBeVisible()
  await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles({
    name: 'firms.csv',
    mimeType: 'text/csv',
    buffer: csv([EXAMPLE, other, second]),
  })
  await expect(page.locator('.triage-report')).toContainText(`统一社会信用代码 ${CODE} 在第 2、4 行重复出现`)
})
