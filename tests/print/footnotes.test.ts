import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { firstOfDocument, numberCitations, sheetCitations } from '@/print/footnotes'
import type { Assessment, Citation } from '@/engine/types'
import { assess } from '@/rules/index'
import { exampleProfile } from './fixtures'

const c = (doc: string, article: string, title?: string): Citation =>
  title ? { doc, article, title } : { doc, article }

describe('numberCitations', () => {
  it('numbers distinct citations 1, 2, 3 in the order first seen', () => {
    const f = numberCitations([c('A号', '第一条'), c('B号', '第二条'), c('A号', '第三条')])
    expect(f.list.map((x) => `${x.doc} ${x.article}`)).toEqual(['A号 第一条', 'B号 第二条', 'A号 第三条'])
    expect(f.numberOf(c('A号', '第三条'))).toBe(3)
  })

  it('gives the same document and article the same number, however often it is cited', () => {
    const f = numberCitations([c('A号', '第一条'), c('B号', '第一条'), c('A号', '第一条'), c('B号', '第一条')])
    expect(f.list).toHaveLength(2)
    expect(f.numberOf(c('A号', '第一条'))).toBe(1)
    expect(f.numberOf(c('B号', '第一条'))).toBe(2)
  })

  it('tells the same article of another document apart, and the same document’s other article', () => {
    const f = numberCitations([c('A号', '第一条'), c('A号', '第二条'), c('B号', '第一条')])
    expect(new Set([c('A号', '第一条'), c('A号', '第二条'), c('B号', '第一条')].map(f.numberOf)).size).toBe(3)
  })

  it('keeps a title that only a later mention of the citation carries', () => {
    const f = numberCitations([c('A号', '第一条'), c('A号', '第一条', '《甲办法》')])
    expect(f.list[0]?.title).toBe('《甲办法》')
  })

  it('has no number for a citation the sheet does not show', () => {
    expect(numberCitations([c('A号', '第一条')]).numberOf(c('Z号', '第九条'))).toBeUndefined()
  })

  it('numbers any list as 1..n over its distinct citations, each mention finding its own', () => {
    const cite = fc.record({ doc: fc.constantFrom('A号', 'B号', 'C号'), article: fc.constantFrom('一', '二', '三') })
    fc.assert(
      fc.property(fc.array(cite, { maxLength: 30 }), (cites) => {
        const f = numberCitations(cites)
        const distinct = new Set(cites.map((x) => `${x.doc}|${x.article}`))
        expect(f.list).toHaveLength(distinct.size)
        for (const x of cites) {
          const n = f.numberOf(x)!
          expect(f.list[n - 1]).toMatchObject({ doc: x.doc, article: x.article })
        }
      }),
    )
  })
})

describe('firstOfDocument', () => {
  it('marks only the first footnote of each document', () => {
    expect(firstOfDocument([c('A号', '一'), c('A号', '二'), c('B号', '一'), c('A号', '三')])).toEqual([
      true,
      false,
      true,
      false,
    ])
  })
})

describe('sheetCitations', () => {
  it('lists HNTE checks, then tech-SME checks, incentives and notices that carry a citation, in that order', () => {
    // an assessment written by hand: one citation per part, so the order is the only thing left to check
    const a = assess(exampleProfile('rd-short'))
    const check = (id: string, cite: Citation) => ({ ...a.hnte.checks[0]!, id, cite })
    const given: Assessment = {
      ...a,
      hnte: { ...a.hnte, checks: [check('h1', c('H号', '第一条')), check('h2', c('H号', '第二条'))] },
      techSme: { ...a.techSme, checks: [check('t1', c('T号', '第六条'))] },
      incentives: [{ ...a.incentives[0]!, cite: c('I号', '第三条') }],
      notices: [
        { ...a.notices[0]!, cite: c('N号', '第九条') },
        { ...a.notices[0]!, cite: undefined },
      ],
    }
    expect(sheetCitations(given).map((x) => `${x.doc} ${x.article}`)).toEqual([
      'H号 第一条',
      'H号 第二条',
      'T号 第六条',
      'I号 第三条',
      'N号 第九条',
    ])
  })

  it('cites the HNTE R&D-intensity article for rd-short, the check it fails', () => {
    // rd-short misses 国科发火〔2016〕32号 第十一条（五）: Σ R&D 453.4万 < 5% × Σ sales 9,600万 = 480万
    const cites = sheetCitations(assess(exampleProfile('rd-short')))
    expect(
      cites.some((x) => x.doc === '国科发火〔2016〕32号' && /第十一条/.test(x.article) && /五/.test(x.article)),
    ).toBe(true)
  })
})
