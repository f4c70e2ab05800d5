// axe-core (WCAG 2.0/2.1 A and AA) on the built app: the start page, every question step (empty, with an example
// firm's answers, with the error summary shown), the review page and the results, in zh-CN and in English.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { QUESTION_STEPS, expectHeading, field, stepTitle, zh } from './helpers/wizard'

/** the rule ids and offending elements, so a failure says what to fix */
async function violations(page: Page): Promise<string[]> {
  // lazily loaded pickers and bodies settle first
  await expect(page.getByText(/正在载入列表|Loading the list/)).toHaveCount(0)
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`))
}

async function visit(page: Page, hash: string, heading: string) {
  await page.goto(`/#${hash}`)
  await expectHeading(page, heading)
}

test('finds nothing on the start page and on every empty step', async ({ page }) => {
  await visit(page, '/', zh('start.title'))
  expect(await violations(page)).toEqual([])
  for (const step of QUESTION_STEPS) {
    await visit(page, `/step/${step}`, stepTitle(step))
    expect(await violations(page), step).toEqual([])
  }
})

test('finds nothing on a step showing the error summary and field errors', async ({ page }) => {
  await visit(page, '/step/staff', stepTitle('staff'))
  await field(page, 'staff.total').fill('2abc')
  await field(page, 'staff.scienceTech').fill('1e3')
  await page.getByRole('button', { name: '下一步', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: '有 2 处需要修改' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('finds nothing on every step, the review and the results of an example firm, in zh-CN and English', async ({
  page,
}) => {
  test.slow() // axe runs 22 times
  await visit(page, '/', zh('start.title'))
  await page.locator('button[data-example="borderline-hnte"]').click()
  await expectHeading(page, stepTitle('review'))
  expect(await violations(page)).toEqual([])
  for (const step of QUESTION_STEPS) {
    await visit(page, `/step/${step}`, stepTitle(step))
    expect(await violations(page), step).toEqual([])
  }
  await visit(page, '/results', '自评结果')
  expect(await violations(page)).toEqual([])

  await page.getByRole('button', { name: 'English' }).click()
  await expectHeading(page, 'Your results')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(await violations(page)).toEqual([])
  for (const [hash, heading] of [
    ['/', 'InnoCheck'],
    ['/step/company', 'The company'],
    ['/step/rd', 'R&D expenses'],
    ['/review', 'Check your answers'],
  ] as const) {
    await page.goto(`/#${hash}`)
    await expect(page.getByRole('heading', { level: 1 }).filter({ hasText: heading })).toBeVisible()
    expect(await violations(page), hash).toEqual([])
  }
})

test('finds nothing on the helpdesk pages and the result sheet, with firms on the device', async ({ page }) => {
  await page.goto('/#/?example=strong-hnte')
  // the example loads, then the app moves to its results: wait for that, or it can overtake the next page
  await page.waitForURL(/#\/results/)
  await expect(page.getByRole('heading', { level: 1, name: '自评结果' })).toBeVisible()
  for (const [hash, heading] of [
    ['/firms', /企业列表|Firms/],
    ['/settings', /设置|Settings/],
    ['/panel', /县域看板|County/],
    ['/print', /科创自评结果单|result sheet/i],
  ] as const) {
    await page.goto(`/#${hash}`)
    await expect(page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).first()).toBeVisible()
    expect(await violations(page), hash).toEqual([])
  }
})
