// A short assessment with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys; no mouse): focus moves to
// each step's heading, every kind of control shows a visible focus indicator, and the result equals assess().
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { emptyProfile } from '../../src/profile/types'
import { assess } from '../../src/rules/index'
import type { Harness } from './harness'
import { ASSESSMENT_DATE } from './helpers/firms'
import { focusStyle, focused, headingFocused, named, startsWith, tabTo } from './helpers/keyboard'
import { start, status } from './helpers/results'
import { QUESTION_STEPS, stepTitle, zh } from './helpers/wizard'

/** a visible focus indicator: a solid outline at least 2px wide */
async function expectFocusRing(page: Page) {
  const s = await focusStyle(page)
  expect(s.outlineStyle, JSON.stringify(await focused(page))).toBe('solid')
  expect(s.outlineWidth).toBeGreaterThanOrEqual(2)
}

async function expectHeadingFocused(page: Page, title: string) {
  await expect.poll(() => headingFocused(page, title), { message: title }).toBe(true)
  // a heading focused on arrival is not a control: no focus box around it
  expect(await focusStyle(page)).toMatchObject({ outlineStyle: 'none', boxShadow: 'none' })
}

describe('keyboard-only completion', () => {
  let h: Harness
  beforeAll(async () => {
    h = await start()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('completes a short assessment with the keyboard alone, focus on each step heading', async () => {
    const { page } = h
    await page.goto(h.origin + '/')
    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await expectHeadingFocused(page, zh('start.title'))

    // start: the date, then Enter submits
    await tabTo(page, named(zh('start.dateLegend')))
    await expectFocusRing(page)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(ASSESSMENT_DATE)
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, stepTitle('company'))

    // company: a name, a radio by arrow keys, an industry from the searchable list
    await tabTo(page, named(zh('field.company.name')))
    await page.keyboard.type('键盘测试有限公司')
    const tax = zh('field.company.taxCollection')
    await tabTo(page, (f) => f.group === tax && f.type === 'radio')
    await expectFocusRing(page)
    // the checked radio ("not sure", last) has focus; the arrow wraps to the first option
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toMatchObject({ name: zh('option.taxCollection.audit'), group: tax })
    const industry = zh('field.company.industry')
    await tabTo(page, named('搜索' + industry))
    await page.keyboard.type('C39')
    await tabTo(page, named(industry))
    await expectFocusRing(page)
    for (
      let i = 0;
      i < 5 && (await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) !== 'C39';
      i++
    )
      await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('C39')
    // Shift+Tab goes back to the search box
    await tabTo(page, named('搜索' + industry), 'Shift+Tab', 3)
    await tabTo(page, named('下一步'))
    await expectFocusRing(page)
    await page.keyboard.press('Space')
    await expectHeadingFocused(page, stepTitle('staff'))

    // staff: two numbers, the "counts differ" box ticked and unticked with Space, Enter in a field submits
    await tabTo(page, startsWith(zh('field.staff.total')))
    await page.keyboard.type('50')
    await tabTo(page, startsWith(zh('field.staff.scienceTech')))
    await page.keyboard.type('１０')
    await tabTo(page, named(zh('staffSme.differ')))
    await expectFocusRing(page)
    await page.keyboard.press('Space')
    await page.getByRole('group', { name: zh('staffSme.differ') }).waitFor()
    await page.keyboard.press('Space')
    await page.getByRole('group', { name: zh('staffSme.differ') }).waitFor({ state: 'detached' })
    await tabTo(page, startsWith(zh('field.staff.scienceTech')), 'Shift+Tab', 3)
    await page.keyboard.press('Enter')

    // the other steps: left unanswered ("not sure"), each left with 下一步 reached by Tab
    const rest = QUESTION_STEPS.slice(QUESTION_STEPS.indexOf('finance'))
    for (const step of rest) {
      await expectHeadingFocused(page, stepTitle(step))
      await tabTo(page, named('下一步'))
      await page.keyboard.press('Enter')
    }
    await expectHeadingFocused(page, stepTitle('review'))
    await tabTo(page, named(zh('review.toResults')))
    await expectFocusRing(page)
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, '自评结果')

    const profile = emptyProfile(ASSESSMENT_DATE)
    profile.company = { name: '键盘测试有限公司', taxCollection: 'audit', industry: 'C39' }
    profile.staff = { total: 50, scienceTech: 10 }
    const a = assess(profile)
    await expect.poll(() => status(page, 'status-hnte')).toBe(a.hnte.status)
    await expect.poll(() => status(page, 'status-tech-sme')).toBe(a.techSme.status)
    expect(h.foreign()).toEqual([])
  })
})
