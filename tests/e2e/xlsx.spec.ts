// Excel in and out in Chromium (issue #10 §1): a workbook written here with exceljs (amounts as real number
// cells, as a clerk's Excel holds them) imported in batch triage and in the firm list; the same firms as CSV give
// the same triage; the triage, the firm summary and the template downloaded as .xlsx and read back with exceljs:
// number cells, a frozen header row, the 万元 amounts as numbers.
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { assess } from '../../src/rules'
import { profileToCells, templateColumns, templateCsv, TRIAGE_HEADERS } from '../../src/batch'
import { EXAMPLE_FIRMS } from '../../src/batch/template-examples'
import { typedCell } from '../../src/batch/xlsx-sheets'
import type { FirmProfile } from '../../src/profile/types'
import { rdShortFirm } from './helpers/firms'
import { test, expect } from './fixtures'

const DATE = '2026-11-26'
const COLUMNS = templateColumns(DATE)

/**
 * six firms from the template's two examples, R&D from 60% to 110% of theirs so the verdicts differ, and the
 * browser tests' R&D-short firm (tests/e2e/helpers/firms.ts: 26.60 万元 short of HNTE R&D intensity, worked by hand)
 */
function firms(): FirmProfile[] {
  const base = EXAMPLE_FIRMS(DATE)
  const six = Array.from({ length: 6 }, (_, i) => {
    const p = structuredClone(base[i % 2]!)
    p.company.name = `表格企业${i + 1}`
    p.company.creditCode = undefined
    for (const y of p.years) if (y.rd?.inHouse) y.rd.inHouse = Math.round(y.rd.inHouse * (0.6 + i / 10))
    return p
  })
  const short = rdShortFirm()
  short.company.name = '表格企业7'
  return [...six, short]
}

function csvOf(ps: FirmProfile[]): Buffer {
  const header = templateCsv(DATE)
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]
  const rows = ps.map((p) => profileToCells(p, COLUMNS).join(','))
  return Buffer.from(`\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`, 'utf8')
}

/** the workbook a clerk would keep: the template's headers, amounts and counts as number cells */
async function xlsxOf(ps: FirmProfile[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('企业名单')
  ws.addRow(COLUMNS.map((c) => c.header))
  for (const p of ps) ws.addRow(profileToCells(p, COLUMNS).map((t, i) => typedCell(COLUMNS[i]!.kind, t) ?? null))
  // a second sheet is never read (the import takes the first)
  wb.addWorksheet('说明').addRow(['企业名称', '不应被读取'])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function readBook(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer)
  return wb.worksheets[0]!
}

/** row number → [HNTE status, tech-SME status] as the triage table shows them */
async function triageStatuses(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, n: number) {
  await page.goto('/#/triage')
  // a fresh page: no table left from the file before
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '批量筛查' })).toBeVisible()
  await expect(page.getByTestId('triage-counts')).toHaveCount(0)
  await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles(file)
  await expect(page.locator('.triage-import__file')).toContainText(file.name)
  await expect(page.getByTestId('triage-counts')).toHaveAttribute('data-firms', String(n), { timeout: 30_000 })
  await expect(page.getByTestId('triage-counts')).toHaveAttribute('data-bad', '0')
  return page
    .locator('tbody tr[data-row]')
    .evaluateAll((trs) =>
      Object.fromEntries(
        trs.map((tr) => [
          tr.getAttribute('data-row'),
          [
            tr.querySelector('td[data-col="hnte"]')?.getAttribute('data-status'),
            tr.querySelector('td[data-col="tsme"]')?.getAttribute('data-status'),
          ],
        ]),
      ),
    )
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test('a workbook and the same firms as CSV give the same triage; the triage exports as a workbook', async ({
  page,
}) => {
  test.slow()
  const ps = firms()
  const expected = Object.fromEntries(
    ps.map((p, i) => [String(i + 2), [assess(p).hnte.status, assess(p).techSme.status]]),
  )
  // the firms must not all get one verdict, or "equal" would prove little
  expect(new Set(Object.values(expected).map((s) => s.join())).size).toBeGreaterThan(1)

  const fromCsv = await test.step('triages the CSV', () =>
    triageStatuses(page, { name: 'firms.csv', mimeType: 'text/csv', buffer: csvOf(ps) }, 7))
  const fromXlsx = await test.step('triages the workbook', async () => {
    const s = await triageStatuses(page, { name: 'firms.xlsx', mimeType: XLSX, buffer: await xlsxOf(ps) }, 7)
    await expect(page.locator('.triage-import__file')).toContainText('Excel 工作簿')
    await expect(page.locator('tbody')).not.toContainText('不应被读取')
    return s
  })
  expect(fromXlsx).toEqual(fromCsv)
  expect(fromXlsx).toEqual(expected)

  await test.step('exports the triage as a workbook: number cells, frozen header, the table’s rows', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出筛查结果（Excel）' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const ws = await readBook((await download.path())!)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(TRIAGE_HEADERS)
    for (let r = 2; r <= 8; r++) {
      const row = ws.getRow(r)
      expect(row.getCell(1).type, `row ${r}: 行号`).toBe(ExcelJS.ValueType.Number)
      const n = row.getCell(1).value as number
      const a = assess(ps[n - 2]!)
      expect(row.getCell(2).value).toBe(`表格企业${n - 1}`)
      // 高企得分下限 / 上限: numbers a spreadsheet can sum, equal to the engine's range
      expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Number)
      expect([row.getCell(6).value, row.getCell(7).value]).toEqual([a.hnte.score!.min, a.hnte.score!.max])
    }
    // 最大差距(万元): the R&D-short firm (row 8) is 26.60 万元 short, as a number cell in 万元
    const gapWan = TRIAGE_HEADERS.indexOf('最大差距(万元)') + 1
    const short = ws.getRow(8).getCell(gapWan)
    expect(short.type).toBe(ExcelJS.ValueType.Number)
    expect(short.value).toBe(26.6)
    expect(short.numFmt).toBe('0.00')
    expect(ws.getRow(8).getCell(TRIAGE_HEADERS.indexOf('最大差距') + 1).value).toBe('研发费用还差 26.60 万元')
    // every column at least as wide as its header (a Chinese character takes two character widths)
    const shown = (t: string) => [...t].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0)
    ws.columns.forEach((c, i) =>
      expect(c.width ?? 0, TRIAGE_HEADERS[i]).toBeGreaterThanOrEqual(shown(TRIAGE_HEADERS[i]!)),
    )
  })
})

