// Profile files in Chromium: export → import round trip, and a catalogue of bad files that each show their
// message and change nothing. Firm names with HTML stay text.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { startHarness, type Harness } from './harness'

const example = JSON.parse(readFileSync('examples/strong-hnte.json', 'utf8')) as Record<string, unknown>
const withName = (name: string) => ({ ...example, company: { ...(example.company as object), name } })
const HTML_NAME = '<img src="https://evil.example/x.png"><b>粗体公司</b>'

describe('profile files in the browser', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  async function upload(name: string, buffer: Buffer) {
    await h.page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer })
  }
  const firmCount = () =>
    h.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('innocheck:firm:')).length)

  it('exports the current firm and imports it back identical', async () => {
    await h.page.goto(h.origin + '/#/firms')
    await upload('a.innocheck.json', Buffer.from(JSON.stringify(example)))
    await h.page.getByRole('button', { name: '作为新企业打开' }).click()
    await h.page.waitForURL(/#\/review/)
    await h.page.goto(h.origin + '/#/results')
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: '导出企业档案文件' }).click(),
    ])
    const name = (example.company as { name: string }).name
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${name}-\\d{4}-\\d{2}-\\d{2}\\.innocheck\\.json$`))
    const text = readFileSync((await download.path())!, 'utf8')
    expect(JSON.parse(text)).toEqual(example)
    await h.page.goto(h.origin + '/#/firms')
    await upload('b.innocheck.json', Buffer.from(text))
    await expect.poll(() => h.page.getByTestId('preview-name').textContent()).toBe(name)
    expect(h.foreign()).toEqual([])
  })

  const bad: [string, Buffer, RegExp][] = [
    ['empty', Buffer.alloc(0), /文件为空/],
    ['not JSON', Buffer.from('hello, world'), /不是有效的 JSON/],
    ['truncated', Buffer.from(JSON.stringify(example).slice(0, 200)), /不是有效的 JSON/],
    ['5 MB', Buffer.alloc(5 * 1024 * 1024, 32), /文件过大/],
    ['future version', Buffer.from(JSON.stringify({ ...example, version: 2 })), /请升级/],
    [
      '__proto__ keys',
      Buffer.from(JSON.stringify(example).replace('"company":{', '"company":{"__proto__":{"x":1},')),
      /不允许的键名/,
    ],
    ['wrong types', Buffer.from(JSON.stringify({ ...example, staff: { total: '很多' } })), /职工总数：/],
    ['not UTF-8', Buffer.from([0x7b, 0xc6, 0xf3, 0xd2, 0xb5, 0x7d]), /UTF-8/],
    ['another format', Buffer.from('{"format":"other"}'), /不是 InnoCheck 企业档案文件/],
  ]

  it.each(bad)('rejects a file that is %s with its message and changes nothing', async (_, buffer, message) => {
    await h.page.goto(h.origin + '/#/firms')
    const before = await firmCount()
    const current = await h.page.evaluate(() => localStorage.getItem('innocheck:firms'))
    await upload('bad.innocheck.json', buffer)
    await expect.poll(() => h.page.getByRole('alert').filter({ hasText: '未导入' }).textContent()).toMatch(message)
    expect(await firmCount()).toBe(before)
    expect(await h.page.evaluate(() => localStorage.getItem('innocheck:firms'))).toBe(current)
    expect(await h.page.locator('.import-preview').count()).toBe(0)
    expect(h.foreign()).toEqual([])
  })

  it('accepts a file with a UTF-8 BOM', async () => {
    await h.page.goto(h.origin + '/#/firms')
    await upload(
      'bom.innocheck.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(withName('带BOM企业')))]),
    )
    await expect.poll(() => h.page.getByTestId('preview-name').textContent()).toBe('带BOM企业')
    expect(h.foreign()).toEqual([])
  })

  it('shows HTML in a firm name as text on the firm list, the results and the print view', async () => {
    await h.page.goto(h.origin + '/#/firms')
    await upload('html.innocheck.json', Buffer.from(JSON.stringify(withName(HTML_NAME))))
    await expect.poll(() => h.page.getByTestId('preview-name').textContent()).toBe(HTML_NAME)
    await h.page.getByRole('button', { name: '作为新企业打开' }).click()
    await h.page.waitForURL(/#\/review/)
    await h.page.goto(h.origin + '/#/firms')
    await expect.poll(() => h.page.locator('tbody').textContent()).toContain(HTML_NAME)
    expect(await h.page.locator('tbody b, tbody img').count()).toBe(0)
    await h.page.goto(h.origin + '/#/print')
    await expect.poll(() => h.page.locator('main').textContent()).toContain(HTML_NAME)
    expect(await h.page.locator('main b, main img').count()).toBe(0)
    await h.page.goto(h.origin + '/#/results')
    await h.page.getByRole('heading', { level: 1 }).waitFor()
    expect(await h.page.locator('main b, main img').count()).toBe(0)
    expect(h.foreign()).toEqual([])
  })
})
