// issue #8 §10: beside every check, the clause it applies in the document's own words, and the official page.
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { parseProfileText } from '../../src/profile/parse'
import { assess } from '../../src/rules/index'
import { NOT_QUOTED, QUOTES, noQuoteReason, quoteOf } from '../../src/rules/quotes'
import { registry } from '../../src/engine/params'
import type { Assessment, Citation } from '../../src/engine/types'
import { ARTICLE_NOT_VERIFIED } from '../../src/format/citation'
import type { FirmProfile } from '../../src/profile/types'

const examples = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.json'))
const example = (file: string): FirmProfile =>
  JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as FirmProfile

function citationsOf(a: Assessment): Citation[] {
  return [
    ...[a.hnte, a.techSme].flatMap((p) => [...p.checks.map((c) => c.cite), ...p.score.parts.map((s) => s.cite)]),
    ...a.incentives.flatMap((i) => [i.cite, ...(i.conditions ?? []).map((c) => c.cite)]),
    ...a.notices.flatMap((n) => (n.cite ? [n.cite] : [])),
  ]
}

/** every citation the engine can show: each parameter's history, and what every example firm is told on dates
 * from 2017 to 2026, as filed and as a deemed-taxed firm (its preconditions cite other documents) */
function everyCitation(): Citation[] {
  const out = registry.flatMap((p) => p.history.map((h) => h.cite))
  for (const file of examples)
    for (const asOf of ['2017-06-30', '2019-06-30', '2021-06-30', '2022-06-30', '2024-06-30', '2026-11-26'])
      for (const taxCollection of ['audit', 'deemed'] as const) {
        const p = example(file)
        out.push(...citationsOf(assess({ ...p, assessmentDate: asOf, company: { ...p.company, taxCollection } })))
      }
  return out
}

describe('quoted clauses', () => {
  it.each(examples)('every program check of %s quotes its clause and links the official text', (file) => {
    const r = parseProfileText(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'))
    if (!r.ok) throw new Error(file)
    const a = assess(r.profile)
    for (const c of [...a.hnte.checks, ...a.techSme.checks]) {
      expect(c.cite.quote, c.id).toMatch(/\S/)
      expect(c.cite.url, c.id).toMatch(/^https:\/\/www\.most\.gov\.cn\//)
    }
  })

  it('quotes the law’s own thresholds, e.g. 5% / 4% / 3% and 60% for R&D, 60 points and 0 for tech-SMEs', () => {
    const a = assess(JSON.parse(readFileSync(new URL('../../examples/strong-hnte.json', import.meta.url), 'utf8')))
    const quote = (id: string) => [...a.hnte.checks, ...a.techSme.checks].find((c) => c.id === id)?.cite.quote
    expect(quote('hnte.rd-intensity')).toContain('最近一年销售收入小于5,000万元（含）的企业，比例不低于5%')
    expect(quote('hnte.rd-domestic-share')).toContain('比例不低于60%')
    expect(quote('hnte.innovation-score')).toContain('企业创新能力评价应达到相应要求')
    expect(quote('tsme.score')).toMatch(/不低于60分，且科技人员指标得分不得为0分|直接确认/)
  })

  it('never puts a topic in the article slot: an article, a section, or "条款未核实" (issue #8 §7)', () => {
    // 2026年第10号 was cited as "技术转让、技术开发免征增值税" and 工信部企业〔2026〕2号 as "科技和创新型中小企业"
    const pinpoint = /^(附件\d+ )?第[一二三四五六七八九十百\d]+条|^[一二三四五六七八九十]+（[一二三四五六七八九十]+）/
    const topics = new Set<string>()
    for (const c of everyCitation())
      if (c.article && c.article !== ARTICLE_NOT_VERIFIED && !pinpoint.test(c.article))
        topics.add(`${c.doc} ${c.article}`)
    expect([...topics]).toEqual([])
    const unread = registry
      .flatMap((p) => p.history.map((h) => h.cite))
      .filter((c) => c.article === ARTICLE_NOT_VERIFIED)
    // 2022年第28号 (2022's fourth-quarter 100%) was added in the 2026-11-30 audit, its article not read
    expect(unread.map((c) => c.doc).sort()).toEqual([
      '工信部企业〔2026〕2号',
      '财政部 税务总局 科技部公告2022年第28号',
      '财政部 税务总局公告2026年第10号',
    ])
  })

  it('keeps every quote short enough to show beside a check', () => {
    for (const q of Object.values(QUOTES)) expect(q.length).toBeLessThan(400)
  })

  it('gives every citation the engine uses the clause’s words or a recorded reason why not', () => {
    const seen = new Set<string>()
    for (const c of everyCitation()) {
      seen.add(c.doc)
      expect(c.quote ?? noQuoteReason(c.doc, c.article), `${c.doc} ${c.article}`).toMatch(/\S/)
    }
    // the walk reached the HNTE and tech-SME rules and the tax notices, so it cannot pass by seeing nothing
    for (const doc of ['国科发火〔2016〕32号', '国科发政〔2017〕115号', '财税〔2018〕76号', '国税函〔2009〕377号'])
      expect(seen).toContain(doc)
  })

  it('shows the words wherever they were read: a quoted clause never reaches the page without them', () => {
    // the page and the sheet show cite.quote; a citation built without cite() would say "原文未收录" wrongly
    for (const c of everyCitation()) {
      const words = quoteOf(c.doc, c.article)
      if (words) expect(c.quote, `${c.doc} ${c.article}`).toBe(words)
    }
  })

  it('says why the clauses whose words the sources did not give are not quoted, and never invents them', () => {
    const unread: [string, string][] = [
      ['国科发政〔2017〕115号', '第九条（六）'],
      ['国科发政〔2017〕115号', '第十二条'],
      ['国科发政〔2017〕115号', '第十三条'],
      ['国科发政〔2017〕115号', '第十四条（六）'],
      ['国科发火〔2016〕195号', '三（二）4'],
      ['国科发火〔2016〕195号', '三（二）5'],
      ['国科发火〔2016〕195号', '三（二）6'],
      ['国科发火〔2016〕195号', '三（六）2'],
      ['国科发火〔2016〕32号', '第九条'],
    ]
    for (const [doc, article] of unread) {
      expect(QUOTES[`${doc}|${article}`], `${doc} ${article}`).toBeUndefined()
      expect(noQuoteReason(doc, article), `${doc} ${article}`).toMatch(/未见原文/)
    }
  })

  it('records no reason for a clause it quotes', () => {
    for (const key of Object.keys(NOT_QUOTED)) expect(QUOTES[key], key).toBeUndefined()
  })
})
