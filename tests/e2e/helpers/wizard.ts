// Page helpers for the wizard, used the way a person uses it: fields found by their visible label (scoped to the
// year's fieldset where the same label repeats), answers typed in 万元, buttons found by role and name.
// Labels come from the zh-CN message file, so a renamed question does not break every test.
import { expect, type Locator, type Page } from '@playwright/test'
import wizard from '../../../src/i18n/messages/zh-CN/wizard'
import type { FirmProfile } from '../../../src/profile/types'
import { interpret } from '../../../src/wizard/answers'
import { fieldSpec, fieldYear, labelKey } from '../../../src/wizard/fields'
import { getAnswer } from '../../../src/wizard/profile-path'
import { yuanToWanText } from '../../../src/wizard/parse-number'
import { QUESTION_STEPS, isSkipped, stepFields, type StepId } from '../../../src/wizard/steps'

export { QUESTION_STEPS }

/** a zh-CN message by dotted key */
export function zh(key: string): string {
  const v = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], wizard)
  if (typeof v !== 'string') throw new Error(`no zh-CN wizard message ${key}`)
  return v
}

export const stepTitle = (step: StepId): string => zh(`step.${step}.title`)

/** the fieldset a year field sits in (the same label repeats in every year column) */
function scope(page: Page, path: string): Page | Locator {
  const y = fieldYear(path)
  if (y === undefined) return page
  const legend = /\.rdTax\./.test(path)
    ? `${y} 年度研发费用（加计扣除口径）`
    : /\.rd\./.test(path)
      ? `${y} 年度研发费用（高新技术企业口径）`
      : `${y} 年度`
  return page.getByRole('group', { name: legend, exact: true })
}

const UNIT: Record<string, string> = { money: zh('unit.wan'), persons: zh('unit.persons'), count: zh('unit.items') }

/** the input (text, select) of a field, or the fieldset of a radio group */
export function field(page: Page, path: string): Locator {
  const spec = fieldSpec(path)
  const label = zh(labelKey(path))
  const where = scope(page, path)
  if (spec?.kind === 'yesno' || spec?.kind === 'choice' || spec?.kind === 'taxYear')
    return where.getByRole('group', { name: label, exact: true })
  const unit = spec && UNIT[spec.kind]
  return where.getByLabel(unit ? `${label}（${unit}）` : label, { exact: true })
}

/** how a person would type a stored value (money in 万元) */
export function typedText(path: string, value: string | number | boolean): string {
  if (typeof value === 'number' && fieldSpec(path)?.kind === 'money') return yuanToWanText(value)
  return String(value)
}

function optionLabel(path: string, value: string | boolean): string {
  const spec = fieldSpec(path)
  if (spec?.kind === 'yesno') return zh(`option.yesno.${value ? 'yes' : 'no'}`)
  return zh(`option.${spec?.optionSet}.${String(value)}`)
}

/** answers one question; `typed` overrides the text typed for text-like fields */
export async function answer(page: Page, path: string, value: string | number | boolean, typed?: string) {
  const kind = fieldSpec(path)?.kind
  const el = field(page, path)
  if (kind === 'yesno' || kind === 'choice') {
    await el.getByLabel(optionLabel(path, value as string | boolean), { exact: true }).check()
  } else if (kind === 'taxYear') {
    // the two options are labelled by the year they name (本年度预估 / 上年度汇算清缴)
    await el.locator(`input[value="${String(value)}"]`).check()
  } else if (kind === 'industry' || kind === 'techField') {
    // narrow the list by the code first, as a person would, then pick
    await page.getByLabel(`搜索${zh(labelKey(path))}`, { exact: true }).fill(String(value))
    await el.selectOption(String(value))
  } else {
    await el.fill(typed ?? typedText(path, value))
  }
}

/** answers every question of the step that the profile answers */
export async function answerStep(page: Page, step: StepId, profile: FirmProfile, typed: Record<string, string> = {}) {
  for (const path of stepFields(step, profile)) {
    const v = getAnswer(profile, path)
    if (v !== undefined) await answer(page, path, v, typed[path])
  }
}

/** each answered question of the step shows the profile's answer (text compared by what it means) */
export async function expectStepShows(
  page: Page,
  step: StepId,
  profile: FirmProfile,
  raw: Record<string, string> = {},
) {
  for (const path of stepFields(step, profile)) {
    const v = getAnswer(profile, path)
    const kind = fieldSpec(path)?.kind
    const el = field(page, path)
    if (path in raw) await expect(el, path).toHaveValue(raw[path]!)
    else if (v === undefined) continue
    else if (kind === 'yesno' || kind === 'choice')
      await expect(el.getByLabel(optionLabel(path, v as string), { exact: true }), path).toBeChecked()
    else if (kind === 'taxYear') await expect(el.locator(`input[value="${String(v)}"]`), path).toBeChecked()
    else if (kind === 'industry' || kind === 'techField') await expect(el, path).toHaveValue(String(v))
    // the field shows the amount as formatted text ("2,800.00"): read back by meaning, so polled
    else
      await expect
        .poll(async () => interpret(path, await el.inputValue(), 'zh-CN'), { message: path })
        .toMatchObject({ value: v })
  }
}

/** the page's h1 is this title (waits for it) */
export async function expectHeading(page: Page, name: string): Promise<Locator> {
  const h = page.getByRole('heading', { level: 1, name, exact: true })
  await expect(h).toBeVisible()
  return h
}

/** the start page: assessment date typed, then 开始填写 */
export async function begin(page: Page, date: string) {
  await page.goto('/')
  await expectHeading(page, zh('start.title'))
  await page.getByLabel(zh('start.dateLegend'), { exact: true }).fill(date)
  await page.getByRole('button', { name: zh('start.begin'), exact: true }).click()
  await expectHeading(page, stepTitle('company'))
}

export async function pressNext(page: Page, nextTitle: string) {
  await page.getByRole('button', { name: '下一步', exact: true }).click()
  await expectHeading(page, nextTitle)
}

/** the title of the step after `step` for this profile (skipped steps left out) */
export function titleAfter(step: StepId, profile: FirmProfile): string {
  const i = QUESTION_STEPS.indexOf(step)
  const rest = QUESTION_STEPS.slice(i + 1).filter((s) => !isSkipped(s, profile))
  return rest[0] ? stepTitle(rest[0]) : stepTitle('review')
}

/** answers the question steps from `from` on, pressing 下一步 after each, up to the review page */
export async function walkSteps(
  page: Page,
  profile: FirmProfile,
  typed: Record<string, string> = {},
  from: StepId = 'company',
) {
  for (const step of QUESTION_STEPS.slice(QUESTION_STEPS.indexOf(from))) {
    if (isSkipped(step, profile)) continue
    await expectHeading(page, stepTitle(step))
    await answerStep(page, step, profile, typed)
    await pressNext(page, titleAfter(step, profile))
  }
}

/** from the review page to the results */
export async function toResults(page: Page) {
  await page.getByRole('link', { name: zh('review.toResults'), exact: true }).click()
  await expectHeading(page, '自评结果')
}

/** the answer the review page shows for a question (label as the review page writes it) */
export const reviewValue = (page: Page, label: string): Locator =>
  page
    .locator('.review-list__row')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .first()
