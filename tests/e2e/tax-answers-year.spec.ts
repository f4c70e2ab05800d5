// The tax answers keep the tax year they were given for (the newcomer saw strong-hnte re-dated two years on and its
// 2026 taxable income estimated as the newer year's). In Chromium on the built app: an example firm (assessed
// 2026-11-26) re-dated to 2027-06-30 shows its tax answers as 2026's on the tax step, the results say they are not
// counted, and "keep for 2027" makes them count again.
import { test, expect } from './fixtures'
import { expectHeading, stepTitle, zh } from './helpers/wizard'

test('an example re-dated to another tax year: its tax answers shown as 2026’s, not counted until kept', async ({
  page,
}) => {
  await page.goto('/')
  await expectHeading(page, zh('start.title'))
  await page.locator('button[data-example="strong-hnte"]').click()
  await expectHeading(page, stepTitle('review'))

  await page.goto('/#/')
  await expectHeading(page, zh('start.title'))
  await page.getByLabel(zh('start.dateLegend'), { exact: true }).fill('2027-06-30')
  await page
    .getByRole('button', { name: /开始填写|继续/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(zh('start.title'))

  await page.goto('/#/step/tax')
  await expectHeading(page, stepTitle('tax'))
  const note = page.getByTestId('tax-earlier-year')
  await expect(note).toContainText('下列税务答案是按 2026 年度填写的')
  await expect(note).toContainText('现在估算的是 2027 纳税年度')
  await expect(page.getByLabel(/应纳税所得额/)).toHaveValue('800.00')

  await page.goto('/#/results')
  await expect(page.getByText(/纳税数据（应纳税所得额等）是按2026年度填写的，不作为2027纳税年度的数据/)).toBeVisible()

  await page.goto('/#/step/tax')
  await page.getByRole('button', { name: '沿用为 2027 年数据' }).click()
  await expect(note).toHaveCount(0)
  await page.goto('/#/results')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/纳税数据（应纳税所得额等）是按2026年度填写的/)).toHaveCount(0)
})
