// @vitest-environment happy-dom
// One programme card read as a person reads it: the verdict in words, the score bar by its name, the tables by
// their captions and each condition's row by its words. The assessment is hand-built (fixtures/assessment.ts).
import { afterEach, describe, it, expect } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { nextTick } from 'vue'
import ResultProgramCard from '@/components/ResultProgramCard.vue'
import { buildAssessment } from './fixtures/assessment'
import { makeI18n, makeRouter } from './fixtures/mount'
import type { Check, Program } from '@/engine/types'

const a = buildAssessment()
function card(
  program: Program & { directPass?: boolean; directPassStatus?: 'pass' | 'fail' | 'unknown' },
  which: 'hnte' | 'tech-sme',
) {
  const i18n = makeI18n()
  const view = render(ResultProgramCard, {
    props: { program, which },
    global: { plugins: [createPinia(), i18n, makeRouter()] },
  })
  /** switch the language the way the app's language switch does */
  const setLocale = async (l: 'zh-CN' | 'en') => {
    i18n.global.locale.value = l
    await nextTick()
  }
  return { ...view, setLocale }
}
afterEach(cleanup)

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ')
const checks = (programme: string) => screen.getByRole('table', { name: `${programme}：逐项条件` })
/** the row of one condition, found by the words that start it */
const row = (condition: string) => screen.getByRole('row', { name: new RegExp(`^${condition}`) })

