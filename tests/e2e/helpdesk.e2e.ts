// Helpdesk mode in Chromium: three firms created, switched between and found intact after a reload; the
// CSV summary parses; the county panel counts; the header links mark the current page.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { startHarness, type Harness } from './harness'

describe('helpdesk mode in the browser', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  const row = (name: string) => h.page.locator('tbody tr').filter({ hasText: name })

  async function createFirm(name: string) {
    await h.page.goto(h.origin + '/#/firms')
    await h.page.getByRole('button', { name: '新建企业' }).click()
    await h.page.waitForURL(/#\/$/)
    await h.page.goto(h.origin + '/#/firms')
    const r = h.page.locator('tr[aria-current="true"]')
    await r.getByRole('button', { name: /^重命名/ }).click()
    await r.getByRole('textbox').fill(name)
    await r.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => row(name).count()).toBe(1)
  }

  it('creates three firms, switches between them, and finds all three intact after a reload', async () => {
    await h.page.goto(h.origin + '/')
    await h.page.locator('button[data-example="strong-hnte"]').click()
    await h.page.waitForURL(/#\/review/)
    await createFirm('第二家企业')
    await createFirm('第三家企业')
    const firstName = await h.page.locator('tbody tr th').nth(2).locator('.firm-row__name').textContent()
    await row('第二家企业').getByRole('button', { name: /^打开/ }).click()
    await h.page.waitForURL(/#\/review/)
    await h.page.goto(h.origin + '/#/firms')
    expect(await h.page.locator('tr[aria-current="true"]').textContent()).toContain('第二家企业')
    await h.page.reload()
    await expect.poll(() => h.page.locator('tbody tr').count()).toBe(3)
    expect(await h.page.locator('tr[aria-current="true"]').textContent()).toContain('第二家企业')
    const first = row(firstName!)
    expect(await first.textContent()).toMatch(/符合条件|临界|不符合条件/)
    await first.getByRole('button', { name: /^打开/ }).click()
    await h.page.waitForURL(/#\/review/)
    await h.page.goto(h.origin + '/#/results')
    await expect.poll(() => h.page.locator('main').textContent()).toContain('高新技术企业认定')
    expect(h.foreign()).toEqual([])
  })

  it('exports a CSV summary that parses: BOM, headers, one row per firm', async () => {
    await h.page.goto(h.origin + '/#/firms')
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: '导出汇总表（CSV）' }).click(),
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
    ])
    expect(lines).toHaveLength(4)
    expect(text).toContain('第三家企业')
    expect(h.foreign()).toEqual([])
  })

  it('exports all firms as one file that imports back as three firms', async () => {
    await h.page.goto(h.origin + '/#/firms')
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: '导出全部企业（JSON）' }).click(),
    ])
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(data).toMatchObject({ format: 'innocheck-firms', version: 1 })
    expect(data.firms).toHaveLength(3)
    await h.page.locator('#import-file').setInputFiles((await download.path())!)
    await h.page.getByRole('button', { name: '全部添加到企业列表' }).click()
    await h.page.waitForURL(/#\/review/)
    await h.page.goto(h.origin + '/#/firms')
    await expect.poll(() => h.page.locator('tbody tr').count()).toBe(6)
    expect(h.foreign()).toEqual([])
  })

  it('counts the firms on the county panel against the targets, with aria-current on its link', async () => {
    await h.page.goto(h.origin + '/#/panel')
    const table = h.page.getByRole('table')
    await expect.poll(() => table.textContent()).toContain('高新技术企业：符合条件')
    expect(await table.textContent()).toContain('63')
    expect(await table.textContent()).toContain('1025')
    expect(await h.page.getByRole('link', { name: '县域看板' }).getAttribute('aria-current')).toBe('page')
    expect(h.foreign()).toEqual([])
  })

  it('saves the staff name and a target in the settings', async () => {
    await h.page.goto(h.origin + '/#/settings')
    await h.page.getByLabel('服务人员姓名', { exact: true }).fill('王五')
    await h.page.getByLabel('高新技术企业数量目标', { exact: true }).fill('80')
    await h.page.getByRole('button', { name: '保存设置' }).click()
    await expect.poll(() => h.page.getByRole('status').filter({ hasText: '设置已保存' }).count()).toBe(1)
    await h.page.reload()
    expect(await h.page.getByLabel('服务人员姓名', { exact: true }).inputValue()).toBe('王五')
    await h.page.goto(h.origin + '/#/panel')
    await expect.poll(() => h.page.getByRole('table').textContent()).toContain('80')
    expect(h.foreign()).toEqual([])
  })
})
