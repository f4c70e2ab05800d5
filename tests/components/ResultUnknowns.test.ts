// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import { within } from '@testing-library/vue'
import ResultUnknowns from '@/components/ResultUnknowns.vue'
import type { Assessment } from '@/engine/types'
import { buildAssessment } from './fixtures/assessment'
import { mountResult, textOf } from './fixtures/mount'

/** the fixture with its HNTE failures met: the verdict then waits on its unknowns (an open programme) */
function undecided(): Assessment {
  const a = buildAssessment()
  a.hnte.status = 'incomplete'
  a.hnte.checks = a.hnte.checks.map((c) => (c.status === 'fail' ? { ...c, status: 'pass' } : c))
  return a
}
const show = (assessment: Assessment = undecided()) => mountResult(ResultUnknowns, { props: { assessment } })
/** the links the reader follows, by their role */
const links = (w: { element: Element }) => within(w.element.parentElement as HTMLElement).queryAllByRole('link')

describe('ResultUnknowns', () => {
  it('gives the worst and best case and names the undecided checks', () => {
    const text = textOf(show().wrapper)
    expect(text).toContain('高新技术企业认定：最坏情况 61 分，最好情况 78 分（及格线 71 分）')
    expect(text).toContain(
      '待确认的条件：高新技术产品（服务）收入占比、创新能力评价、近一年无重大安全、质量事故或严重环境违法',
    )
    expect(text).not.toContain('科技型中小企业评价：最坏情况')
  })

  it('links every question that would settle an unknown to its step, focused, returning to the results', () => {
    // the links are what the reader follows: found as links, by what they say and where they go
    const found = links(show().wrapper)
    expect(found.map((l) => [l.textContent?.trim(), l.getAttribute('href')])).toEqual([
      ['2025年 高新技术产品（服务）收入', '/step/finance?focus=years.2025.hiTechIncome&return=results'],
      [
        '申请前一年内是否发生重大安全、重大质量事故或严重环境违法行为？',
        '/step/compliance?focus=record.majorIncidentPastYear&return=results',
      ],
      ['技术的先进程度（自评）', '/step/ip?focus=ip.advancement&return=results'],
      [
        '科技人员培养进修、职工技能培训、优秀人才引进及绩效评价奖励制度',
        '/step/transformation?focus=rdManagement.talent&return=results',
      ],
    ])
  })

  it('asks each question once even when several checks need it', () => {
    const a = undecided()
    a.techSme.checks[5] = { ...a.techSme.checks[5]!, status: 'unknown', fields: ['record.majorIncidentPastYear'] }
    const questions = links(show(a).wrapper).map((l) => l.textContent?.trim())
    const incident = '申请前一年内是否发生重大安全、重大质量事故或严重环境违法行为？'
    expect(questions.filter((q) => q === incident)).toHaveLength(1)
  })

  it('says all is answered when nothing is unknown', () => {
    const a = buildAssessment()
    for (const p of [a.hnte, a.techSme]) {
      p.checks = p.checks.filter((c) => c.status !== 'unknown')
      for (const part of p.score.parts) delete part.fields
    }
    expect(show(a).wrapper.text()).toContain('所有影响结果的问题都已回答。')
  })

  // a status the firm did not say it holds is unknown, never 否: the incentive waits on it, so it is asked here
  it('asks whether a certificate or number was ever issued when an incentive waits on it', () => {
    const a = buildAssessment()
    for (const p of [a.hnte, a.techSme]) {
      p.checks = p.checks.filter((c) => c.status !== 'unknown')
      for (const part of p.score.parts) delete part.fields
    }
    const ask = ['credentials.hnteCertificateHeld', 'credentials.techSmeRegistered']
    a.incentives = [
      {
        ...a.incentives[0]!,
        status: 'unknown',
        conditions: [
          {
            id: 'loss-carryforward-10y.hnte-or-tsme-held',
            status: 'unknown',
            fields: ask,
            ask: true,
            cite: a.incentives[0]!.cite,
          },
        ],
      },
    ]
    a.techSme.status = 'ineligible'
    a.techSme.directPassStatus = 'unknown'
    a.techSme.directPassAsk = ['credentials.hnteCertificateHeld', 'credentials.ledStandard']
    const { wrapper } = show(a)
    expect(wrapper.text()).not.toContain('所有影响结果的问题都已回答')
    expect(links(wrapper).map((l) => l.getAttribute('data-field'))).toEqual([...ask, 'credentials.ledStandard'])
    expect(links(wrapper)[0]!.textContent?.trim()).toBe('是否取得过高新技术企业证书？')
  })

  it('does not ask for a status whose check is merely unknown (not unanswered), nor the direct route once met', () => {
    const a = buildAssessment()
    for (const p of [a.hnte, a.techSme]) {
      p.checks = p.checks.filter((c) => c.status !== 'unknown')
      for (const part of p.score.parts) delete part.fields
    }
    const cite = a.incentives[0]!.cite
    const fields = ['credentials.hnteCertifiedOn']
    a.incentives = [{ ...a.incentives[0]!, conditions: [{ id: 'x.hnte-held', status: 'unknown', fields, cite }] }]
    a.techSme.status = 'eligible'
    a.techSme.directPassAsk = ['credentials.ledStandard']
    expect(show(a).wrapper.text()).toContain('所有影响结果的问题都已回答。')
  })

  it('labels the questions in English after the language is switched', async () => {
    const { wrapper, setLocale } = show()
    await setLocale('en')
    expect(links(wrapper)[0]!.textContent?.trim()).toBe('2025 High-tech products (services) income')
    expect(textOf(wrapper)).toContain('worst case 61 points, best case 78 points (pass mark 71)')
  })

  describe('a programme already ✗ (issue #8: each list names only what can change the result)', () => {
    // tech-SME barred by 核定征收 (tsme.resident fails), with its score still open: nothing answered can pass it
    function barred(): Assessment {
      const a = undecided()
      a.techSme.status = 'ineligible'
      a.techSme.directPass = false
      a.techSme.score = { ...a.techSme.score, min: 20, max: 70 }
      a.techSme.score.parts[0] = { ...a.techSme.score.parts[0]!, min: 0, max: 20, fields: ['staff.stStaff'] }
      a.techSme.checks = a.techSme.checks.map((c) =>
        c.id === 'tsme.resident'
          ? { ...c, status: 'fail', value: 0 }
          : c.id === 'tsme.score'
            ? { ...c, status: 'unknown' }
            : c,
      )
      return a
    }

    it('names the failing check that decides it, and none of its questions', async () => {
      const techSmeFields = barred().techSme.score.parts.flatMap((p) => p.fields ?? [])
      expect(techSmeFields.length).toBeGreaterThan(0)
      const { wrapper, setLocale } = show(barred())
      const decided = wrapper.get('[data-program="techSme"] [data-testid="unknowns-decided"]')
      expect(decided.text()).toBe(
        '科技型中小企业评价：已确定不符合（境内居民企业且查账征收），其余未答问题不会改变这一结果。',
      )
      const asked = links(wrapper).map((l) => l.getAttribute('data-field'))
      for (const f of techSmeFields) expect(asked).not.toContain(f)
      expect(wrapper.text()).not.toContain('科技型中小企业评价：最坏情况')
      await setLocale('en')
      expect(wrapper.get('[data-testid="unknowns-decided"]').text()).toMatch(
        /^Technology-based SME: already not met \(.+\); the open questions cannot change that\.$/,
      )
    })
  })
})
