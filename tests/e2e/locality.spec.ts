// The county's settings in Chromium (issue #10 §4): the locality file exported, the settings changed, the file
// imported — the settings come back; a file that is not a locality file, or one with a bad date, is refused with a
// message saying what to fix and changes nothing; the phones and addresses typed in the settings appear beside
// the departments on the results checklist and on the printed sheet.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const SCIENCE = '霸州市科技和工业信息化局'
const TAX = '国家税务总局霸州市税务局'

const label = (page: Page, name: string) => page.getByLabel(name, { exact: true })
const BATCH = '第 1 批 截止日期'

async function fillSettings(page: Page, v: { phone: string; address: string; taxPhone: string; deadline: string }) {
  await page.goto('/#/settings')
  await label(page, `${SCIENCE} 联系电话`).fill(v.phone)
  await label(page, `${SCIENCE} 地址`).fill(v.address)
  await label(page, `${TAX} 联系电话`).fill(v.taxPhone)
  if ((await label(page, BATCH).count()) === 0) await page.getByRole('button', { name: '添加申报批次' }).click()
  await label(page, BATCH).fill(v.deadline)
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toHaveCount(1)
}

const FIRST = { phone: '0316-7221234', address: '霸州市迎宾道 88 号', taxPhone: '0316-7225678', deadline: '2027-06-30' }

async function chooseFile(page: Page, name: string, body: string | Buffer) {
  await page.locator('#settings-file-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(body) ? body : Buffer.from(body),
  })
}

test('the locality file: export, change, import brings the settings back; bad files are refused with advice', async ({
  page,
}) => {
  await fillSettings(page, FIRST)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出地区设置文件' }).click(),
  ])
  const file = readFileSync((await download.path())!)
  expect(download.suggestedFilename()).toMatch(/\.json$/)
  const exported = JSON.parse(file.toString('utf8')) as {
    locality: { departments: { id: string; phone: string }[]; hnteBatches: { date: string }[] }
  }
  expect(exported).toMatchObject({ format: 'innocheck-locality', version: 2, county: '霸州市' })
  expect(exported.locality.departments.find((d) => d.id === 'science')?.phone).toBe(FIRST.phone)
  expect(exported.locality.departments.find((d) => d.id === 'tax')?.phone).toBe(FIRST.taxPhone)
  expect(exported.locality.hnteBatches.map((b) => b.date)).toEqual([FIRST.deadline])

  await test.step('changed settings come back from the file', async () => {
    await fillSettings(page, { phone: '110', address: '别处', taxPhone: '', deadline: '2027-09-30' })
    await page.reload()
    await expect(label(page, `${SCIENCE} 联系电话`)).toHaveValue('110')
    await chooseFile(page, download.suggestedFilename(), file)
    await expect(page.getByRole('status').filter({ hasText: '已导入“霸州市”的地区设置' })).toHaveCount(1)
    await expect(label(page, `${SCIENCE} 联系电话`)).toHaveValue(FIRST.phone)
    await expect(label(page, `${SCIENCE} 地址`)).toHaveValue(FIRST.address)
    await expect(label(page, `${TAX} 联系电话`)).toHaveValue(FIRST.taxPhone)
    await expect(label(page, BATCH)).toHaveValue(FIRST.deadline)
    // kept on the device, not only in the form
    await page.reload()
    await expect(label(page, `${SCIENCE} 联系电话`)).toHaveValue(FIRST.phone)
  })

  await test.step('a file that is not a locality file, or has a bad date, changes nothing and says why', async () => {
    const alert = page.getByRole('alert')
    await chooseFile(page, 'notes.json', 'not json at all')
    await expect(alert).toContainText('未导入，本机设置没有改变')
    await expect(alert).toContainText('不是有效的 JSON 文件')
    await chooseFile(page, 'profile.json', JSON.stringify({ format: 'innocheck-profile', version: 1 }))
    await expect(alert).toContainText('不是 InnoCheck 地区设置文件')
    const bad = JSON.parse(file.toString('utf8'))
    bad.locality.hnteBatches[0].date = '2027-02-30'
    bad.locality.departments[0].phone = '999'
    await chooseFile(page, 'bad.json', JSON.stringify(bad))
    // the message names the field, the value and the form it should take
    await expect(alert).toContainText('“hnteBatches[1].date”的“2027-02-30”不是有效日期（YYYY-MM-DD）')
    await expect(label(page, `${SCIENCE} 联系电话`)).toHaveValue(FIRST.phone)
  })
})

test('the phones and addresses from the settings are on the results checklist and on the printed sheet', async ({
  page,
}) => {
  await fillSettings(page, FIRST)
  await page.goto('/#/?example=strong-hnte')
  await page.waitForURL(/#\/results/)

  await test.step('results checklist: each department’s group shows its phone (and address)', async () => {
    const science = page.locator('section.who-group').filter({ has: page.getByRole('heading', { name: SCIENCE }) })
    await expect(science.getByTestId('contact')).toHaveText(`电话：${FIRST.phone}、地址：${FIRST.address}`)
    const tax = page.locator('section.who-group').filter({ has: page.getByRole('heading', { name: TAX }) })
    await expect(tax.getByTestId('contact')).toHaveText(`电话：${FIRST.taxPhone}`)
  })

  await test.step('printed sheet: beside every item of those departments', async () => {
    await page.goto('/#/print')
    const who = page.locator('td.ps-who')
    await expect(who.first()).toBeVisible()
    const science = who.filter({ hasText: SCIENCE })
    const tax = who.filter({ hasText: TAX })
    expect(await science.count()).toBeGreaterThan(0)
    expect(await tax.count()).toBeGreaterThan(0)
    for (const cell of await science.all()) {
      await expect(cell.locator('[data-phone]')).toHaveText(`电话：${FIRST.phone}`)
      await expect(cell.locator('[data-address]')).toHaveText(`地址：${FIRST.address}`)
    }
    for (const cell of await tax.all()) {
      await expect(cell.locator('[data-phone]')).toHaveText(`电话：${FIRST.taxPhone}`)
      await expect(cell.locator('[data-address]')).toHaveCount(0)
    }
  })
})
