// The what-if planner in Chromium on the example rd-short (HNTE R&D intensity 4.72% < 5% over 2023–2025, closed on
// 2026-11-26). Extra R&D is spent in 2026 and counts for a 2027 application (issue #8 §8). By hand (国科发火〔2016〕32号
// 第十一条（五）): own growth +12.5% and R&D share 5.11% give 2026 sales 4,050万 and R&D 206.955万; the 2027 window
// 2024–2026 needs 5% × 10,850万 = 542.5万 and has 144 + 184 + 206.955 = 534.955万: 7.545万 short. With it, every
// condition holds but the expert-scored innovation score: the plan reads 临界 (borderline), never a bare ✓.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { assess } from '../../src/rules'
import { applyLevers, NO_LEVERS } from '../../src/planner'
import type { FirmProfile } from '../../src/profile/types'
import { test, expect } from './fixtures'
import { verdict } from './helpers/results'

const rdShort = JSON.parse(readFileSync('examples/rd-short.json', 'utf8')) as FirmProfile

const lever = (page: Page) => page.getByLabel(/^2026年新增研发费用（计入2027年申报）/)
const scenario = (page: Page) =>
  page.getByRole('table', { name: /对比/ }).getByRole('row', { name: /^高新技术企业认定/ })
const own = (page: Page) => verdict(page, 'status-hnte')

async function openRdShort(page: Page) {
  await page.goto('/#/?example=rd-short')
  await page.waitForURL(/#\/results/)
  await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
  await expect(scenario(page)).toHaveText(/不符合条件.*不符合条件/)
}

test('agrees with the engine on the boundary it will show', () => {
  const at = (yuan: number) => assess(applyLevers(rdShort, { ...NO_LEVERS, extraRdYuan: yuan })).hnte.status
  expect([assess(rdShort).hnte.status, at(75_449.99), at(75_450)]).toEqual(['ineligible', 'ineligible', 'borderline'])
})

test('moves the 2027 plan at exactly 7.545 万元 while the firm’s own verdict stays ineligible', async ({ page }) => {
  await openRdShort(page)
  // each value moves the plan's verdict, so every assertion waits for the page to follow the lever
  for (const [typed, plan] of [
    ['7.545', /不符合条件.*临界，结果取决于专家评分/],
    ['7.544999', /不符合条件.*不符合条件/],
    ['7.545', /不符合条件.*临界，结果取决于专家评分/],
  ] as const) {
    await lever(page).fill(typed)
    await expect(scenario(page), typed).toHaveText(plan)
    await expect(page.getByRole('columnheader', { name: '不调整（2027年申报，推算）' })).toBeVisible()
    await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
  }
})

test('names the 2026 R&D path and that the score then decides; 试一试 sets the lever, 重置 clears it', async ({
  page,
}) => {
  await openRdShort(page)
  const text =
    '2026 年研发费用增加 7.55 万元（计入 2027 年申报的 2024–2026 年研发费用合计）；此后其他条件均满足，是否认定取决于专家'
  await page.getByRole('button', { name: new RegExp(`^试一试：${text}`) }).click()
  await expect(lever(page)).toHaveValue('7.545')
  await expect(scenario(page)).toHaveText(/临界，结果取决于专家评分/)
  await page.getByRole('button', { name: '重置', exact: true }).click()
  await expect(lever(page)).toHaveValue('')
  await expect(scenario(page)).toHaveText(/不符合条件.*不符合条件/)
  await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
})

test('never writes extra R&D into the answers; applies another plan only after the confirmation', async ({ page }) => {
  await openRdShort(page)
  await lever(page).fill('7.545')
  await expect(page.getByRole('button', { name: '应用此方案' })).toBeDisabled()
  await expect(
    page.getByText(/^2026年起新增的研发费用、高新技术产品（服务）收入、科技人员和科技成果转化是计划，不会写入您的答案/),
  ).toBeVisible()
  await page.getByRole('button', { name: '重置', exact: true }).click()
  await page.getByLabel(/^申报前新增Ⅰ类知识产权/).fill('1')
  await page.getByRole('button', { name: '应用此方案' }).click()
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText('1 → 2')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toHaveCount(0)
  await page.getByRole('button', { name: '应用此方案' }).click()
  await page.getByRole('button', { name: '确认应用' }).click()
  await expect(page.getByText('已将方案写入本企业的答案。')).toBeVisible()
  await expect(page.getByLabel(/^申报前新增Ⅰ类知识产权/)).toHaveValue('')
  // 2023–2025 are closed: one more patent does not make the R&D of those years enough
  await expect(own(page)).toHaveAttribute('data-status', 'ineligible')
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
