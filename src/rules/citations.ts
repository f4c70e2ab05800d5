// The documents every rule cites (docs/rules.md, main documents). Articles are given where each rule uses them.
import type { Citation } from '../engine/types'
import { quoteOf } from './quotes'

export const HNTE_MEASURES = {
  doc: '国科发火〔2016〕32号',
  title: '《高新技术企业认定管理办法》',
  url: 'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/gfxwj/gfxwj2016/201602/t20160205_123998.html',
} as const

export const HNTE_GUIDE = {
  doc: '国科发火〔2016〕195号',
  title: '《高新技术企业认定管理工作指引》',
  url: 'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/gfxwj/gfxwj2016/201606/t20160629_126169.html',
} as const

export const TSME_MEASURES = {
  doc: '国科发政〔2017〕115号',
  title: '《科技型中小企业评价办法》',
  url: 'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/gfxwj/gfxwj2017/201705/t20170510_132709.html',
} as const

export const TSME_GUIDE_2022 = {
  doc: '国科火字〔2022〕67号',
  title: '《科技型中小企业评价服务工作指引》',
} as const

const cited = new Map<string, Citation>()
/** the same, by document object then article: rules pass their document constants, so no key string is built */
const byDocument = new WeakMap<object, Map<string, Citation>>()

function citation(base: Omit<Citation, 'article'>, article: string): Citation {
  const key = `${base.doc}|${article}`
  let c = cited.get(key)
  if (!c) {
    const quote = base.quote ?? quoteOf(base.doc, article)
    c = Object.freeze(quote ? { ...base, article, quote } : { ...base, article })
    cited.set(key, c)
  }
  return c
}

/**
 * A citation of one article, with the clause's own words where they were read (src/rules/quotes.ts); the same
 * document and article give the same frozen object (assess() runs often).
 */
export function cite(base: Omit<Citation, 'article'>, article: string): Citation {
  let articles = byDocument.get(base)
  if (!articles) byDocument.set(base, (articles = new Map()))
  let c = articles.get(article)
  if (!c) articles.set(article, (c = citation(base, article)))
  return c
}
