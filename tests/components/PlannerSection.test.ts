// @vitest-environment happy-dom
// The what-if planner on the real engine, found by role and accessible name. Extra R&D is spent in 2026 (the
// assessment year, still open) and counts for a 2027 application (issue #8 §8): the plan is assessed for 2027 and
// compared with the firm's own 2027 projection; the closed 2025 figures never change.
// Worked by hand for the constructed firm (tests/planner/fixtures.ts, 国科发火〔2016〕32号 第十一条（五）): own growth
// sales 1,400万 → 1,960万 = +40%, R&D 76.4万 ÷ 1,960万 = 3.90%; 2026 sales 2,744万, R&D 107.016万; the 2027 window
// 2024–2026 needs 5% × 6,104万 = 305.2万 and has 65 + 76.4 + 107.016 = 248.416万: 56.784万 short.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import PlannerSection from '@/components/PlannerSection.vue'
import { createAppI18n, setLocale } from '@/i18n'
import { useDraftStore } from '@/stores/draft'
import { firstWorkingYear, project } from '@/planner'
import type { FirmProfile } from '@/profile/types'
import rdShort from '../../examples/rd-short.json'
import { firm } from '../planner/fixtures'
import { makeRouter } from './fixtures/mount'
import { accessibleDescription } from './accessible'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

function show(profile: FirmProfile = firm()) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const draft = useDraftStore()
  draft.replace(profile)
  render(PlannerSection, { global: { plugins: [pinia, createAppI18n(), makeRouter()] } })
  return draft
}
const RD = /^2026年新增研发费用（计入2027年申报）/
const rdLever = () => screen.getByLabelText(RD) as HTMLInputElement
const type = (input: HTMLElement, text: string) => fireEvent.update(input, text)
const button = (name: string | RegExp) => screen.getByRole('button', { name })
/** the HNTE row of the comparison table: [item, own, plan] as read */
function hnteRow(): string[] {
  const table = screen.getByRole('table', { name: /对比/ })
  const row = within(table)
    .getByRole('rowheader', { name: /^高新技术企业认定/ })
    .closest('tr')!
  return [...row.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? '')
}
const plan = () => hnteRow()[2]
/** a program status as ResultStatus reads (glyph and word), before the reason beside it */
const STATUS = /^\s*[✓✗~?]\s*(符合条件|不符合条件|临界，结果取决于专家评分|信息不完整，暂无法判断)/