describe('ResultProgramCard', () => {
  it('states the HNTE verdict in words under the programme’s heading, with the engine status on the testing hook', () => {
    card(a.hnte, 'hnte')
    const region = screen.getByRole('region', { name: '高新技术企业认定' })
    const verdict = within(region).getByText('不符合条件', { exact: false })
    expect(text(verdict)).toContain('✗ 不符合条件')
    // the hook the browser tests read (issue #3)
    expect(verdict.closest('[data-testid="status-hnte"]')?.getAttribute('data-status')).toBe('ineligible')
  })

  it('states the tech-SME verdict, its direct pass and why', () => {
    card(a.techSme, 'tech-sme')
    const region = screen.getByRole('region', { name: '科技型中小企业评价' })
    expect(text(within(region).getByText('符合条件', { exact: false }))).toContain('✓ 符合条件')
    const direct = text(within(region).getByText('直接认定').parentElement!)
    expect(direct).toContain('直接认定 是')
    expect(direct).toContain('持有有效期内的高新技术企业证书')
  })

  // 国科发政〔2017〕115号 第八条: a firm meeting 第六条（一）–（四） is confirmed directly when it holds one of four cases
  const CASES_ZH =
    '有效期内的高新技术企业证书；近五年获国家级科技奖励且在获奖单位中排名前三；经认定的省部级以上研发机构；近五年主导制定国际、国家或行业标准'

  it('says why there is no direct pass when no case of 第八条 is held, and what would make it one', () => {
    // the fixture's conditions 1–4 all pass: the 否 comes from the cases
    card({ ...a.techSme, directPass: false, directPassStatus: 'fail' }, 'tech-sme')
    const p = screen.getByText('直接认定').parentElement!
    expect(p.getAttribute('data-status')).toBe('fail')
    expect(text(p).trim()).toBe(
      `直接认定 否：不具备国科发政〔2017〕115号 第八条的四种情形中的任何一项（${CASES_ZH}）。` +
        '具备其中任一项、且第六条第（一）至（四）项条件均符合，即可直接认定；否则需综合评分达到及格线且科技人员指标得分不为 0。',
    )
  })

  it('says a failed condition of 第六条（一）–（四） is why, when one failed (第八条 needs them too)', async () => {
    const checks = a.techSme.checks.map((c) => (c.id === 'tsme.revenue-limit' ? { ...c, status: 'fail' as const } : c))
    const { setLocale } = card({ ...a.techSme, checks, directPass: false, directPassStatus: 'fail' }, 'tech-sme')
    expect(text(screen.getByText('直接认定').parentElement!).trim()).toBe(
      '直接认定 否：第六条第（一）至（四）项条件未全部符合（见下表中不符合的条件），直接认定也须先符合这些条件（国科发政〔2017〕115号 第八条）。' +
        `这些条件均符合后，具备第八条四种情形中的任一项（${CASES_ZH}）即可直接认定。`,
    )
    await setLocale('en')
    expect(text(screen.getByText('Direct pass').parentElement!).trim()).toMatch(
      /^Direct pass No: conditions \(1\)–\(4\) of Art\. 6 are not all met .*any one of the four cases of Art\. 8 \(a valid HNTE certificate; .*\) gives a direct pass\.$/,
    )
  })

  it('shows the score range in words, also as the bar’s accessible name', () => {
    card(a.hnte, 'hnte')
    expect(screen.getByRole('img', { name: '创新能力评分 61–78 分（及格线 71 分）' })).toBeTruthy()
    expect(screen.getByText('创新能力评分 61–78 分（及格线 71 分）', { exact: false })).toBeTruthy()
  })

  it('shows each score part as min–max of its cap, and a single value when they agree', () => {
    card(a.hnte, 'hnte')
    const hnteParts = screen.getByRole('table', { name: '各部分得分' })
    expect(text(within(hnteParts).getByRole('row', { name: /^知识产权/ }))).toBe('知识产权20–26 分（满分 30 分）')
    cleanup()
    card(a.techSme, 'tech-sme')
    const tsmeParts = screen.getByRole('table', { name: '各部分得分' })
    expect(text(within(tsmeParts).getByRole('row', { name: /^研发投入/ }))).toBe('研发投入20 分（满分 50 分）')
    expect(screen.getByText('评价得分 50 分（及格线 60 分）', { exact: false })).toBeTruthy()
  })

  it('has one row per check in a captioned table with column and row headers', () => {
    card(a.hnte, 'hnte')
    const table = checks('高新技术企业认定')
    const [head, ...body] = within(table).getAllByRole('row')
    expect(body).toHaveLength(a.hnte.checks.length)
    expect(within(head!).getAllByRole('columnheader').length).toBeGreaterThan(3)
    expect(within(row('拥有核心知识产权')).getByRole('rowheader')).toBeTruthy()
  })

  it('shows the firm’s figure, the threshold, the result and the R&D gap in 万元', () => {
    card(a.hnte, 'hnte')
    const r = text(row('研发费用占销售收入比例'))
    expect(r).toContain('4.50%')
    expect(r).toContain('≥ 5.00%')
    expect(r).toContain('✗ 不符合')
    expect(r).toContain('还差研发费用 26.60 万元')
    expect(r).toContain('近三年研发费用占销售收入 4.50%，低于 5%')
  })

  it('gives the staff gap in whole persons and unknown checks no gap', () => {
    card(a.hnte, 'hnte')
    expect(text(row('科技人员占职工总数比例'))).toContain('需新增科技人员 5 人')
    const unknown = row('高新技术产品（服务）收入占比')
    expect(text(unknown)).toContain('? 待确认')
    // the gap column (the fifth) stays empty
    expect(text(within(unknown).getAllByRole('cell')[3]!).trim()).toBe('')
  })

  it('gives a registration gap as days to wait', () => {
    const young: Check = { ...a.hnte.checks[0]!, status: 'fail', value: 353, gap: 12 }
    card({ ...a.hnte, checks: [young] }, 'hnte')
    expect(text(row('注册成立满一年'))).toContain('还需等待 12 天')
  })

  it('shows a ceiling as ≤ in 万元 and an over-limit gap', () => {
    const over: Check = { ...a.techSme.checks[2]!, status: 'fail', value: 200_000_000.01, gap: 0.01 }
    card({ ...a.techSme, checks: [over] }, 'tech-sme')
    const r = text(row('年销售收入不超过上限'))
    expect(r).toContain('≤ 20,000.00 万元')
    expect(r).toContain('超出上限 0.01 元')
  })

  it('cites the document, the article and links the title without sending a referrer', () => {
    card(a.hnte, 'hnte')
    const r = row('研发费用占销售收入比例')
    expect(text(r)).toContain('国科发火〔2016〕32号 第十一条第（五）项')
    const link = within(r).getByRole('link', { name: '查看原文：《高新技术企业认定管理办法》' })
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.most\.gov\.cn\//)
    expect(link.getAttribute('rel')).toBe('noreferrer')
  })

  it('marks a threshold not yet checked against the official text', () => {
    const flagged: Check = { ...a.hnte.checks[3]!, unverified: true }
    card({ ...a.hnte, checks: [flagged] }, 'hnte')
    expect(screen.getByText('该标准尚未与官方原文核实', { exact: false })).toBeTruthy()
  })

  it('renders in English after the language is switched, engine notes included', async () => {
    const { setLocale, container } = card(a.hnte, 'hnte')
    await setLocale('en')
    const all = text(container)
    expect(all).toContain('✗ Not eligible')
    expect(all).toContain('Innovation score 61–78 points (pass mark 71)')
    expect(all).toContain('R&D expense short by CNY 266,000.00')
    expect(all).toContain('S&T staff short by 5 persons')
    expect(all).toContain('R&D is 4.50% of sales over three years, below 5%')
  })
})
