// @vitest-environment happy-dom
// What a reader sees on the results page: the tax headline, each incentive's preconditions, the law's words
// beside a check, and figures that never contradict their verdict. Expected values are worked by hand.
import { describe, it, expect, afterEach } from 'vitest'
import { render, screen, cleanup, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import ResultTaxHeadline from '@/components/ResultTaxHeadline.vue'
import ResultCheckTable from '@/components/ResultCheckTable.vue'
import ResultConditions from '@/components/ResultConditions.vue'
import ResultIncentiveRow from '@/components/ResultIncentiveRow.vue'
import ResultProgramCard from '@/components/ResultProgramCard.vue'
import PrintFigures from '@/components/PrintFigures.vue'
import ResultCitation from '@/components/ResultCitation.vue'
import type { Footnotes } from '@/print/footnotes'
import type { Assessment, Check, Incentive, TaxEstimate } from '@/engine/types'
import { makeI18n, makeRouter } from './fixtures/mount'
import { makePrintI18n } from '../print/fixtures'

afterEach(cleanup)
const plugins = () => [createPinia(), makeI18n(), makeRouter()]
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

// taxable income 400万, R&D extra deduction 100万 → base 300万 (the 小型微利 limit is 不超过 300万, so it holds)
// standard 25% × 300万 = 75万; HNTE 15% × 300万 = 45万; 小型微利 2026: 5% effective × 300万 = 15万;
// best 小型微利; without any incentive 25% × 400万 = 100万 → saving 100 − 15 = 85万; equipment deduction 35万 apart
const bothApply: TaxEstimate = {
  taxYear: 2026,
  taxableIncomeBefore: 4_000_000,
  taxableIncomeAfter: 3_000_000,
  bound: 'exact',
  regimes: [
    { id: 'standard', status: 'applicable', taxDue: 750_000 },
    { id: 'hnte', status: 'applicable', taxDue: 450_000 },
    { id: 'small-low-profit', status: 'applicable', taxDue: 150_000 },
  ],
  best: 'small-low-profit',
  saving: 850_000,
  deferredDeduction: 350_000,
}

describe('ResultTaxHeadline', () => {
  // issue #8: the basis names only the deductions the firm may have
  const basis = (e: TaxEstimate, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const i18n = makeI18n()
    i18n.global.locale.value = locale
    render(ResultTaxHeadline, {
      props: { estimate: e, asOf: '2026-11-30' },
      global: { plugins: [createPinia(), i18n, makeRouter()] },
    })
    const text = squash(screen.getByTestId('tax-headline').textContent)
    cleanup()
    return text
  }

  it('names no deduction for a firm that can have neither (核定征收: 国税函〔2009〕377号)', () => {
    // 400万 taxed at 25% with no deduction: base stays 400万, tax 100万
    const e: TaxEstimate = {
      ...bothApply,
      taxableIncomeAfter: 4_000_000,
      regimes: [{ id: 'standard', status: 'applicable', taxDue: 1_000_000 }],
      best: 'standard',
      saving: 0,
      deferredDeduction: undefined,
      deductions: [],
    }
    const zh = basis(e)
    expect(zh).toContain('计算基础：应纳税所得额 400.00 万元（本企业不适用研发费用加计扣除和技术转让所得减免）。')
    expect(zh).not.toContain('减去')
    expect(basis(e, 'en')).toContain(
      'neither the R&D extra deduction nor the technology-transfer relief applies to this firm',
    )
  })

  it('names only the R&D extra deduction when the transfer relief does not apply', () => {
    const e: TaxEstimate = { ...bothApply, deductions: ['rd-super-deduction'] }
    expect(basis(e)).toContain('应纳税所得额 400.00 万元，减去研发费用加计扣除后为 300.00 万元')
    const en = basis(e, 'en')
    expect(en).toContain('after the R&D extra deduction, CNY 3,000,000.00.')
    expect(en).not.toContain('technology-transfer')
  })

  it('states the year’s tax, the saving, the benefit chosen of the two that do not stack, and the base', () => {
    render(ResultTaxHeadline, { props: { estimate: bothApply, asOf: '2026-11-30' }, global: { plugins: plugins() } })
    const box = screen.getByTestId('tax-headline')
    const text = squash(box.textContent)
    expect(text).toContain('估算 2026 年度企业所得税约 15.00 万元，比不享受优惠少 85.00 万元。')
    expect(text).toContain('税款所属年度：2026 年（本年度预估）')
    expect(text).toContain('按小型微利企业优惠计算。')
    expect(text).toContain(
      '两项税率优惠不能叠加，取应纳税额较低者：高新技术企业 15% 税率 45.00 万元、小型微利企业优惠 15.00 万元。',
    )
    expect(text).toContain('应纳税所得额 400.00 万元，减去研发费用加计扣除和技术转让所得减免后为 300.00 万元')
    expect(squash(screen.getByTestId('tax-deferred').textContent)).toContain(
      '设备器具一次性税前扣除 35.00 万元：这是时间性差异',
    )
  })

  it('says "at most" when a deduction is left out, and names the condition of a benefit only possible', () => {
    // base at most 800万: standard 200万; HNTE 15% = 120万 if the certificate is held (unknown);
    // without any incentive 25% × 1,000万 = 250万 → saving at least 250 − 120 = 130万
    const e: TaxEstimate = {
      taxYear: 2025,
      taxableIncomeBefore: 10_000_000,
      taxableIncomeAfter: 8_000_000,
      bound: 'at-most',
      regimes: [
        { id: 'standard', status: 'applicable', taxDue: 2_000_000 },
        { id: 'hnte', status: 'unknown', taxDue: 1_200_000 },
        { id: 'small-low-profit', status: 'not-applicable' },
      ],
      best: 'hnte',
      saving: 1_300_000,
    }
    render(ResultTaxHeadline, { props: { estimate: e, asOf: '2026-03-15' }, global: { plugins: plugins() } })
    const text = squash(screen.getByTestId('tax-headline').textContent)
    expect(text).toContain('估算 2025 年度企业所得税至多约 120.00 万元，比不享受优惠至少少缴 130.00 万元')
    // assessed on 2026-03-15 for tax year 2025: the annual settlement
    expect(text).toContain('税款所属年度：2025 年（年度汇算清缴）')
    expect(text).toContain('前提是企业在该年度具备高新技术企业 15% 税率的条件')
    expect(text).not.toContain('两项税率优惠不能叠加')
    expect(screen.queryByTestId('tax-deferred')).toBeNull()
  })

  it('names no benefit when none lowers the tax', () => {
    const e: TaxEstimate = {
      ...bothApply,
      regimes: [{ id: 'standard', status: 'applicable', taxDue: 750_000 }],
      best: 'standard',
      saving: 0,
      deferredDeduction: undefined,
    }
    render(ResultTaxHeadline, { props: { estimate: e, asOf: '2026-11-30' }, global: { plugins: plugins() } })
    expect(squash(screen.getByTestId('tax-headline').textContent)).toContain(
      '估算 2026 年度企业所得税约 75.00 万元（按 25% 标准税率，未享受优惠）',
    )
  })
})

const cite = { doc: '国科发火〔2016〕32号', article: '第十一条第（五）项' }

describe('ResultCheckTable', () => {
  it('shows the 4.999% firm as 4.99% below 5.00%, failed, with a test id and status on the row', () => {
    // R&D 49.99万 on sales 1,000万 in each of three years: 149.97 / 3,000 = 4.999%; needs 5%; 0.03万 = 300 元 short
    const c: Check = {
      id: 'hnte.rd-intensity',
      status: 'fail',
      unit: 'ratio',
      gapUnit: 'yuan',
      value: 1_499_700 / 30_000_000,
      threshold: 0.05,
      gap: 300,
      cite,
    }
    render(ResultCheckTable, {
      props: { checks: [c], programName: '高新技术企业认定' },
      global: { plugins: plugins() },
    })
    const row = screen.getByRole('row', { name: /研发费用占销售收入比例/ })
    expect(row.dataset.testid).toBe('check-hnte.rd-intensity')
    expect(row.dataset.status).toBe('fail')
    const cells = within(row)
      .getAllByRole('cell')
      .map((td) => squash(td.textContent))
    expect(cells.slice(0, 4)).toEqual(['4.99%', '≥ 5.00%', '✗ 不符合', '还差研发费用 300.00 元'])
  })

  it('gives the law’s own words behind a disclosure named after the check', () => {
    const quote = '近三个会计年度的研究开发费用总额占同期销售收入总额的比例符合如下要求'
    const c: Check = {
      id: 'hnte.rd-intensity',
      status: 'pass',
      unit: 'ratio',
      value: 0.06,
      threshold: 0.05,
      cite: { ...cite, quote },
    }
    render(ResultCheckTable, {
      props: { checks: [c], programName: '高新技术企业认定' },
      global: { plugins: plugins() },
    })
    const summary = screen.getByText('法条原文')
    expect(summary.getAttribute('aria-label')).toBe('法条原文：研发费用占销售收入比例')
    const details = summary.closest('details')!
    expect(details.open).toBe(false)
    expect(within(details).getByText(quote).tagName).toBe('BLOCKQUOTE')
  })

  it('says the text is not reproduced when the rules hold no quote, and offers no empty disclosure', () => {
    // 国科发政〔2017〕115号 第十二条: its substance only was read, not its words (src/rules/quotes.ts)
    const c: Check = {
      id: 'tsme.annual-update',
      status: 'unknown',
      unit: 'flag',
      cite: { doc: '国科发政〔2017〕115号', article: '第十二条' },
    }
    render(ResultCheckTable, { props: { checks: [c], programName: 'x' }, global: { plugins: plugins() } })
    expect(screen.getByText('（本条原文未收录，请查阅原件）')).toBeTruthy()
    expect(screen.queryByText('法条原文')).toBeNull()
  })

  it('says "至少" for a ratio built from partly-answered amounts', () => {
    const c: Check = {
      id: 'hnte.rd-intensity',
      status: 'pass',
      unit: 'ratio',
      value: 0.06,
      threshold: 0.05,
      bound: 'at-least',
      cite,
    }
    render(ResultCheckTable, { props: { checks: [c], programName: 'x' }, global: { plugins: plugins() } })
    expect(within(screen.getByTestId('check-hnte.rd-intensity')).getByText('至少 6.00%')).toBeTruthy()
  })
})

describe('ResultIncentiveRow', () => {
  const deemed: Incentive = {
    id: 'hnte-reduced-rate',
    status: 'not-applicable',
    figures: {},
    cite: { doc: '国税函〔2009〕377号', article: '' },
    taxYear: 2026,
    basisYear: 2025,
    conditions: [
      {
        id: 'hnte-reduced-rate.collection',
        status: 'fail',
        unit: 'flag',
        cite: { doc: '国税函〔2009〕377号', article: '' },
        unverified: true,
      },
    ],
  }
  const table = (i: Incentive) => ({
    template: '<table><tbody><ResultIncentiveRow :incentive="i" /></tbody></table>',
    components: { ResultIncentiveRow },
    setup: () => ({ i }),
  })

  it('tells a deemed-taxed firm why the 15% rate does not apply', () => {
    render(table(deemed), { global: { plugins: plugins() } })
    const row = screen.getByTestId('incentive-hnte-reduced-rate')
    expect(row.dataset.status).toBe('not-applicable')
    const box = within(row).getByTestId('conditions-hnte-reduced-rate')
    expect(within(box).getByText('前提条件')).toBeTruthy()
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => squash(li.textContent)),
    ).toEqual([
      // the verdict, the provision that sets it (its words not reproduced), and that its article is not yet verified
      '查账征收（核定征收企业不适用）：✗ 不符合 国税函〔2009〕377号 （本条原文未收录，请查阅原件） 该标准尚未与官方原文核实',
    ])
  })

  it('names the provision of each precondition on the sheet too (compact)', () => {
    render(ResultConditions, { props: { incentive: deemed, compact: true }, global: { plugins: plugins() } })
    expect(squash(screen.getByTestId('conditions-hnte-reduced-rate').textContent)).toBe(
      '前提条件：查账征收（核定征收企业不适用）：✗ 不符合（国税函〔2009〕377号）',
    )
  })

  it('says "至少" on an estimate built from partly-answered amounts', () => {
    const i: Incentive = {
      ...deemed,
      id: 'rd-super-deduction',
      status: 'applicable',
      conditions: [],
      figures: { extraDeduction: 500_000 },
      bounds: { extraDeduction: 'at-least' },
    }
    render(table(i), { global: { plugins: plugins() } })
    expect(squash(screen.getByTestId('incentive-rd-super-deduction').textContent)).toContain(
      '加计扣除额：至少 50.00 万元',
    )
  })
})

