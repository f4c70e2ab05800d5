// Batch triage in Chromium: a 200-firm sheet in the template (8 bad rows, one unknown column) imported through
// the file picker, triaged in the Web Worker with a progress bar, counts and statuses checked against assess()
// in Node, the export re-read; a GBK-encoded sheet (Excel's plain "CSV" on Chinese Windows) is read too.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { assess } from '../../src/rules'
import { importCsv, parseCsv, profileToCells, templateColumns, templateCsv, TRIAGE_HEADERS } from '../../src/batch'
import { EXAMPLE_FIRMS } from '../../src/batch/template-examples'
import { STATUS_ZH } from '../../src/batch/export'
import { test, expect } from './fixtures'

const DATE = '2026-11-26'
const COLUMNS = templateColumns(DATE)
const SALES_2025 = COLUMNS.findIndex((c) => c.header === '2025年销售收入(万元)')
const BAD = (i: number) => i % 25 === 7

/** 200 firms from the template's first example: R&D from 70% to 129% of it, so verdicts differ */
function sheet(): string {
  const base = EXAMPLE_FIRMS(DATE)[0]!
  const rows = Array.from({ length: 200 }, (_, i) => {
    const p = structuredClone(base)
    p.company.name = `批量测试企业${String(i).padStart(3, '0')}`
    for (const y of p.years) if (y.rd?.inHouse) y.rd.inHouse = Math.round(y.rd.inHouse * (0.7 + (i % 60) / 100))
    const cells = profileToCells(p, COLUMNS)
    if (BAD(i)) cells[SALES_2025] = '12abc'
    return [...cells, `备注${i}`]
  })
  const header = templateCsv(DATE)
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]
  return `\uFEFF${header},备注\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`
}

/** a GBK encoder from the browser-standard decoder: every two-byte GBK code decoded once, inverted */
function gbkEncoder(): (text: string) => Uint8Array {
  const dec = new TextDecoder('gbk')
  const map = new Map<string, number[]>()
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const c = dec.decode(new Uint8Array([a, b]))
      if (c.length === 1 && c !== '\uFFFD' && !map.has(c)) map.set(c, [a, b])
    }
  return (text) =>
    new Uint8Array(
      [...text].flatMap((c) => {
        if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)]
        const bytes = map.get(c)
        if (!bytes) throw new Error(`no GBK code for ${c}`)
        return bytes
      }),
    )
}

const counts = (page: Page) => page.getByTestId('triage-counts')

