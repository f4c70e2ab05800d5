// A short assessment with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys; no mouse): focus moves to
// each step's heading, every kind of control shows a visible focus indicator, and the result equals assess().
import type { Page } from '@playwright/test'
import { emptyProfile } from '../../src/profile/types'
import { assess } from '../../src/rules/index'
import { test, expect } from './fixtures'
import { ASSESSMENT_DATE } from './helpers/firms'
import { focusStyle, focused, named, startsWith, tabTo } from './helpers/keyboard'
import { verdict } from './helpers/results'
import { QUESTION_STEPS, stepTitle, zh } from './helpers/wizard'

/** a visible focus indicator: a solid outline at least 2px wide */
async function expectFocusRing(page: Page) {
  const s = await focusStyle(page)
  expect(s.outlineStyle, JSON.stringify(await focused(page))).toBe('solid')
  expect(s.outlineWidth).toBeGreaterThanOrEqual(2)
}

async function expectHeadingFocused(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeFocused()
  // a heading focused on arrival is not a control: no focus box around it
  expect(await focusStyle(page)).toMatchObject({ outlineStyle: 'none', boxShadow: 'none' })
}

const selectedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLSelectElement).value)

test('completes a short assessment with the keyboard alone, focus on each step heading', async ({ page }) => {
  await page.goto('/')
  await expectHeadingFocused(page, zh('start.title'))

  await test.step('start: the date, then Enter submits', async () => {
    await tabTo(page, named(zh('start.dateLegend')))
    await expectFocusRing(page)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(ASSESSMENT_DATE)
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, stepTitle('company'))
  })

  await test.step('company: a name, a radio by arrow keys, an industry from the searchable list', async () => {
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
    for (let i = 0; i < 5 && (await selectedValue(page)) !== 'C39'; i++) await page.keyboard.press('ArrowDown')
    expect(await selectedValue(page)).toBe('C39')
    // Shift+Tab goes back to the search box
    await tabTo(page, named('搜索' + industry), 'Shift+Tab', 3)
    await tabTo(page, named('下一步'))
    await expectFocusRing(page)
    await page.keyboard.press('Space')
    await expectHeadingFocused(page, stepTitle('staff'))
  })

  await test.step('staff: two numbers, the "counts differ" box ticked and unticked with Space, Enter submits', async () => {
    await tabTo(page, startsWith(zh('field.staff.total')))
    await page.keyboard.type('50')
    await tabTo(page, startsWith(zh('field.staff.scienceTech')))
    await page.keyboard.type('１０')
    await tabTo(page, named(zh('staffSme.differ')))
    await expectFocusRing(page)
    const differ = page.getByRole('group', { name: zh('staffSme.differ') })
    await page.keyboard.press('Space')
    await expect(differ).toBeVisible()
    await page.keyboard.press('Space')
    await expect(differ).toHaveCount(0)
    await tabTo(page, startsWith(zh('field.staff.scienceTech')), 'Shift+Tab', 3)
    await page.keyboard.press('Enter')
  })

  await test.step('the other steps: left unanswered ("not sure"), each left with 下一步 reached by Tab', async () => {
    for (const step of QUESTION_STEPS.slice(QUESTION_STEPS.indexOf('finance'))) {
      await expectHeadingFocused(page, stepTitle(step))
      await tabTo(page, named('下一步'))
      await page.keyboard.press('Enter')
    }
    await expectHeadingFocused(page, stepTitle('review'))
    // past one 修改 link per question (over 80 since the certificate questions were added), Shift+Tab is shorter:
    // 查看结果 is the page's last control before the footer
    await tabTo(page, named(zh('review.toResults')), 'Shift+Tab', 40)
    await expectFocusRing(page)
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, '自评结果')
  })

  const profile = emptyProfile(ASSESSMENT_DATE)
  profile.company = { name: '键盘测试有限公司', taxCollection: 'audit', industry: 'C39' }
  profile.staff = { total: 50, scienceTech: 10 }
  const a = assess(profile)
  await expect(verdict(page, 'status-hnte')).toHaveAttribute('data-status', a.hnte.status)
  await expect(verdict(page, 'status-tech-sme')).toHaveAttribute('data-status', a.techSme.status)
})
