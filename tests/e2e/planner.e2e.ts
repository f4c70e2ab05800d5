// The what-if planner in Chromium on the example rd-short (HNTE R&D intensity 4.72% < 5%): the plan's HNTE
// verdict flips at exactly 26.60 万元 of extra R&D, the cheapest path names that change, "试一试" and "重置" work,
// the firm's own verdict never moves, "应用此方案" writes only after confirmation; the cliffs print on request.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { assess } from '../../src/rules'
import { applyLevers, NO_LEVERS } from '../../src/planner'
import type { FirmProfile } from '../../src/profile/types'
import { start, status } from './helpers/results'
import type { Harness } from './harness'

const rdShort = JSON.parse(readFileSync('examples/rd-short.json', 'utf8')) as FirmProfile

describe('the what-if planner in the browser', () => {
  let h: Harness
  beforeAll(async () => {
    h = await start()
  })
  afterAll(async () => {
    await h?.close()
  })

  const lever = () => h.page.getByLabel(/2025年新增研发费用/)
  const scenario = () => status(h.page, 'scenario-status-hnte')
  const own = () => status(h.page, 'status-hnte')

  it('agrees with the engine on the boundary it will show', () => {
    const at = (yuan: number) => assess(applyLevers(rdShort, { ...NO_LEVERS, extraRdYuan: yuan })).hnte.status
    expect([assess(rdShort).hnte.status, at(265_900), at(266_000)]).toEqual(['ineligible', 'ineligible', 'eligible'])
  })

  it('flips the plan at exactly 26.60 万元 while the firm’s own verdict stays ineligible', async () => {
    await h.page.goto(h.origin + '/#/?example=rd-short')
    await h.page.waitForURL(/#\/results/)
    await expect.poll(own).toBe('ineligible')
    await expect.poll(scenario).toBe('ineligible')
    await lever().fill('26.59')
    await expect.poll(scenario).toBe('ineligible')
    expect(await own()).toBe('ineligible')
    await lever().fill('26.60')
    await expect.poll(scenario).toBe('eligible')
    expect(await own()).toBe('ineligible')
    await lever().fill('26.599999')
    await expect.poll(scenario).toBe('ineligible')
    expect(h.foreign()).toEqual([])
  })

  it('lists the R&D sentence as the cheapest path; 试一试 sets the lever, 重置 clears it', async () => {
    const hnte = h.page.getByTestId('paths-hnte')
    await expect.poll(() => hnte.textContent()).toContain('2025 年研发费用增加 26.60 万元')
    await hnte.getByRole('button', { name: /试一试：2025 年研发费用增加 26.60 万元/ }).click()
    await expect.poll(() => lever().inputValue()).toBe('26.6')
    await expect.poll(scenario).toBe('eligible')
    await h.page.getByRole('button', { name: '重置', exact: true }).click()
    await expect.poll(() => lever().inputValue()).toBe('')
    await expect.poll(scenario).toBe('ineligible')
    expect(await own()).toBe('ineligible')
    expect(h.foreign()).toEqual([])
  })

  it('applies the plan to the answers only after the confirmation', async () => {
    await lever().fill('26.60')
    await h.page.getByRole('button', { name: '应用此方案' }).click()
    const dialog = h.page.getByRole('alertdialog')
    expect(await dialog.textContent()).toContain('150.00 万元 → 176.60 万元')
    await dialog.getByRole('button', { name: '取消' }).click()
    expect(await own()).toBe('ineligible')
    await h.page.getByRole('button', { name: '应用此方案' }).click()
    await h.page.getByRole('button', { name: '确认应用' }).click()
    await expect.poll(own).toBe('eligible')
    await expect.poll(() => lever().inputValue()).toBe('')
    expect(h.foreign()).toEqual([])
  })

  it('prints the cliff charts on the sheet only when asked', async () => {
    await h.page.goto(h.origin + '/#/?example=rd-short')
    await h.page.waitForURL(/#\/results/)
    expect(await h.page.getByRole('img', { name: /研发费用占比要求/ }).count()).toBe(1)
    await h.page.goto(h.origin + '/#/print')
    await expect.poll(() => h.page.locator('.print-sheet').count()).toBe(1)
    expect(await h.page.getByTestId('cliff-charts').count()).toBe(0)
    await h.page.goto(h.origin + '/#/results')
    await h.page.getByLabel('打印时包含图表').check()
    await h.page.getByTestId('print-sheet-link').click()
    await expect.poll(() => h.page.locator('.print-sheet [data-testid="cliff-charts"]').count()).toBe(1)
    expect(await h.page.locator('.print-sheet').textContent()).toContain('300.00 万元')
    expect(h.foreign()).toEqual([])
  })
})