test('imports 200 firms, reports the bad rows, agrees with assess(), sorts, filters, exports and opens a row', async ({
  page,
  requests,
}) => {
  test.slow() // 200 firms through the worker, then axe
  const text = sheet()
  const expected = importCsv(text)
  expect(expected.firms).toHaveLength(192)

  await test.step('imports 200 firms, reports the bad rows by number, and agrees with assess()', async () => {
    await page.goto('/#/firms')
    await page.getByRole('link', { name: '批量筛查企业表格' }).click()
    await page.waitForURL(/#\/triage/)
    // every value the progress bar takes, recorded in the page
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { __progress: number[] }).__progress = [])
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]')
        if (bar) seen.push(Number(bar.getAttribute('aria-valuenow')))
      }).observe(document.body, { subtree: true, childList: true, attributes: true })
    })
    await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles({
      name: 'pool.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    })
    await expect(counts(page)).toHaveAttribute('data-firms', '192', { timeout: 30_000 })
    await expect(counts(page)).toHaveAttribute('data-bad', '8')
    await expect(counts(page)).toContainText('已导入并评估 192 家企业；8 行有错误未导入')
    const progress = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress)
    expect(progress.length).toBeGreaterThan(0)
    expect(requests.some((u) => /\/assets\/worker-[^/]+\.js$/.test(u))).toBe(true)
    await expect(page.getByTestId('triage-unknown')).toContainText('备注')
    const errors = page.getByTestId('triage-errors').locator('li')
    await expect(errors).toHaveCount(8)
    expect(await errors.evaluateAll((li) => li.map((x) => x.getAttribute('data-row')))).toEqual([
      '9',
      '34',
      '59',
      '84',
      '109',
      '134',
      '159',
      '184',
    ])
    await expect(errors.first()).toContainText('第 9 行：“2025年销售收入(万元)”')
    for (const f of [expected.firms[0]!, expected.firms[50]!, expected.firms[123]!, expected.firms[191]!]) {
      const a = assess(f.profile)
      const row = page.locator(`tbody tr[data-row="${f.row}"]`)
      await expect(row.locator('td[data-col="hnte"]')).toHaveAttribute('data-status', a.hnte.status)
      await expect(row.locator('td[data-col="tsme"]')).toHaveAttribute('data-status', a.techSme.status)
    }
  })

  await test.step('sorts and filters the table', async () => {
    const names = page.locator('tbody tr th')
    await page.getByLabel('按企业名称搜索').fill('批量测试企业19')
    await expect(names).toHaveCount(10)
    const sortByName = page.locator('button[data-sort="name"]')
    await sortByName.click()
    await sortByName.click()
    await expect(page.locator('th:has(button[data-sort="name"])')).toHaveAttribute('aria-sort', 'descending')
    await expect(names.first()).toHaveText('批量测试企业199')
    await page.getByLabel('按企业名称搜索').fill('')
    // filter by a status some firms have (the first firm's, by the engine) and not all
    const status = assess(expected.firms[0]!.profile).hnte.status
    await page.getByLabel('高企状态').selectOption(status)
    const hnte = page.locator('tbody td[data-col="hnte"]')
    await expect(hnte.first()).toHaveAttribute('data-status', status)
    await expect(page.locator(`tbody td[data-col="hnte"]:not([data-status="${status}"])`)).toHaveCount(0)
    await page.getByLabel('高企状态').selectOption('')
  })

  await test.step('finds no WCAG 2.1 AA violation on the triage page with results', async () => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  await test.step('exports the triage as a UTF-8 CSV with a BOM, one row per firm and per bad row', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出筛查结果（CSV）' }).click(),
    ])
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual(TRIAGE_HEADERS)
    // note lines (filter, sort, time) follow the table after a blank row
    expect(rows.slice(1).filter((r) => /^\d+$/.test(r[0] ?? ''))).toHaveLength(200)
    const row9 = rows.find((r) => r[0] === '9')!
    expect(row9[4]).toBe('导入错误')
    const first = expected.firms[0]!
    const row2 = rows.find((r) => r[0] === String(first.row))!
    expect(row2[1]).toBe('批量测试企业000')
    expect(row2[4]).toBe(STATUS_ZH[assess(first.profile).hnte.status])
  })

  await test.step('opens a row as a new firm in the wizard', async () => {
    await page.getByRole('button', { name: '打开“批量测试企业001”' }).click()
    await page.waitForURL(/#\/review/)
    await page.goto('/#/firms')
    await expect(page.locator('tbody tr').filter({ hasText: '批量测试企业001' })).toHaveCount(1)
  })
})

test('reads a GBK-encoded sheet (Excel’s plain CSV) and prints the summary on one landscape A4 page', async ({
  page,
}) => {
  await test.step('reads the GBK sheet', async () => {
    const encode = gbkEncoder()
    expect([...encode('企业名称')]).toEqual([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6])
    const text = templateCsv(DATE).replace(/^\uFEFF/, '')
    const bytes = encode(text)
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text)
    await page.goto('/#/triage')
    await page
      .getByLabel('选择 Excel（.xlsx）或 CSV 文件')
      .setInputFiles({ name: 'gbk.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) })
    await expect(counts(page)).toHaveAttribute('data-firms', '2', { timeout: 30_000 })
    await expect(page.locator('.triage-import__file')).toContainText('GBK')
    await expect(page.locator('tbody')).toContainText('示例一：霸州市某新材料科技有限公司')
  })

  await test.step('prints the summary list on one landscape A4 page without the controls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'innocheck-triage-'))
    const pdf = join(dir, 'triage.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    if (!process.env.KEEP_PDF) rmSync(dir, { recursive: true, force: true })
    else console.log(pdf)
    expect(/^Pages:\s+(\d+)/m.exec(info)?.[1]).toBe('1')
    const [w, hgt] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number)
    expect(w).toBeGreaterThan(hgt!)
    expect(text).toContain('示例一：霸州市某新材料科技有限公司')
    expect(text).not.toContain('下载模板')
    expect(text).not.toContain('打开')
  })
})