describe('ResultProgramCard', () => {
  it('shows the tech-SME direct route as 待确认 while its answers are unknown', () => {
    const program = {
      status: 'incomplete' as const,
      checks: [],
      score: { min: 40, max: 80, passMark: 60, parts: [] },
      directPass: false,
      directPassStatus: 'unknown' as const,
    }
    render(ResultProgramCard, { props: { program, which: 'tech-sme' }, global: { plugins: plugins() } })
    const p = screen.getByTestId('direct-pass')
    expect(p.dataset.status).toBe('unknown')
    expect(squash(p.textContent)).toContain('直接认定 待确认')
    expect(squash(p.textContent)).not.toContain('否')
  })
})

// issue #8 §7, the newcomer's rows: the HNTE innovation score 4–70 against 71 fails on its highest (71 − 70 = 1);
// the tech-SME score 58–84 against 60 is 待确认 and its lowest is 60 − 58 = 2 short
const scoreFail: Check = {
  id: 'hnte.innovation-score',
  status: 'fail',
  unit: 'points',
  value: 4,
  valueMax: 70,
  threshold: 71,
  gap: 1,
  cite: { doc: '国科发火〔2016〕32号', article: '第十一条第（七）项' },
}
const scoreOpen: Check = {
  id: 'tsme.score',
  status: 'unknown',
  unit: 'points',
  value: 58,
  valueMax: 84,
  threshold: 60,
  cite: { doc: '国科发政〔2017〕115号', article: '第六条第（五）项' },
}
const rowCells = (testid: string) =>
  within(screen.getByTestId(testid))
    .getAllByRole('cell')
    .map((td) => squash(td.textContent))

