// The A4 result sheet printed to PDF in Chromium for every example firm: page count (pdfinfo) and key text
// (pdftotext); the fixtures check that no request left the origin.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/** the helpdesk settings (src/stores/settings.ts), read when the app starts */
const SETTINGS_KEY = 'innocheck:settings'

const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort()
/** the typical firms: two pages once promised, three since the sheet carries the firm's key input figures
 * (issue #10 §5) and the law's own words in its footnotes (issue #8 §10); the others three */
const firmName = (name: string): string =>
  (JSON.parse(readFileSync(join('examples', `${name}.json`), 'utf8')) as { company: { name?: string } }).company.name ??
  ''

const pages = (pdf: string): number => {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))
  if (!m) throw new Error('pdfinfo gave no page count')
  return Number(m[1])
}
/** the text with all whitespace removed: pdftotext breaks lines and spaces CJK text as it lays it out */
const textOf = (pdf: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
const squash = (s: string) => s.replace(/\s+/g, '')

/** PRINT_PDF_DIR keeps the PDFs for a look (pdftoppm -png -r 60 file.pdf /tmp/p) */
async function printExample(page: Page, name: string, dir: string, english = false): Promise<string> {
  await page.goto('/#/')
  // helpdesk mode adds the staff line: the longest sheet a firm gets
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ staffName: '王芳' })), SETTINGS_KEY)
  await page.reload()
  if (english) {
    await page.getByRole('button', { name: /^English/ }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  }
  await page.locator(`button[data-example="${name}"]`).click()
  await page.waitForURL(/#\/review/)
  await page.evaluate(() => {
    location.hash = '#/print'
  })
  await expect(page.locator('.print-sheet')).toBeVisible()
  if (english) await expect(page.getByRole('heading', { level: 1 })).toHaveText('InnoCheck result sheet')
  await page.emulateMedia({ media: 'print' })
  const file = join(dir, `${english ? 'en-' : ''}${name}.pdf`)
  await page.pdf({ path: file, format: 'A4', printBackground: true })
  return file
}

for (const name of EXAMPLES) {
  test(`prints ${name} on few A4 pages with its name, the disclaimer and the sources`, async ({ page }) => {
    const dir = process.env.PRINT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'innocheck-print-'))
    const pdf = await printExample(page, name, dir)
    const count = pages(pdf)
    const text = squash(textOf(pdf))
    if (!process.env.PRINT_PDF_DIR) rmSync(dir, { recursive: true, force: true })
    expect(count).toBeGreaterThanOrEqual(1)
    expect(count).toBeLessThanOrEqual(3)
    const has = (s: string) => text.includes(squash(s))
    for (const s of [
      firmName(name),
      '自评结果仅供参考，不代替主管部门的认定',
      '国科发火〔2016〕32号',
      '科创自评结果单',
    ])
      expect(has(s), s).toBe(true)
    expect(has('服务人员：王芳'), 'the helpdesk staff line').toBe(true)
    expect(has(`第1页/共${count}页`), 'page numbers in the margin').toBe(true)
    // the app's own chrome stays off the paper
    for (const s of ['跳到主要内容', '清除本机全部数据', '返回结果页']) expect(has(s), s).toBe(false)
  })
}

// English runs longer than Chinese: the same sheet took 4 pages to the Chinese 3 (print CSS for English in
// src/print/sheet.css). It fits as the Chinese does, with the same parts on it.
for (const name of EXAMPLES) {
  test(`prints ${name} in English on as few A4 pages as in Chinese`, async ({ page }) => {
    const dir = process.env.PRINT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'innocheck-print-'))
    const pdf = await printExample(page, name, dir, true)
    const count = pages(pdf)
    const text = squash(textOf(pdf))
    if (!process.env.PRINT_PDF_DIR) rmSync(dir, { recursive: true, force: true })
    expect(count).toBeLessThanOrEqual(3)
    const has = (s: string) => text.includes(squash(s))
    for (const s of [
      'InnoCheck result sheet',
      'A self-assessment for reference only; it does not replace recognition by the authorities.',
      'Legal sources',
      'Signatures',
      'Helpdesk staff: 王芳',
      `Page ${count} of ${count}`,
    ])
      expect(has(s), s).toBe(true)
  })
}