describe('PlannerSection', () => {
  it('names the year the extra R&D is for, and why the closed year cannot change', () => {
    show()
    const input = rdLever()
    const hint = accessibleDescription(input, 'textbox')
    expect(hint).toContain('2025年已结账，研发费用不能再改变；2026年的研发费用计入2027年申报所用的2024–2026年')
  })

  // issue #8 §8, 工作指引: 科技人员 and 职工总数 are full-year monthly averages of the year before the application,
  // and a 科技人员 must work 183 days in that year. From 2026-11-26 only 36 days of 2026 remain (26 Nov–31 Dec), so a
  // hire counts from the 2027 average, for a 2028 application. 2026-07-02 leaves exactly 183 days (2 Jul–31 Dec:
  // 30 + 31 + 31 + 30 + 31 + 30 = 183): the 2026 average, for 2027; 2026-07-03 leaves 182: 2027, for 2028.
  it.each([
    ['2026-11-26', '2027年科技人员全年月平均数增加（计入2028年申报）'],
    ['2026-07-03', '2027年科技人员全年月平均数增加（计入2028年申报）'],
    ['2026-07-02', '2026年科技人员全年月平均数增加（计入2027年申报）'],
  ])('on %s the hire lever reads “%s” and says why', (date, label) => {
    show(firm(undefined, (p) => (p.assessmentDate = date)))
    const input = screen.getByLabelText(new RegExp(`^${label.replace(/[()（）]/g, '.')}`))
    const hint = accessibleDescription(input, 'textbox')
    expect(hint).toContain('科技人员须在该年累计工作满183天')
    expect(hint).toContain(`${date}起到岗的人员最早计入${label.slice(0, 4)}年`)
  })

  // 近三年内 = the three fiscal years before the application: 2023–2025 are closed; a transformation of 2026 counts
  // for 2027 (2024–2026). IP counts when granted before the application date: the assessment's own HNTE application,
  // 2026; on 2026-11-26 the 2026 tech-SME window (to 08-31) has closed, so for tech-SME the 2027 registration.
  it('names the application the transformations and the new IP count for', () => {
    show()
    expect(screen.getByLabelText(/^2026年新增科技成果转化（计入2027年申报）/)).toBeTruthy()
    const ip = screen.getByLabelText(
      /^申报前新增Ⅰ类知识产权（如发明专利；计入2026年高新技术企业申报、2027年科技型中小企业评价）/,
    )
    const hint = accessibleDescription(ip, 'textbox')
    expect(hint).toContain('须在申报前获得授权')
  })

  // The IP label names each programme's year, as the comparison table does: HNTE's 2026 application (IP granted before
  // it counts), tech-SME's 2026 registration while its window (to 2026-08-31) is open, the 2027 one the day after.
  it.each([
    ['2026-08-31', '计入2026年高新技术企业申报和科技型中小企业评价'],
    ['2026-09-01', '计入2026年高新技术企业申报、2027年科技型中小企业评价'],
  ])('on %s the new-IP labels say “%s”', (date, counts) => {
    show(firm(undefined, (p) => Object.assign(p, { assessmentDate: date })))
    // the label ends with its unit (项): the words before it are matched whole
    expect(screen.getByLabelText(`申报前新增Ⅰ类知识产权（如发明专利；${counts}）`, { exact: false })).toBeTruthy()
    const classII = `申报前新增Ⅱ类知识产权（如实用新型、软件著作权；${counts}）`
    expect(screen.getByLabelText(classII, { exact: false })).toBeTruthy()
  })

  // issue #8 §9: the 2026 tech-SME window is 2026-06-01 to 2026-08-31 (the national default, no 2027 window). A plan
  // of new IP only is for the 2026 application: on the window's last day the tech-SME rows are for the 2026
  // registration; the day after, for 2027 (the next, not announced), and the table says why. Firm without IP: tech-SME
  // 12 (20% S&T) + 20 (R&D 3.90% of sales) + 0 = 32 → with one Class I item + 30 = 62 ≥ 60.
  it.each([
    ['2026-08-31', 2026, undefined],
    [
      '2026-09-01',
      2027,
      '2026年科技型中小企业评价已于2026-08-31截止，不能再登记：方案对科技型中小企业评价的作用只在下一次（2027年）评价，其时间尚未公布。',
    ],
  ])('on %s the new-IP plan’s tech-SME rows are for the %i registration', async (date, year, notice) => {
    show(firm(undefined, (p) => Object.assign(p, { assessmentDate: date, ip: { ...p.ip, classI: 0, classII: 0 } })))
    await type(screen.getByLabelText(/^申报前新增Ⅰ类知识产权/), '1')
    const table = screen.getByRole('table', { name: /对比/ })
    expect(within(table).getByRole('rowheader', { name: '高新技术企业认定（2026年申报）' })).toBeTruthy()
    const tsme = within(table)
      .getByRole('rowheader', { name: `科技型中小企业评价（${year}年评价）` })
      .closest('tr')!
    expect(within(tsme).getByTestId('scenario-status-tech-sme').getAttribute('data-status')).toBe('eligible')
    expect(screen.queryByTestId('scenario-tsme-registration')?.textContent ?? undefined).toBe(notice)
  })

  it('says the same in English on 2026-09-01 (the one catalogue)', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const noIp = firm(undefined, (p) => Object.assign(p, { assessmentDate: '2026-09-01', ip: { ...p.ip, classI: 0 } }))
    useDraftStore().replace(noIp)
    const i18n = createAppI18n()
    render(PlannerSection, { global: { plugins: [pinia, i18n, makeRouter()] } })
    await setLocale(i18n.global, 'en')
    const ip = screen.getByLabelText(
      'New Class I IP before applying (e.g. invention patents; counts for the 2026 HNTE application and the 2027 tech-SME evaluation)',
      { exact: false },
    )
    await type(ip, '1')
    const table = screen.getByRole('table', { name: /firm now and with the plan/ })
    expect(within(table).getByRole('rowheader', { name: 'Tech-SME evaluation (2027 registration)' })).toBeTruthy()
    expect(within(table).getByRole('rowheader', { name: 'HNTE recognition (application in 2026)' })).toBeTruthy()
    expect(screen.getByTestId('scenario-tsme-registration').textContent).toBe(
      'The 2026 tech-SME evaluation closed on 2026-08-31 and takes no more registrations: the plan’s effect on the tech-SME evaluation is for the next one (2027), whose window is not announced yet.',
    )
  })

  it('assesses hires for 2028 and never writes them into the staff answers (a closed year’s averages)', async () => {
    const draft = show()
    await type(screen.getByLabelText(/^2027年科技人员全年月平均数增加/), '3')
    expect(screen.getByRole('table', { name: /^按2028年申报对比/ })).toBeTruthy()
    expect((button('应用此方案') as HTMLButtonElement).disabled).toBe(true)
    expect(draft.profile.staff).toEqual({ total: 100, scienceTech: 20 })
  })

  it('names the year and application of the extra high-tech income (2025 is closed)', () => {
    show()
    const input = screen.getByLabelText(/^2026年新增高新技术产品（服务）收入（计入2027年申报）/)
    const hint = accessibleDescription(input, 'textbox')
    expect(hint).toContain('2025年已结账，收入不能再改变；2027年申报看2026年的高新技术产品（服务）收入占总收入的比例')
  })

  it.each([
    ['56.783999', '✗ 不符合条件'],
    ['56.784', '✓ 符合条件'],
    ['60', '✓ 符合条件'],
  ])('with %s 万元 more R&D in 2026 the 2027 plan reads %s; the answers do not change', async (typed, expected) => {
    const draft = show()
    const before = JSON.stringify(draft.profile)
    expect(hnteRow()).toEqual(['高新技术企业认定（2026年申报）', '✗ 不符合条件', '✗ 不符合条件'])
    await type(rdLever(), typed)
    expect(screen.getByRole('table', { name: /^按2027年申报对比/ })).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: '不调整（2027年申报，推算）' })).toBeTruthy()
    expect(hnteRow()).toEqual(['高新技术企业认定（2027年申报）', '✗ 不符合条件', expected])
    expect(JSON.stringify(draft.profile)).toBe(before)
    expect(draft.assessment.hnte.status).toBe('ineligible')
  })

  it('shows a parse error beside the lever and treats it as unchanged', async () => {
    show()
    await type(rdLever(), '26.6abc')
    expect(rdLever().getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/无法识别的字符/)).toBeTruthy()
    expect(screen.getByRole('table', { name: '本企业现状与调整后方案对比' })).toBeTruthy()
    expect(plan()).toBe('✗ 不符合条件')
  })

  it('says the parse error in English on an English page (no Chinese in it)', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useDraftStore().replace(firm())
    const i18n = createAppI18n()
    await setLocale(i18n.global, 'en')
    render(PlannerSection, { global: { plugins: [pinia, i18n, makeRouter()] } })
    const lever = screen.getByLabelText(/^Extra R&D spend in 2026/) as HTMLInputElement
    await type(lever, '26.6abc')
    expect(lever.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Contains a character that is not part of a number, “a”: type digits only')).toBeTruthy()
    expect(screen.queryByText(/无法识别/)).toBeNull()
  })

  it('says everything again in English when the language changes after a move (nothing kept from before)', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useDraftStore().replace(firm())
    const i18n = createAppI18n()
    render(PlannerSection, { global: { plugins: [pinia, i18n, makeRouter()] } })
    await type(rdLever(), '56.784')
    await setLocale(i18n.global, 'en')
    await flushPromises()
    const table = screen.getByRole('table', { name: /^For an application in 2027/ })
    const words = table.textContent ?? ''
    for (const w of [
      'Item',
      'Without changes (2027, projected)',
      'With the plan',
      'HNTE recognition (application in 2027)',
      'Tech-SME evaluation (2027 registration)',
      'Tech-SME score',
    ])
      expect(words).toContain(w)
    expect(within(table).getByRole('rowheader', { name: 'Conditions not met' })).toBeTruthy()
    expect(words).not.toMatch(/\p{Script=Han}/u)
    expect(screen.getByRole('group', { name: 'Changes' })).toBeTruthy()
    for (const name of ['Reset', 'Apply this plan']) expect(button(name)).toBeTruthy()
  })

  it('resets every lever to blank', async () => {
    show()
    await type(rdLever(), '56.784')
    await type(screen.getByLabelText(/^申报前新增Ⅰ类知识产权/), '2')
    await fireEvent.click(button('重置'))
    expect(rdLever().value).toBe('')
    expect((screen.getByLabelText(/^申报前新增Ⅰ类知识产权/) as HTMLInputElement).value).toBe('')
    expect(plan()).toBe('✗ 不符合条件')
  })

  it('never writes extra R&D into the answers: it is a plan for 2026, and says so', async () => {
    const draft = show()
    await type(rdLever(), '56.784')
    expect((button('应用此方案') as HTMLButtonElement).disabled).toBe(true)
    const sentence = /^2026年起新增的研发费用、高新技术产品（服务）收入、科技人员和科技成果转化是计划，不会写入您的答案/
    expect(screen.getByText(sentence)).toBeTruthy()
    expect(draft.profile.years[2]!.rd!.inHouse).toBe(764_000)
  })

  it('never writes extra high-tech income into the closed 2025 either', async () => {
    const draft = show()
    const before = draft.profile.years[2]!.hiTechIncome
    await type(screen.getByLabelText(/^2026年新增高新技术产品（服务）收入/), '100')
    expect((button('应用此方案') as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByRole('table', { name: /^按2027年申报对比/ })).toBeTruthy()
    expect(draft.profile.years[2]!.hiTechIncome).toBe(before)
  })

  // the 2026 income is projected from 2025's; with 2025 high-tech income unanswered the lever has nothing to add to
  // (projection.ts addThisYear), and the lever says so instead of letting the plan read as if it changed nothing
  it('says the extra high-tech income is left out while the last year’s income is unanswered', async () => {
    show(firm(undefined, (p) => delete p.years[2]!.hiTechIncome))
    const lever = screen.getByLabelText(/^2026年新增高新技术产品（服务）收入/)
    expect(accessibleDescription(lever, 'textbox')).toContain(
      '2025年的高新技术产品（服务）收入或总收入尚未填写，2026年的收入无从推算：此项暂不计入方案，请先填写这两项。',
    )
    cleanup()
    show()
    expect(
      accessibleDescription(screen.getByLabelText(/^2026年新增高新技术产品（服务）收入/), 'textbox'),
    ).not.toContain('尚未填写')
  })

  it('writes a plan into the answers only after the confirmation', async () => {
    const draft = show()
    await type(screen.getByLabelText(/^申报前新增Ⅰ类知识产权/), '2')
    await fireEvent.click(button('应用此方案'))
    const dialog = screen.getByRole('alertdialog')
    expect(within(dialog).getByRole('listitem').textContent).toMatch(/：1 → 3$/)
    await fireEvent.click(within(dialog).getByRole('button', { name: '取消' }))
    expect(draft.profile.ip.classI).toBe(1)
    await fireEvent.click(button('应用此方案'))
    await fireEvent.click(button('确认应用'))
    expect(draft.profile.ip.classI).toBe(3)
    expect(screen.getByText('已将方案写入本企业的答案。')).toBeTruthy()
  })

  it('lists the extra 2026 R&D as the cheapest path; 试一试 puts it into the lever and the plan works in 2027', async () => {
    show()
    const text = '2026 年研发费用增加 56.78 万元（计入 2027 年申报的 2024–2026 年研发费用合计）'
    await fireEvent.click(await screen.findByRole('button', { name: `试一试：${text}` }, { timeout: 3000 }))
    expect(rdLever().value).toBe('56.784')
    expect(plan()).toBe('✓ 符合条件')
  })

  it('rd-short: says that after 7.55万 more R&D in 2026 the experts’ score decides, and the plan reads so', async () => {
    show(rdShort as FirmProfile)
    const name =
      /^试一试：2026 年研发费用增加 7\.55 万元（计入 2027 年申报的 2024–2026 年研发费用合计）；此后其他条件均满足，是否认定取决于专家/
    await fireEvent.click(await screen.findByRole('button', { name }, { timeout: 3000 }))
    expect(rdLever().value).toBe('7.545')
    expect(plan()).toBe('~ 临界，结果取决于专家评分')
  })

  it('projects three application years and names the first that works, as the engine does', () => {
    show(rdShort as FirmProfile)
    const rows = project(rdShort as FirmProfile, { salesGrowth: 0.125, rdShare: 0.0511, staffGrowth: 0 }, 3)
    const table = screen.getByRole('table', { name: '今后三个申报年度的推算结果' })
    const years = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent?.trim())
    expect(years).toEqual(['2027', '2028', '2029'])
    const tsme = firstWorkingYear(rows, 'techSme')
    expect(screen.getByText(`按这些假设，最早可在 ${tsme} 年申报科技型中小企业评价。`)).toBeTruthy()
    const row2028 = within(table).getByRole('rowheader', { name: '2028' }).closest('tr')!
    expect(row2028.textContent).toContain('2026（推算）、2027（推算）')
  })

  it('starts the projection from the firm’s own growth, says so, and gives each year its reason', () => {
    show(rdShort as FirmProfile)
    // rd-short: sales 3,200万 (2024) → 3,600万 (2025) = +12.5%; 2025 HNTE R&D = 150 + 10 + 80% × 30 = 184万
    // of 3,600万 sales = 5.111…% → 5.11
    expect((screen.getByLabelText(/^销售收入年增长率/) as HTMLInputElement).value).toBe('12.5')
    expect((screen.getByLabelText(/^研发费用占销售收入的比例/) as HTMLInputElement).value).toBe('5.11')
    expect(screen.getByText('销售收入年增长率取自企业 2024 年到 2025 年的实际增长，可修改。')).toBeTruthy()
    expect(screen.getByText('研发费用占比取自企业 2025 年的实际数据，可修改。')).toBeTruthy()
    const table = screen.getByRole('table', { name: '今后三个申报年度的推算结果' })
    for (const row of within(table).getAllByRole('row').slice(1))
      for (const cell of within(row).getAllByRole('cell').slice(1))
        expect(cell.textContent!.replace(STATUS, '').trim().length).toBeGreaterThan(0)
  })
})