/** HNTE 4–70 against 71: the highest is 1 short (✗); tech-SME 58–84 against 60: the lowest is 2 short (待确认) */
function expectRangeRows() {
  expect(rowCells('check-hnte.innovation-score').slice(0, 4)).toEqual([
    '4–70 分',
    '≥ 71 分',
    '✗ 不符合',
    '最高分还差 1 分',
  ])
  expect(rowCells('check-tsme.score').slice(0, 4)).toEqual(['58–84 分', '≥ 60 分', '? 待确认', '最低分还差 2 分'])
}

describe('a score known as a range, beside its verdict', () => {
  it('shows the range and the deciding end’s gap on the results page', () => {
    render(ResultCheckTable, {
      props: { checks: [scoreFail, scoreOpen], programName: '高新技术企业认定' },
      global: { plugins: plugins() },
    })
    expectRangeRows()
  })

  it('shows the same on the print sheet', () => {
    const program = (checks: Check[]) => ({
      status: 'borderline',
      checks,
      score: { min: 0, max: 0, passMark: 0, parts: [] },
    })
    const assessment = {
      asOf: '2026-11-30',
      fiscalYears: [],
      hnte: program([scoreFail]),
      techSme: program([scoreOpen]),
    }
    const footnotes = { numberOf: () => 1 } as unknown as Footnotes
    render(PrintFigures, {
      props: { assessment: assessment as unknown as Assessment, footnotes },
      global: { plugins: [createPinia(), makePrintI18n(), makeRouter()] },
    })
    expectRangeRows()
  })
})

describe('a citation without the clause’s words', () => {
  const unquoted = { doc: '财政部 税务总局公告2026年第10号', article: '条款未核实' }

  it('says in English that the article was not verified, with a space before the remark', () => {
    const i18n = makeI18n()
    i18n.global.locale.value = 'en'
    render(ResultCitation, { props: { cite: unquoted }, global: { plugins: [createPinia(), i18n, makeRouter()] } })
    expect(squash(document.body.textContent)).toBe(
      '财政部 税务总局公告2026年第10号 article not verified (the text of this article is not reproduced here: see the document)',
    )
  })

  it('says so in Chinese, with no space before the full-width bracket', () => {
    render(ResultCitation, { props: { cite: unquoted }, global: { plugins: plugins() } })
    expect(squash(document.body.textContent)).toBe(
      '财政部 税务总局公告2026年第10号 条款未核实（本条原文未收录，请查阅原件）',
    )
  })
})
