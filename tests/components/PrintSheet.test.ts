// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import PrintSheet from '@/components/PrintSheet.vue'
import { bazhou } from '@/locality/bazhou'
import { assess } from '@/rules/index'
import type { Assessment } from '@/engine/types'
import type { FirmProfile } from '@/profile/types'
import { exampleProfile, mountWith, textOf } from '../print/fixtures'

const profile = exampleProfile('rd-short')
// the app assesses with the locality in its settings: 霸州市 by default
const a = assess(profile, { locality: bazhou })
const sheet = (over: { profile?: FirmProfile; assessment?: Assessment; staffName?: string } = {}) =>
  mountWith(PrintSheet, { assessment: a, profile, printedOn: '2027-01-05', appVersion: '9.8.7', ...over })
const fact = (w: VueWrapper, id: string) =>
  ['dt', 'dd'].map((tag) => textOf(w.get(`[data-fact="${id}"] ${tag}`))).join(' ')
const cells = (w: VueWrapper, selector: string) =>
  w
    .get(selector)
    .findAll('th, td')
    .map((c) => textOf(c).trim())
const refOf = (w: VueWrapper, id: string) => w.get(`[data-check="${id}"] .ps-ref`).text()

describe('PrintSheet', () => {
  it('heads the sheet with the firm, its credit code, the dates, the fiscal years and both versions', () => {
    const { wrapper } = sheet()
    expect(wrapper.get('h1').text()).toBe('科创自评结果单')
    expect(fact(wrapper, 'firm')).toBe('企业名称 霸州市瑞康新材料科技有限公司')
    expect(fact(wrapper, 'credit-code')).toBe('统一社会信用代码 91131081MA0J7R8U3C')
    expect(fact(wrapper, 'as-of')).toBe('评估日期 2026年11月26日')
    expect(fact(wrapper, 'fiscal-years')).toBe('所用会计年度 2023、2024、2025')
    expect(fact(wrapper, 'rules-version')).toBe(`规则版本 ${a.rulesVersion}`)
    expect(fact(wrapper, 'app-version')).toBe('程序版本 9.8.7')
    expect(fact(wrapper, 'printed-on')).toBe('打印日期 2027年1月5日')
  })

  it('says so when the firm name or credit code was not given', () => {
    const bare = { ...profile, company: { ...profile.company, name: '  ', creditCode: undefined } }
    const { wrapper } = sheet({ profile: bare })
    expect(fact(wrapper, 'firm')).toBe('企业名称 （未填写）')
    expect(fact(wrapper, 'credit-code')).toBe('统一社会信用代码 （未填写）')
  })

  it('shows HTML in the firm name as literal text', () => {
    const name = '<img src=x onerror="alert(1)"><b>恶意</b>公司'
    const { wrapper } = sheet({ profile: { ...profile, company: { ...profile.company, name } } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.get('[data-fact="firm"] dd').text()).toBe(name)
  })

  it('prints the disclaimer line', () => {
    expect(sheet().wrapper.get('[data-testid="disclaimer"]').text()).toBe('自评结果仅供参考，不代替主管部门的认定')
  })

  it('states each verdict with its glyph and words, and the score range against the pass mark', () => {
    const { wrapper } = sheet()
    const hnte = wrapper.get('tr[data-program="hnte"]')
    expect(hnte.attributes('data-status')).toBe('ineligible')
    expect(textOf(hnte)).toContain('✗ 不符合条件')
    expect(textOf(hnte)).toContain(`创新能力评分 ${a.hnte.score.min}–${a.hnte.score.max} 分（及格线 71 分）`)
    const tsme = wrapper.get('tr[data-program="tech-sme"]')
    expect(textOf(tsme)).toContain('✓ 符合条件')
    expect(textOf(tsme)).toContain(`评价得分 ${a.techSme.score.min} 分（及格线 60 分）；直接认定：`)
  })

  it('says 待确认 for the tech-SME direct route while its answers are missing, never 否', () => {
    const with_ = (s: 'pass' | 'fail' | 'unknown') => ({ ...a, techSme: { ...a.techSme, directPassStatus: s } })
    const direct = (s: 'pass' | 'fail' | 'unknown') =>
      textOf(sheet({ assessment: with_(s) }).wrapper.get('tr[data-program="tech-sme"]'))
    expect(direct('unknown')).toContain('直接认定：待确认')
    expect(direct('fail')).toContain('直接认定：否')
    expect(direct('pass')).toContain('直接认定：是')
  })

  it('has one key-figure row per check, with figure, threshold, result and gap', () => {
    const { wrapper } = sheet()
    expect(wrapper.findAll('.ps-figures tr[data-check]')).toHaveLength(a.hnte.checks.length + a.techSme.checks.length)
    expect(cells(wrapper, '[data-check="hnte.rd-intensity"]').slice(0, 5)).toEqual([
      '研发费用占销售收入比例',
      '4.72%',
      '≥ 5.00%',
      '✗ 不符合',
      '还差研发费用 26.60 万元',
    ])
  })

  it('numbers each distinct citation once and refers to it by the same [n] everywhere', () => {
    const { wrapper } = sheet()
    // both R&D checks rest on 32号 第十一条第（五）项; the three tech-SME limits on 115号 第六条第（二）项
    expect(refOf(wrapper, 'hnte.rd-intensity')).toBe(refOf(wrapper, 'hnte.rd-domestic-share'))
    expect(refOf(wrapper, 'tsme.staff-limit')).toBe(refOf(wrapper, 'tsme.assets-limit'))
    expect(refOf(wrapper, 'hnte.rd-intensity')).not.toBe(refOf(wrapper, 'hnte.st-staff-ratio'))
    expect(refOf(wrapper, 'hnte.registered-one-year')).toBe('[1]')
    // the citation without the quoted clause that follows it
    const notes = wrapper.findAll('[data-footnote]').map((li) => {
      const quote = li.find('q')
      return textOf(li)
        .replace(quote.exists() ? textOf(quote) : '', '')
        .trim()
    })
    expect(notes[0]).toBe('[1] 国科发火〔2016〕32号 第十一条第（一）项《高新技术企业认定管理办法》')
    expect(new Set(notes.map((n) => n.replace(/^\[\d+\] /, '').replace(/ 《.*$/, ''))).size).toBe(notes.length)
    const n = Number(refOf(wrapper, 'hnte.rd-intensity').slice(1, -1))
    expect(notes[n - 1]).toBe(`[${n}] 国科发火〔2016〕32号 第十一条第（五）项`)
  })

  it('prints the clause in the law’s own words after its citation', () => {
    const { wrapper } = sheet()
    const n = refOf(wrapper, 'hnte.registered-one-year').slice(1, -1)
    // 国科发火〔2016〕32号 第十一条（一）: 企业申请认定时须注册成立一年以上
    expect(wrapper.get(`[data-footnote="${n}"] q`).text()).toContain('企业申请认定时须注册成立一年以上')
  })

  it('marks unverified values with † and explains the mark once', () => {
    const marked = {
      ...a,
      hnte: { ...a.hnte, checks: a.hnte.checks.map((c) => (c.id === 'hnte.core-ip' ? { ...c, unverified: true } : c)) },
    }
    const { wrapper } = sheet({ assessment: marked })
    expect(wrapper.get('[data-check="hnte.core-ip"]').text()).toContain('†')
    // Class I reuse is confirmed (工作指引 三（二）4), so the real core-IP check is not marked
    expect(sheet().wrapper.get('[data-check="hnte.core-ip"]').text()).not.toContain('†')
    expect(wrapper.get('[data-check="hnte.st-staff-ratio"]').text()).not.toContain('†')
    expect(wrapper.get('[data-incentive="tech-contract-vat-exemption"]').text()).toContain('†')
    expect(wrapper.get('[data-testid="unverified-note"]').text()).toContain('仅见于第三方资料')
  })

  it('leaves out the † note when nothing on the sheet is unverified', () => {
    const strip = <T extends { unverified?: boolean }>(xs: T[]) => xs.map((x) => ({ ...x, unverified: undefined }))
    const clean = {
      ...a,
      hnte: { ...a.hnte, checks: strip(a.hnte.checks) },
      techSme: { ...a.techSme, checks: strip(a.techSme.checks) },
      incentives: strip(a.incentives),
    }
    const { wrapper } = sheet({ assessment: clean })
    expect(wrapper.find('[data-testid="unverified-note"]').exists()).toBe(false)
    expect(wrapper.get('.ps-figures').text()).not.toContain('†')
  })

  it('states the incentive assumptions and each estimate in its unit', () => {
    const { wrapper } = sheet()
    expect(wrapper.get('[data-testid="assumptions"]').text()).toContain('按 2025 年数据估算 2026 纳税年度')
    expect(textOf(wrapper.get('[data-incentive="rd-super-deduction"]'))).toContain('加计扣除额：184.00 万元')
    expect(textOf(wrapper.get('[data-incentive="hnte-reduced-rate"]'))).toContain('✗ 不适用')
  })

  it('lists every next step with a tick box, who, and by when (undated last)', () => {
    const { wrapper } = sheet()
    const rows = wrapper.findAll('.ps-checklist tbody tr')
    expect(rows).toHaveLength(a.checklist.length)
    expect(rows.every((r) => r.get('.ps-tick').text() === '☐')).toBe(true)
    const first = wrapper.get('[data-item="fix.hnte.rd-intensity"]')
    expect(textOf(first)).toContain('提高研发费用占销售收入比例')
    expect(first.get('[data-who]').text()).toBe('霸州市科技和工业信息化局')
    expect(first.get('[data-by]').text()).toBe('2026年12月31日')
    expect(rows.at(-1)!.get('[data-by]').text()).toBe('无固定截止日期')
  })

  it('prints the notices, warnings first', () => {
    const { wrapper } = sheet()
    const notices = wrapper.findAll('[data-notice]')
    expect(notices).toHaveLength(a.notices.length)
    expect(notices[0]!.attributes('data-level')).toBe('warning')
    expect(textOf(notices[0]!)).toContain('注意：以下参数仅见于第三方资料')
  })

  it('has signature and date lines for the firm, and no staff line outside helpdesk mode', () => {
    const { wrapper } = sheet()
    expect(
      wrapper
        .get('[data-sign="firm"]')
        .findAll(':scope > span')
        .map((x) => x.text()),
    ).toEqual(['企业（盖章）：', '企业负责人签字：', '日期：'])
    expect(wrapper.findAll('[data-sign="firm"] .ps-line')).toHaveLength(3)
    expect(wrapper.find('[data-sign="staff"]').exists()).toBe(false)
  })

  it('prints the visiting staff member’s name when one is set, as text', () => {
    const { wrapper } = sheet({ staffName: '李<i>明</i>' })
    expect(textOf(wrapper.get('[data-sign="staff"]'))).toContain('服务人员：李<i>明</i>')
    expect(wrapper.find('[data-sign="staff"] i').exists()).toBe(false)
  })

  it('follows the language switch', async () => {
    const { wrapper, i18n } = sheet()
    i18n.global.locale.value = 'en'
    await wrapper.vm.$nextTick()
    expect(wrapper.get('h1').text()).toBe('InnoCheck result sheet')
    expect(textOf(wrapper.get('tr[data-program="hnte"]'))).toContain('✗ Not eligible')
  })
})
