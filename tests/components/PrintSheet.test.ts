// @vitest-environment happy-dom
// The result sheet read as a reader reads it: each part by its heading, each row by its row header, facts by
// their terms. The check rows' data-testid/data-status hooks (issue #8 §7) are not used to find anything here.
import { describe, it, expect, afterEach } from 'vitest'
import { render, screen, cleanup, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { nextTick } from 'vue'
import PrintSheet from '@/components/PrintSheet.vue'
import { bazhou } from '@/locality/bazhou'
import { assess } from '@/rules/index'
import type { Assessment } from '@/engine/types'
import type { FirmProfile } from '@/profile/types'
import { exampleProfile, makePrintI18n, makePrintRouter } from '../print/fixtures'

afterEach(cleanup)
const profile = exampleProfile('rd-short')
// the app assesses with the locality in its settings: 霸州市 by default
const a = assess(profile, { locality: bazhou })
function sheet(over: { profile?: FirmProfile; assessment?: Assessment; staffName?: string } = {}) {
  const i18n = makePrintI18n()
  render(PrintSheet, {
    props: { assessment: a, profile, printedOn: '2027-01-05', appVersion: '9.8.7', ...over },
    global: { plugins: [createPinia(), i18n, makePrintRouter()] },
  })
  return { i18n }
}
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()
const part = (heading: string) => screen.getByRole('region', { name: heading })
/** "term definition" of the sheet's facts list */
function fact(term: string) {
  const terms = screen.getAllByRole('term')
  const i = terms.findIndex((t) => squash(t.textContent) === term)
  if (i < 0) throw new Error(`no fact ${term}`)
  return `${term} ${squash(screen.getAllByRole('definition')[i]!.textContent)}`
}
/** the row of a table in a part, by the start of its row header */
const rowIn = (heading: string, name: string) =>
  within(part(heading)).getByRole('rowheader', { name: new RegExp(`^${name}`) }).parentElement as HTMLTableRowElement
const figure = (check: string) => rowIn('关键指标对照', check)
const verdict = (program: string) => rowIn('评价结论', program)
const incentive = (name: string) => rowIn('税收优惠估算', name)
const cells = (row: HTMLTableRowElement) => [...row.cells].map((c) => squash(c.textContent))
/** the "[n]" in the last column of a check's row */
const refOf = (check: string) => cells(figure(check)).at(-1)
const footnotes = () => within(part('政策依据')).getAllByRole('listitem')

describe('PrintSheet', () => {
  it('heads the sheet with the firm, its credit code, the dates, the fiscal years and both versions', () => {
    sheet()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('科创自评结果单')
    expect(fact('企业名称')).toBe('企业名称 霸州市瑞康新材料科技有限公司')
    expect(fact('统一社会信用代码')).toBe('统一社会信用代码 91131081MA0J7R8U3C')
    expect(fact('评估日期')).toBe('评估日期 2026年11月26日')
    expect(fact('所用会计年度')).toBe('所用会计年度 2023、2024、2025')
    expect(fact('规则版本')).toBe(`规则版本 ${a.rulesVersion}`)
    expect(fact('程序版本')).toBe('程序版本 9.8.7')
    expect(fact('打印日期')).toBe('打印日期 2027年1月5日')
  })

  it('says so when the firm name or credit code was not given', () => {
    const bare = { ...profile, company: { ...profile.company, name: '  ', creditCode: undefined } }
    sheet({ profile: bare })
    expect(fact('企业名称')).toBe('企业名称 （未填写）')
    expect(fact('统一社会信用代码')).toBe('统一社会信用代码 （未填写）')
  })

  it('shows HTML in the firm name as literal text', () => {
    const name = '<img src=x onerror="alert(1)"><b>恶意</b>公司'
    sheet({ profile: { ...profile, company: { ...profile.company, name } } })
    expect(screen.queryByRole('img')).toBeNull()
    // a <b> element would be an element whose text is 恶意
    expect(screen.queryByText('恶意')).toBeNull()
    expect(fact('企业名称')).toBe(`企业名称 ${name}`)
  })

  it('prints the disclaimer line', () => {
    sheet()
    expect(screen.getByText('自评结果仅供参考，不代替主管部门的认定')).toBeTruthy()
  })

  it('states each verdict with its glyph and words, and the score range against the pass mark', () => {
    sheet()
    const hnte = cells(verdict('高新技术企业认定'))
    expect(hnte[1]).toBe('✗ 不符合条件')
    expect(hnte[2]).toContain(`创新能力评分 ${a.hnte.score.min}–${a.hnte.score.max} 分（及格线 71 分）`)
    const tsme = cells(verdict('科技型中小企业评价'))
    expect(tsme[1]).toBe('✓ 符合条件')
    expect(tsme[2]).toContain(`评价得分 ${a.techSme.score.min} 分（及格线 60 分）；直接认定：`)
  })

  it('says 待确认 for the tech-SME direct route while its answers are missing, never 否', () => {
    const with_ = (s: 'pass' | 'fail' | 'unknown') => ({ ...a, techSme: { ...a.techSme, directPassStatus: s } })
    const direct = (s: 'pass' | 'fail' | 'unknown') => {
      sheet({ assessment: with_(s) })
      const text = cells(verdict('科技型中小企业评价')).join(' ')
      cleanup()
      return text
    }
    expect(direct('unknown')).toContain('直接认定：待确认')
    // a 否 says why (the sheet stands alone): the fixture's conditions 1–4 pass, so no case of 第八条 is held
    expect(direct('fail')).toContain(
      '直接认定：否（不具备第八条四种情形中的任何一项：有效期内的高企证书、国家级科技奖励前三、省部级以上研发机构、主导制定标准）',
    )
    expect(direct('pass')).toContain('直接认定：是')
  })

  it('has one key-figure row per check, with figure, threshold, result and gap', () => {
    sheet()
    // the check rows are those headed by a row header (not the column headers, not the programme group rows)
    expect(within(part('关键指标对照')).getAllByRole('rowheader')).toHaveLength(
      a.hnte.checks.length + a.techSme.checks.length,
    )
    expect(cells(figure('研发费用占销售收入比例')).slice(0, 5)).toEqual([
      '研发费用占销售收入比例',
      '4.72%',
      '≥ 5.00%',
      '✗ 不符合',
      '2026 年申报还差研发费用 26.60 万元（2023–2025 年合计）',
    ])
  })

  it('numbers each distinct citation once and refers to it by the same [n] everywhere', () => {
    sheet()
    // both R&D checks rest on 32号 第十一条第（五）项; the three tech-SME limits on 115号 第六条第（二）项
    expect(refOf('研发费用占销售收入比例')).toBe(refOf('境内研发费用占比'))
    expect(refOf('职工总数不超过上限')).toBe(refOf('资产总额不超过上限'))
    expect(refOf('研发费用占销售收入比例')).not.toBe(refOf('科技人员占职工总数比例'))
    expect(refOf('注册成立满一年')).toBe('[1]')
    // the citation without the quoted clause that follows it
    const notes = footnotes().map((li) => {
      const quote = li.querySelector('q')
      return squash(li.textContent)
        .replace(quote ? squash(quote.textContent) : '', '')
        .trim()
    })
    expect(notes[0]).toBe('[1] 国科发火〔2016〕32号 第十一条第（一）项《高新技术企业认定管理办法》')
    expect(new Set(notes.map((n) => n.replace(/^\[\d+\] /, '').replace(/ 《.*$/, ''))).size).toBe(notes.length)
    const n = Number(refOf('研发费用占销售收入比例')!.slice(1, -1))
    expect(notes[n - 1]).toBe(`[${n}] 国科发火〔2016〕32号 第十一条第（五）项`)
  })

  it('prints the clause in the law’s own words after its citation', () => {
    sheet()
    const n = Number(refOf('注册成立满一年')!.slice(1, -1))
    // 国科发火〔2016〕32号 第十一条（一）: 企业申请认定时须注册成立一年以上
    expect(footnotes()[n - 1]!.querySelector('q')?.textContent).toContain('企业申请认定时须注册成立一年以上')
  })

  it('marks unverified values with † and explains the mark once', () => {
    const marked = {
      ...a,
      hnte: { ...a.hnte, checks: a.hnte.checks.map((c) => (c.id === 'hnte.core-ip' ? { ...c, unverified: true } : c)) },
    }
    sheet()
    // Class I reuse is confirmed (工作指引 三（二）4), so the real core-IP check is not marked
    expect(figure('拥有核心知识产权').textContent).not.toContain('†')
    cleanup()
    sheet({ assessment: marked })
    expect(figure('拥有核心知识产权').textContent).toContain('†')
    expect(figure('科技人员占职工总数比例').textContent).not.toContain('†')
    expect(incentive('技术合同增值税免税').textContent).toContain('†')
    expect(within(part('政策依据')).getByText(/仅见于第三方资料/)).toBeTruthy()
  })

  it('leaves out the † note when nothing on the sheet is unverified', () => {
    const strip = <T extends { unverified?: boolean }>(xs: T[]) => xs.map((x) => ({ ...x, unverified: undefined }))
    const clean = {
      ...a,
      hnte: { ...a.hnte, checks: strip(a.hnte.checks) },
      techSme: { ...a.techSme, checks: strip(a.techSme.checks) },
      incentives: strip(a.incentives),
    }
    sheet({ assessment: clean })
    expect(within(part('政策依据')).queryByText(/仅见于第三方资料/)).toBeNull()
    expect(part('关键指标对照').textContent).not.toContain('†')
  })

  it('states the incentive assumptions and each estimate in its unit', () => {
    sheet()
    expect(within(part('税收优惠估算')).getByText(/按 2025 年数据估算 2026 纳税年度/)).toBeTruthy()
    expect(squash(incentive('研发费用加计扣除').textContent)).toContain('加计扣除额：184.00 万元')
    expect(squash(incentive('高新技术企业 15% 税率').textContent)).toContain('✗ 不适用')
  })

  it('lists every next step with a tick box, who, and by when (undated last)', () => {
    sheet()
    const [, ...rows] = within(part('下一步')).getAllByRole('row') as HTMLTableRowElement[]
    expect(rows).toHaveLength(a.checklist.length)
    // the tick box is the first cell, hidden from assistive tech (it is for pen and paper)
    expect(rows.every((r) => r.cells[0]!.textContent === '☐')).toBe(true)
    const first = rows.find((r) => (r.textContent ?? '').includes('提高研发费用占销售收入比例'))!
    expect(first).toBeTruthy()
    const whoBy = within(first.cells[2]!)
    expect(whoBy.getByText('霸州市科技和工业信息化局')).toBeTruthy()
    expect(whoBy.getByText('2026年12月31日')).toBeTruthy()
    expect(within(rows.at(-1)!.cells[2]!).getByText('无固定截止日期')).toBeTruthy()
  })

  it('prints the notices, warnings first', () => {
    sheet()
    const notices = within(part('提示与人工复核事项')).getAllByRole('listitem')
    expect(notices).toHaveLength(a.notices.length)
    // a warning is introduced by 注意：
    expect(squash(notices[0]!.textContent)).toMatch(/^注意：/)
    expect(squash(notices[0]!.textContent)).toContain('注意：以下参数仅见于第三方资料')
  })

  it('has signature and date lines for the firm, and no staff line outside helpdesk mode', () => {
    sheet()
    const signatures = within(part('签字确认'))
    for (const label of ['企业（盖章）：', '企业负责人签字：', '日期：']) {
      // each label carries its blank line to sign on
      const el = signatures.getByText(label)
      expect(el.children).toHaveLength(1)
      expect(el.children[0]!.textContent).toBe('')
    }
    expect(signatures.queryByText(/^服务人员/)).toBeNull()
  })

  it('prints the visiting staff member’s name when one is set, as text', () => {
    sheet({ staffName: '李<i>明</i>' })
    const signatures = within(part('签字确认'))
    expect(signatures.getByText('服务人员：李<i>明</i>')).toBeTruthy()
    // an <i> element would be an element whose text is 明
    expect(signatures.queryByText('明')).toBeNull()
  })

  it('follows the language switch', async () => {
    const { i18n } = sheet()
    i18n.global.locale.value = 'en'
    await nextTick()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('InnoCheck result sheet')
    expect(cells(rowIn('Verdict', 'High and New Technology Enterprise'))[1]).toBe('✗ Not eligible')
  })
})