// issue #8 §3/§8: the constructed firm with 2025 其他费用 blank. The answered R&D 76.4万 ÷ 1,960万 = 3.8979…% → at
// least 3.89% (floored); the 2029 window 2026–2028 is all projected at 3.89% of sales with 2028 sales 5,378.24万
// > 5,000万 (4% required): at least 3.89%, 待确认, never "0.00% ✗".
describe('PlannerSection projection from partly answered R&D', () => {
  const partial = () => firm(undefined, (p) => delete p.years[2]!.rd!.other)
  const hnteCell = (year: string) =>
    within(screen.getByRole('rowheader', { name: year }).closest('tr')!)
      .getAllByRole('cell')
      .find((c) => c.getAttribute('data-program') === 'hnte')!

  it('starts from the lower bound, says "at least", and gives 待确认 rather than ✗', () => {
    show(partial())
    expect((screen.getByLabelText(/^研发费用占销售收入的比例/) as HTMLInputElement).value).toBe('3.89')
    expect(screen.getByText(/^研发费用占比至少为 3\.89%，取自企业 2025 年已填写的研发费用/)).toBeTruthy()
    expect(screen.queryByText(/暂按 0%/)).toBeNull()
    expect(hnteCell('2029').getAttribute('data-status')).toBe('incomplete')
    expect(hnteCell('2029').textContent).toContain('已填写的研究开发费用占比至少 3.89%，尚低于 4.00%')
    expect(screen.getByText(/^按这些假设，今后三年内高新技术企业认定尚不能确定是否达到“符合条件”/)).toBeTruthy()
  })

  it('says the same in English', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useDraftStore().replace(partial())
    const i18n = createAppI18n()
    await setLocale(i18n.global, 'en')
    render(PlannerSection, { global: { plugins: [pinia, i18n, makeRouter()] } })
    expect(screen.getByText(/^The R&D share is at least 3\.89%, from the R&D answered for 2025/)).toBeTruthy()
    expect(hnteCell('2029').textContent).toContain('at least 3.89%')
    expect(screen.getByText(/^Under these assumptions, whether .* cannot be settled yet/)).toBeTruthy()
  })

  it('a share the user types is the whole R&D: the projection then decides', async () => {
    show(partial())
    await type(screen.getByLabelText(/^研发费用占销售收入的比例/), '3')
    // 2029: 3% of every projected year's sales < 4%: ✗ on the user's own assumption
    expect(hnteCell('2029').getAttribute('data-status')).toBe('ineligible')
  })
})
