// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import ResultProgramCard from '@/components/ResultProgramCard.vue'
import { buildAssessment } from './fixtures/assessment'
import { mountResult, textOf } from './fixtures/mount'
import type { Check, Program } from '@/engine/types'

const a = buildAssessment()
const card = (program: Program & { directPass?: boolean }, which: 'hnte' | 'tech-sme') =>
  mountResult(ResultProgramCard, { props: { program, which } })
const row = (w: ReturnType<typeof card>['wrapper'], id: string) => w.get(`tr[data-check="${id}"]`)

describe('ResultProgramCard', () => {
  it('states the HNTE verdict in words with the engine status on the testing hook', () => {
    const { wrapper } = card(a.hnte, 'hnte')
    const status = wrapper.get('[data-testid="status-hnte"]')
    expect(status.attributes('data-status')).toBe('ineligible')
    expect(textOf(status)).toContain('✗ 不符合条件')
  })

  it('states the tech-SME verdict, its direct pass and why', () => {
    const { wrapper } = card(a.techSme, 'tech-sme')
    expect(wrapper.get('[data-testid="status-tech-sme"]').attributes('data-status')).toBe('eligible')
    expect(textOf(wrapper.get('[data-testid="status-tech-sme"]'))).toContain('✓ 符合条件')
    const direct = textOf(wrapper.get('[data-testid="direct-pass"]'))
    expect(direct).toContain('直接认定 是')
    expect(direct).toContain('持有有效期内的高新技术企业证书')
  })

  it('says when there is no direct pass', () => {
    const { wrapper } = card({ ...a.techSme, directPass: false }, 'tech-sme')
    expect(textOf(wrapper.get('[data-testid="direct-pass"]'))).toContain('否：需综合评分达到及格线')
  })

  it('shows the score range in words, also as the bar’s accessible name', () => {
    const { wrapper } = card(a.hnte, 'hnte')
    expect(wrapper.text()).toContain('创新能力评分 61–78 分（及格线 71 分）')
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe('创新能力评分 61–78 分（及格线 71 分）')
  })

  it('shows each score part as min–max of its cap, and a single value when they agree', () => {
    const parts = (w: ReturnType<typeof card>['wrapper']) =>
      w.findAll('.parts tr').map((r) => [r.get('th').text(), r.get('td').text()])
    expect(parts(card(a.hnte, 'hnte').wrapper)).toContainEqual(['知识产权', '20–26 分（满分 30 分）'])
    const tsme = card(a.techSme, 'tech-sme').wrapper
    expect(parts(tsme)).toContainEqual(['研发投入', '20 分（满分 50 分）'])
    expect(tsme.text()).toContain('评价得分 50 分（及格线 60 分）')
  })

  it('has one row per check in a captioned table with header scopes', () => {
    const { wrapper } = card(a.hnte, 'hnte')
    expect(wrapper.findAll('tbody tr[data-check]').map((r) => r.attributes('data-check'))).toEqual(
      a.hnte.checks.map((c) => c.id),
    )
    expect(wrapper.get('.checks caption').text()).toBe('高新技术企业认定：逐项条件')
    expect(wrapper.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    expect(row(wrapper, 'hnte.core-ip').get('th').attributes('scope')).toBe('row')
  })

  it('shows the firm’s figure, the threshold, the result and the R&D gap in 万元', () => {
    const r = textOf(row(card(a.hnte, 'hnte').wrapper, 'hnte.rd-intensity'))
    expect(r).toContain('研发费用占销售收入比例')
    expect(r).toContain('4.50%')
    expect(r).toContain('≥ 5.00%')
    expect(r).toContain('✗ 不符合')
    expect(r).toContain('还差研发费用 26.60 万元')
    expect(r).toContain('近三年研发费用占销售收入 4.50%，低于 5%')
  })

  it('gives the staff gap in whole persons and unknown checks no gap', () => {
    const { wrapper } = card(a.hnte, 'hnte')
    expect(textOf(row(wrapper, 'hnte.st-staff-ratio'))).toContain('需新增科技人员 5 人')
    const unknown = row(wrapper, 'hnte.hitech-income-share')
    expect(unknown.attributes('data-status')).toBe('unknown')
    expect(textOf(unknown)).toContain('? 待确认')
    expect(unknown.get('.gap').text()).toBe('')
  })

  it('gives a registration gap as days to wait', () => {
    const young: Check = { ...a.hnte.checks[0]!, status: 'fail', value: 353, gap: 12 }
    const { wrapper } = card({ ...a.hnte, checks: [young] }, 'hnte')
    expect(textOf(row(wrapper, 'hnte.registered-one-year'))).toContain('还需等待 12 天')
  })

  it('shows a ceiling as ≤ in 万元 and an over-limit gap', () => {
    const over: Check = { ...a.techSme.checks[2]!, status: 'fail', value: 200_000_000.01, gap: 0.01 }
    const r = textOf(row(card({ ...a.techSme, checks: [over] }, 'tech-sme').wrapper, 'tsme.revenue-limit'))
    expect(r).toContain('≤ 20,000.00 万元')
    expect(r).toContain('超出上限 0.01 元')
  })

  it('cites the document, the article and links the title without sending a referrer', () => {
    const cell = row(card(a.hnte, 'hnte').wrapper, 'hnte.rd-intensity')
    expect(textOf(cell)).toContain('国科发火〔2016〕32号 第十一条第（五）项')
    const link = cell.get('a')
    expect(link.text()).toBe('查看原文：《高新技术企业认定管理办法》')
    expect(link.attributes('href')).toMatch(/^https:\/\/www\.most\.gov\.cn\//)
    expect(link.attributes('rel')).toBe('noreferrer')
  })

  it('marks a threshold not yet checked against the official text', () => {
    const flagged: Check = { ...a.hnte.checks[3]!, unverified: true }
    const { wrapper } = card({ ...a.hnte, checks: [flagged] }, 'hnte')
    expect(wrapper.text()).toContain('该标准尚未与官方原文核实')
  })

  it('renders in English after the language is switched, engine notes included', async () => {
    const { wrapper, setLocale } = card(a.hnte, 'hnte')
    await setLocale('en')
    const text = textOf(wrapper)
    expect(text).toContain('✗ Not eligible')
    expect(text).toContain('Innovation score 61–78 points (pass mark 71)')
    expect(text).toContain('R&D expense short by CNY 266,000.00')
    expect(text).toContain('S&T staff short by 5 persons')
    expect(text).toContain('R&D is 4.50% of sales over three years, below 5%')
  })
})
