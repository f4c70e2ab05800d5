// The whole wizard in Chromium on the built app, as a new user walks it: two firms typed by hand, checked against
// assess() run here in Node on the same profile; reload mid-way; bad input; a skipped step; an example firm.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { assess } from '../../src/rules/index'
import type { Harness } from './harness'
import { ASSESSMENT_DATE, eligibleFirm, rdShortFirm } from './helpers/firms'
import { expectResultsMatch, gapText, start } from './helpers/results'
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

describe('the wizard in Chromium', () => {
  let h: Harness
  beforeAll(async () => {
    h = await start()
  })
  afterAll(async () => {
    await h?.close()
  })
  beforeEach(async () => {
    // every test starts as a first visit: nothing saved on this device
    await h.page.goto(h.origin + '/')
    await h.page.evaluate(() => localStorage.clear())
  })

  it('takes an eligible firm from the start page to results that equal assess() for the same profile', async () => {
    const firm = eligibleFirm()
    const a = assess(firm)
    expect(a.hnte.status).toBe('eligible')
    await begin(h.page, h.origin, ASSESSMENT_DATE)
    await walkSteps(h.page, firm, TYPED)
    // what was typed ("2,800.00", "３６００" 万元) is read as the amounts meant; codes are shown with their names
    expect(await reviewValue(h.page, '2023 年度 销售收入')).toBe('2,800.00 万元')
    expect(await reviewValue(h.page, '2025 年度 销售收入')).toBe('3,600.00 万元')
    await expect.poll(() => reviewValue(h.page, zh('field.company.industry'))).toBe('C29 橡胶和塑料制品业')
    await expect.poll(() => reviewValue(h.page, zh('field.company.techField'))).toMatch(/^4\.3 \S+/)
    await toResults(h.page)
    await expectResultsMatch(h.page, a)
    expect(h.foreign()).toEqual([])
  })

  it('keeps every answer, even an invalid one, over a reload, and shows the R&D gap of a firm 26.60 万元 short', async () => {
    const firm = rdShortFirm()
    const a = assess(firm)
    const rdCheck = a.hnte.checks.find((c) => c.id === 'hnte.rd-intensity')
    expect([a.hnte.status, rdCheck?.status, rdCheck?.gap]).toEqual(['ineligible', 'fail', 266000])
    expect(a.hnte.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['hnte.rd-intensity'])
    const { page } = h
    await begin(page, h.origin, ASSESSMENT_DATE)
    for (const step of ['company', 'staff', 'finance'] as const) {
      await answerStep(page, step, firm, TYPED)
      await pressNext(page, stepTitle(step === 'company' ? 'staff' : step === 'staff' ? 'finance' : 'rd'))
    }
    await answerStep(page, 'rd', firm)
    const bad = field(page, 'years.2025.rd.inHouse')
    await bad.fill('2abc')
    await page.getByRole('button', { name: '下一步', exact: true }).click()

    // the error summary takes focus, links to the field, and the same message sits at the field
    const message = '含有无法识别的字符“a”，请只填写数字'
    const summary = page.getByRole('alert').filter({ hasText: '有 1 处需要修改' })
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true)
    await expect.poll(() => page.locator('#f-years-2025-rd-inHouse-error').textContent()).toBe(message)
    expect(await bad.getAttribute('aria-invalid')).toBe('true')
    expect((await bad.getAttribute('aria-describedby'))?.split(' ')).toContain('f-years-2025-rd-inHouse-error')
    await summary.getByRole('link', { name: message, exact: true }).click()
    await expect.poll(() => bad.evaluate((el) => el === document.activeElement)).toBe(true)
    await expectHeading(page, stepTitle('rd'))

    // reload mid-way: the restore notice, and every answer back, the invalid text included
    await page.reload()
    await expectHeading(page, stepTitle('rd'))
    await page.getByRole('status').filter({ hasText: '已恢复您上次在本设备上填写的草稿。' }).waitFor()
    await expectStepShows(page, 'rd', firm, { 'years.2025.rd.inHouse': '2abc' })
    for (const step of ['finance', 'staff', 'company'] as const) {
      await page.getByRole('button', { name: '上一步', exact: true }).click()
      await expectHeading(page, stepTitle(step))
      await expectStepShows(page, step, firm)
    }
    for (const step of ['staff', 'finance', 'rd'] as const) await pressNext(page, stepTitle(step))

    // fixed, it goes on
    await bad.fill('150')
    await pressNext(page, stepTitle('ip'))
    await walkSteps(page, firm, {}, 'ip')
    await toResults(page)
    await expectResultsMatch(page, a)
    expect(await gapText(page, 'hnte.rd-intensity')).toBe('还差研发费用 26.60 万元')
    expect(h.foreign()).toEqual([])
  })

  it('skips the tax step for a deemed-taxed firm', async () => {
    const { page } = h
    await begin(page, h.origin, ASSESSMENT_DATE)
    await field(page, 'company.taxCollection').getByLabel('核定征收', { exact: true }).check()
    const progress = page.getByRole('navigation', { name: '填写进度' })
    await expect.poll(() => progress.textContent()).toContain('税务（可选） （已跳过）')
    expect(await progress.getByRole('link', { name: /税务/ }).count()).toBe(0)
    for (const next of ['staff', 'finance', 'rd', 'ip', 'transformation', 'compliance'] as const)
      await pressNext(page, stepTitle(next))
    await pressNext(page, stepTitle('review'))
    expect(await page.getByRole('heading', { level: 2, name: stepTitle('tax') }).count()).toBe(0)
    await page.getByRole('button', { name: '上一步', exact: true }).click()
    await expectHeading(page, stepTitle('compliance'))
    expect(h.foreign()).toEqual([])
  })

  it('loads an example firm from the start page and reaches its results', async () => {
    const { page } = h
    await page.goto(h.origin + '/')
    await expectHeading(page, zh('start.title'))
    await page.locator('button[data-example="rd-short"]').click()
    await expectHeading(page, stepTitle('review'))
    await toResults(page)
    const example = JSON.parse(readFileSync('examples/rd-short.json', 'utf8'))
    await expectResultsMatch(page, assess(example))
    expect(h.foreign()).toEqual([])
  })
})
