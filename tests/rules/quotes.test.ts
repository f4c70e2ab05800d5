// issue #8 §10: beside every check, the clause it applies in the document's own words, and the official page.
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { parseProfileText } from '../../src/profile/parse'
import { assess } from '../../src/rules/index'
import { QUOTES } from '../../src/rules/quotes'

const examples = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.json'))

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

  it('keeps every quote short enough to show beside a check', () => {
    for (const q of Object.values(QUOTES)) expect(q.length).toBeLessThan(400)
  })
})
