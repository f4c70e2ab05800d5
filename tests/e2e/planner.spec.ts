// The what-if planner in Chromium on the example rd-short (HNTE R&D intensity 4.72% < 5%): the plan's HNTE
// verdict flips at exactly 26.60 万元 of extra R&D, the cheapest path names that change, "试一试" and "重置" work,
// the firm's own verdict never moves, "应用此方案" writes only after confirmation; the cliffs print on request.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { assess } from '../../src/rules'
import { applyLevers, NO_LEVERS } from '../../src/planner'
import type { FirmProfile } from '../../src/profile/types'
import { test, expect } from './fixtures'
import { verdict } from './helpers/results'

const rdShort = JSON.parse(readFileSync('examples/rd-short.json', 'utf8')) as FirmProfile

const lever = (page: Page) => page.getByLabel(/2025年新增研发费用/)
const scenario = (page: Page) => verdict(page, 'scenario-status-hnte')
const own = (page: Page) => verdict(page, 'status-hnte')

async function openRdShort(page: Page) {
  await page.goto('/#/?example=rd-short')
  await page.waitForURL(/#\/results/)
  await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
  await expect(scenario(page)).toHaveAttribute('data-status', 'ineligible')
}

test('agrees with the engine on the boundary it will show', () => {
  const at = (yuan: number) => assess(applyLevers(rdShort, { ...NO_LEVERS, extraRdYuan: yuan })).hnte.status
  expect([assess(rdShort).hnte.status, at(265_900), at(266_000)]).toEqual(['ineligible', 'ineligible', 'eligible'])
})

test('flips the plan at exactly 26.60 万元 while the firm’s own verdict stays ineligible', async ({ page }) => {
  await openRdShort(page)
  // each value moves the plan's verdict, so every assertion waits for the page to follow the lever
  for (const [typed, plan] of [
    ['26.60', 'eligible'],
    ['26.599999', 'ineligible'],
    ['26.60', 'eligible'],
    ['26.59', 'ineligible'],
  ]) {
    await lever(page).fill(typed!)
    await expect(scenario(page), typed).toHaveAttribute('data-status', plan!)
    await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
  }
})

test('lists the R&D sentence as the cheapest path; 试一试 sets the lever, 重置 clears it', async ({ page }) => {
  await openRdShort(page)
  const hnte = page.getByTestId('paths-hnte')
  await expect(hnte).toContainText('2025 年研发费用增加 26.60 万元')
  await hnte.getByRole('button', { name: /试一试：2025 年研发费用增加 26.60 万元/ }).click()
  await expect(lever(page)).toHaveValue('26.6')
  await expect(scenario(page)).toHaveAttribute('data-status', 'eligible')
  await page.getByRole('button', { name: '重置', exact: true }).click()
  await expect(lever(page)).toHaveValue('')
  await expect(scenario(page)).toHaveAttribute('data-status', 'ineligible')
  await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
})

test('applies the plan to the answers only after the confirmation', async ({ page }) => {
  await openRdShort(page)
  await lever(page).fill('26.60')
  await page.getByRole('button', { name: '应用此方案' }).click()
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText('150.00 万元 → 176.60 万元')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
  await page.getByRole('button', { name: '应用此方案' }).click()
  await page.getByRole('button', { name: '确认应用' }).click()
  await expect(own(page)).toHaveAttribute('data-status', 'eligible')
  await expect(lever(page)).toHaveValue('')
})

test('prints the cliff charts on the sheet only when asked', async ({ page }) => {
  await page.goto('/#/?example=rd-short')
  await page.waitForURL(/#\/results/)
  await expect(page.getByRole('img', { name: /研发费用占比要求/ })).toHaveCount(1)
  await page.goto('/#/print')
  await expect(page.locator('.print-sheet')).toHaveCount(1)
  await expect(page.getByTestId('cliff-charts')).toHaveCount(0)
  await page.goto('/#/results')
  await page.getByLabel('打印时包含图表').check()
  await page.getByTestId('print-sheet-link').click()
  await expect(page.locator('.print-sheet').getByTestId('cliff-charts')).toHaveCount(1)
  await expect(page.locator('.print-sheet')).toContainText('300.00 万元')
})
