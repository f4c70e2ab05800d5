// The locality editor in Chromium (issue #10 §4), used with the keyboard only: the county and a department's
// phone changed in the settings appear on the results checklist and on the printed sheet; what is typed survives
// a reload before it is saved; a bad value is named with how to fix it (axe finds nothing on that page either);
// the English pages show the departments' English names.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const TAX = '国家税务总局霸州市税务局'
const label = (page: Page, name: string) => page.getByLabel(name, { exact: true })

/** focus a field with Tab from the one before it would take dozens of presses: focus it, then type as a user does */
async function typeInto(page: Page, name: string, text: string) {
  const field = label(page, name)
  await field.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`))
}

test('a new county and a tax phone reach the results checklist and the sheet; typing survives a reload', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()

  await test.step('typed, not saved, reloaded: still there, and the page says so', async () => {
    await typeInto(page, '县（市、区）名称（中文）', '文安县')
    await typeInto(page, '县（市、区）名称（英文）', 'Wen’an')
    await typeInto(page, `${TAX} 联系电话`, '0316-5212366')
    await page.reload()
    await expect(page.getByText('已恢复上次输入但尚未保存的修改')).toBeVisible()
    await expect(label(page, '县（市、区）名称（中文）')).toHaveValue('文安县')
    await expect(label(page, `${TAX} 联系电话`)).toHaveValue('0316-5212366')
  })

  await test.step('a bad value is named with how to fix it, from a keyboard-only save', async () => {
    await typeInto(page, '霸州市统计局 联系电话', '统计局办公室')
    await label(page, '霸州市统计局 联系电话').press('Enter')
    const summary = page.getByRole('alert')
    await expect(summary).toContainText('电话只能包含数字、空格、“-”“+”、括号和“转”（分机），如 0316-7221234 转 8001')
    await expect(summary).toBeFocused()
    expect(await axe(page)).toEqual([])
    await summary.getByRole('link').first().press('Enter')
    await expect(label(page, '霸州市统计局 联系电话')).toBeFocused()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('Backspace')
    await page.getByRole('button', { name: '添加申报批次' }).press('Enter')
    await expect(label(page, '第 1 批 截止日期')).toBeFocused()
    await page.keyboard.type('2027-06-30')
    await page.keyboard.press('Tab')
    await page.keyboard.type('2026-11-20')
    await page.keyboard.press('Tab')
    await page.keyboard.type('冀科高函〔2026〕9号')
    await page.getByRole('button', { name: '保存设置' }).press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toHaveCount(1)
  })

  await page.goto('/#/?example=strong-hnte')
  await page.waitForURL(/#\/results/)

  await test.step('results checklist: the county and the tax office’s phone', async () => {
    await expect(page.getByTestId('checklist-locality')).toHaveText('办理部门和联系方式按文安县（河北省）的地区设置。')
    const tax = page.locator('section.who-group').filter({ has: page.getByRole('heading', { name: TAX }) })
    await expect(tax.getByTestId('contact')).toHaveText('电话：0316-5212366')
  })

  await test.step('printed sheet: the same', async () => {
    await page.goto('/#/print')
    await expect(page.getByTestId('checklist-locality')).toHaveText('办理部门和联系方式按文安县（河北省）的地区设置。')
    const tax = page.locator('td.ps-who').filter({ hasText: TAX })
    // waits (a bare count() raced the sheet's rendering and could read 0)
    await expect(tax.first()).toBeVisible()
    for (const cell of await tax.all()) await expect(cell.locator('[data-phone]')).toHaveText('电话：0316-5212366')
    // the batch deadline from the settings, with where and when the bureau read it
    const submit = page.locator('tr[data-item="apply.hnte.submit"]')
    await expect(submit.locator('[data-by]')).toContainText('2027')
    await expect(submit.locator('[data-checked]')).toHaveText('日期来源：冀科高函〔2026〕9号（2026-11-20 核对）')
  })

  await test.step('English: the county and the departments in English', async () => {
    await page.goto('/#/results')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByTestId('checklist-locality')).toHaveText(
      'Departments and contacts as set for Wen’an, Hebei Province.',
    )
    await expect(page.getByRole('heading', { name: 'Bazhou Tax Bureau (State Taxation Administration)' })).toBeVisible()
    await page.goto('/#/settings')
    await expect(page.getByRole('group', { name: 'Bazhou Administrative Approval Bureau' })).toBeVisible()
    expect(await axe(page)).toEqual([])
  })
})