test('the template downloads as a workbook with 万元 as number cells and drop-down lists', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/#/triage')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载模板（Excel）' }).click(),
  ])
  // the page's own errors while it wrote the workbook: none (the triage worker's handler once took exceljs's
  // window messages and threw on every download)
  await page.waitForTimeout(300)
  expect(errors).toEqual([])
  const ws = await readBook((await download.path())!)
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  const headers = (ws.getRow(1).values as unknown[]).slice(1)
  expect(headers).toEqual(COLUMNS.map((c) => c.header))
  const sales = headers.indexOf('2025年销售收入(万元)') + 1
  expect(sales).toBeGreaterThan(0)
  const first = EXAMPLE_FIRMS(DATE)[0]!
  const cell = ws.getRow(2).getCell(sales)
  expect(cell.type).toBe(ExcelJS.ValueType.Number)
  // the example's 2025 sales in yuan ÷ 10,000 = the 万元 figure the cell holds
  expect(cell.value).toBe(first.years.find((y) => y.year === 2025)!.salesRevenue! / 10_000)
  const tax = headers.indexOf(COLUMNS.find((c) => c.kind === 'taxCollection')!.header) + 1
  expect(ws.getRow(2).getCell(tax).dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"查账征收,核定征收"'],
  })
})

test('the firm list imports a workbook and exports its summary as a workbook', async ({ page }) => {
  test.slow()
  const ps = firms().slice(0, 3)
  await page.goto('/#/firms')
  await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles({
    name: 'firms.xlsx',
    mimeType: XLSX,
    buffer: await xlsxOf(ps),
  })
  await expect(page.getByTestId('sheet-import-result')).toContainText('已添加 3 家企业；0 家已在本设备上')
  for (const p of ps) await expect(page.locator('tbody tr').filter({ hasText: p.company.name! })).toHaveCount(1)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出汇总表（Excel）' }).click(),
  ])
  const ws = await readBook((await download.path())!)
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  expect(ws.getRow(1).getCell(1).value).toBe('企业名称')
  const names = [2, 3, 4].map((r) => ws.getRow(r).getCell(1).value)
  expect(names.sort()).toEqual(ps.map((p) => p.company.name).sort())
  for (const r of [2, 3, 4]) {
    const p = ps.find((x) => x.company.name === ws.getRow(r).getCell(1).value)!
    const a = assess(p)
    expect(ws.getRow(r).getCell(3).value).toBe(
      {
        eligible: '符合条件',
        borderline: '临界，结果取决于专家评分',
        ineligible: '不符合条件',
        incomplete: '信息不完整，暂无法判断',
      }[a.hnte.status],
    )
    // an exact score is a number cell; a range stays text ("60–75")
    const score = ws.getRow(r).getCell(4)
    if (a.hnte.score && a.hnte.score.min === a.hnte.score.max) expect(score.type).toBe(ExcelJS.ValueType.Number)
  }
})
