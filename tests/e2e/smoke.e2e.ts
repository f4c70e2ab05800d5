import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { startHarness, type Harness } from './harness'

describe('the built app in Chromium', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('loads, shows its title and the privacy promise, and sends no request outside its origin', async () => {
    await h.page.goto(h.origin + '/')
    await expect.poll(() => h.page.getByRole('heading', { level: 1 }).textContent()).toContain('科创自评')
    expect(await h.page.locator('body').textContent()).toContain('不会离开本设备')
    await h.page.waitForLoadState('networkidle')
    expect(h.requests.length).toBeGreaterThan(0)
    expect(h.foreign()).toEqual([])
    expect(h.served.some((u) => u === '/' || u.startsWith('/index.html'))).toBe(true)
  })

  it('keeps the English interface across a reload, with <html lang="en">', async () => {
    await h.page.goto(h.origin + '/')
    await h.page.getByRole('button', { name: /^English/ }).click()
    await expect.poll(() => h.page.locator('h1').textContent()).toContain('self-check')
    await h.page.reload()
    await expect.poll(() => h.page.locator('h1').textContent()).toContain('self-check')
    expect(await h.page.locator('html').getAttribute('lang')).toBe('en')
    expect(h.foreign()).toEqual([])
  })
})
