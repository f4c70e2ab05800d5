// Helpdesk mode in Chromium: three firms created, switched between and found intact after a reload; the
// CSV summary parses; all firms export as one file that imports back; the county panel counts; the header
// links mark the current page; the settings keep the staff name and a target.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const row = (page: Page, name: string) => page.locator('tbody tr').filter({ hasText: name })

async function createFirm(page: Page, name: string) {
  await page.goto('/#/firms')
  await page.getByRole('button', { name: '新建企业' }).click()
  await page.waitForURL(/#\/$/)
  await page.goto('/#/firms')
  const current = page.locator('tr[aria-current="true"]')
  await current.getByRole('button', { name: /^重命名/ }).click()
  await current.getByRole('textbox').fill(name)
  await current.getByRole('button', { name: '保存' }).click()
  await expect(row(page, name)).toHaveCount(1)
}

test('three firms on one laptop: switch, reload, CSV summary, export and import all, county panel', async ({
  page,
}) => {
  test.slow()
  await test.step('creates three firms, switches between them, and finds all three intact after a reload', async () => {
    await page.goto('/')
    await page.locator('button[data-example="strong-hnte"]').click()
    await page.waitForURL(/#\/review/)
    await createFirm(page, '第二家企业')
    await createFirm(page, '第三家企业')
    const firstName = (await page.locator('tbody tr th').nth(2).locator('.firm-row__name').textContent())!
    await row(page, '第二家企业').getByRole('button', { name: /^打开/ }).click()
    await page.waitForURL(/#\/review/)
    await page.goto('/#/firms')
    await expect(page.locator('tr[aria-current="true"]')).toContainText('第二家企业')
    await page.reload()
    await expect(page.locator('tbody tr')).toHaveCount(3)
    await expect(page.locator('tr[aria-current="true"]')).toContainText('第二家企业')
    const first = row(page, firstName)
    await expect(first).toContainText(/符合条件|临界|不符合条件/)
    await first.getByRole('button', { name: /^打开/ }).click()
    await page.waitForURL(/#\/review/)
    await page.goto('/#/results')
    await expect(page.locator('main')).toContainText('高新技术企业认定')
  })

  await test.step('exports a CSV summary that parses: BOM, headers, one row per firm', async () => {
    await page.goto('/#/firms')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出汇总表（CSV）' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]!.split(',')).toEqual([
      '企业名称',
      '统一社会信用代码',
      '高新技术企业结论',
      '高企创新能力评分',
      '科技型中小企业结论',
      '科技型中小企业评价得分',
      '最大差距',
      '首要下一步',
      '评估日期',
      '最后修改',
      '最大差距(万元)',
      '上年销售收入(万元)',
    ])
    expect(lines).toHaveLength(4)
    expect(text).toContain('第三家企业')
  })

  await test.step('exports all firms as one file that imports back as three more firms, both copies kept', async () => {
    await page.goto('/#/firms')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出全部企业（JSON）' }).click(),
    ])
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(data).toMatchObject({ format: 'innocheck-firms', version: 1 })
    expect(data.firms).toHaveLength(3)
    // picked under the name it was saved with (the import checks the .json extension)
    await page.locator('#import-file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: readFileSync((await download.path())!),
    })
    await page.getByRole('button', { name: '全部添加到企业列表' }).click()
    // the same three firms are already here: the app asks once, for all of them, and keeps both copies
    const dialog = page.getByRole('dialog', { name: '这家企业已在本设备上' })
    await dialog.getByRole('checkbox', { name: '对其余 2 家重复的企业也这样处理' }).check()
    await dialog.getByRole('button', { name: '两份都保留' }).click()
    await expect(dialog).toHaveCount(0)
    await page.goto('/#/firms')
    await expect(page.locator('tbody tr')).toHaveCount(6)
  })

  await test.step('counts the firms on the county panel against the targets, with aria-current on its link', async () => {
    await page.goto('/#/panel')
    const table = page.getByRole('table')
    await expect(table).toContainText('高新技术企业：符合条件')
    await expect(table).toContainText('63')
    await expect(table).toContainText('1025')
    await expect(page.getByRole('link', { name: '县域看板' })).toHaveAttribute('aria-current', 'page')
  })
})

test('saves the staff name and a target in the settings', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByLabel('服务人员姓名', { exact: true }).fill('王五')
  await page.getByLabel('高新技术企业数量目标', { exact: true }).fill('80')
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toHaveCount(1)
  await page.reload()
  await expect(page.getByLabel('服务人员姓名', { exact: true })).toHaveValue('王五')
  await page.goto('/#/panel')
  await expect(page.getByRole('table')).toContainText('80')
})
