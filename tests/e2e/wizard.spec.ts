// The whole wizard in Chromium on the built app, as a new user walks it: two firms typed by hand, checked against
// assess() run here in Node on the same profile; reload mid-way; bad input; a skipped step; an example firm.
// Each test starts as a first visit: nothing saved on this device.
import { readFileSync } from 'node:fs'
import { assess } from '../../src/rules/index'
import { test, expect } from './fixtures'
import { ASSESSMENT_DATE, asAsked, eligibleFirm, rdShortFirm } from './helpers/firms'
import { expectResultsMatch, gapCell } from './helpers/results'
import {
  answerStep,
  begin,
  expectHeading,
  expectStepShows,
  field,
  pressNext,
  reviewValue,
  stepTitle,
  toResults,
  walkSteps,
  zh,
} from './helpers/wizard'

/** how a person types some of the amounts: thousands separators, full-width digits */
const TYPED = {
  'years.2023.salesRevenue': '2,800.00',
  'years.2025.salesRevenue': '３６００',
}

test('takes an eligible firm from the start page to results that equal assess() for the same profile', async ({
  page,
}) => {
  const firm = eligibleFirm()
  expect(assess(firm).hnte.status).toBe('eligible')
  const a = assess(asAsked(firm))
  await begin(page, ASSESSMENT_DATE)
  await walkSteps(page, firm, TYPED)
  // what was typed ("2,800.00", "３６００" 万元) is read as the amounts meant; codes are shown with their names
  await expect(reviewValue(page, '2023 年度 销售收入')).toHaveText('2,800.00 万元')
  await expect(reviewValue(page, '2025 年度 销售收入')).toHaveText('3,600.00 万元')
  await expect(reviewValue(page, zh('field.company.industry'))).toHaveText('C29 橡胶和塑料制品业')
  await expect(reviewValue(page, zh('field.company.techField'))).toHaveText(/^4\.3 \S+/)
  await toResults(page)
  await expectResultsMatch(page, a)
})

test('keeps every answer, even an invalid one, over a reload, and shows the R&D gap of a firm 26.60 万元 short', async ({
  page,
}) => {
  const firm = rdShortFirm()
  const full = assess(firm)
  const rdCheck = full.hnte.checks.find((c) => c.id === 'hnte.rd-intensity')
  expect([full.hnte.status, rdCheck?.status, rdCheck?.gap]).toEqual(['ineligible', 'fail', 266000])
  expect(full.hnte.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['hnte.rd-intensity'])
  const a = assess(asAsked(firm))
  await begin(page, ASSESSMENT_DATE)
  for (const step of ['company', 'staff', 'finance'] as const) {
    await answerStep(page, step, firm, TYPED)
    await pressNext(page, stepTitle(step === 'company' ? 'staff' : step === 'staff' ? 'finance' : 'rd'))
  }
  await answerStep(page, 'rd', firm)
  const bad = field(page, 'years.2025.rd.inHouse')
  await bad.fill('2abc')
  await page.getByRole('button', { name: '下一步', exact: true }).click()

  await test.step('the error summary takes focus, links to the field, and the same message sits at the field', async () => {
    const message = '含有无法识别的字符“a”，请只填写数字'
    const summary = page.getByRole('alert').filter({ hasText: '有 1 处需要修改' })
    await expect(summary).toBeFocused()
    await expect(page.locator('#f-years-2025-rd-inHouse-error')).toHaveText(message)
    await expect(bad).toHaveAttribute('aria-invalid', 'true')
    await expect(bad).toHaveAttribute('aria-describedby', /(^| )f-years-2025-rd-inHouse-error( |$)/)
    // the summary's line names the question it is about, then says what to fix
    await summary.getByRole('link', { name: `2025年 自行研发费用（高企口径）：${message}`, exact: true }).click()
    await expect(bad).toBeFocused()
    await expectHeading(page, stepTitle('rd'))
  })

  await test.step('reload mid-way: the restore notice, and every answer back, the invalid text included', async () => {
    await page.reload()
    await expectHeading(page, stepTitle('rd'))
    await expect(page.getByRole('status').filter({ hasText: '已恢复您上次在本设备上填写的草稿。' })).toBeVisible()
    await expectStepShows(page, 'rd', firm, { 'years.2025.rd.inHouse': '2abc' })
    for (const step of ['finance', 'staff', 'company'] as const) {
      await page.getByRole('button', { name: '上一步', exact: true }).click()
      await expectHeading(page, stepTitle(step))
      await expectStepShows(page, step, firm)
    }
    for (const step of ['staff', 'finance', 'rd'] as const) await pressNext(page, stepTitle(step))
  })

  await test.step('fixed, it goes on to the results and the gap', async () => {
    await bad.fill('150')
    await pressNext(page, stepTitle('ip'))
    await walkSteps(page, firm, {}, 'ip')
    await toResults(page)
    await expectResultsMatch(page, a)
    // assessed on 2026-11-26: the 2026 application counts 2023–2025
    await expect(gapCell(page, 'hnte.rd-intensity')).toHaveText(
      '2026 年申报还差研发费用 26.60 万元（2023–2025 年合计）',
    )
  })
})

test('asks a deemed-taxed firm only the small low-profit questions on the tax step', async ({ page }) => {
  await begin(page, ASSESSMENT_DATE)
  await field(page, 'company.taxCollection').getByLabel('核定征收', { exact: true }).check()
  const progress = page.getByRole('navigation', { name: '填写进度' })
  await expect(progress).not.toContainText('（已跳过）')
  for (const next of ['staff', 'finance', 'rd', 'ip', 'transformation', 'compliance', 'tax'] as const)
    await pressNext(page, stepTitle(next))
  await expect(page.getByRole('group', { name: '估算哪一个纳税年度的企业所得税？' })).toBeVisible()
  await expect(page.getByLabel(/应纳税所得额/)).toBeVisible()
  await expect(page.getByLabel(/技术转让所得/)).toHaveCount(0)
  await pressNext(page, stepTitle('review'))
  await page.getByRole('button', { name: '上一步', exact: true }).click()
  await expectHeading(page, stepTitle('tax'))
})

test('loads an example firm from the start page and reaches its results', async ({ page }) => {
  await page.goto('/')
  await expectHeading(page, zh('start.title'))
  await page.locator('button[data-example="rd-short"]').click()
  await expectHeading(page, stepTitle('review'))
  await toResults(page)
  await expectResultsMatch(page, assess(JSON.parse(readFileSync('examples/rd-short.json', 'utf8'))))
})
