// A citation for an English reader: the document number stays as issued (国科发火〔2016〕32号 is how the document
// is found; it has no official English), an article reference becomes the usual English pinpoint
// (第十一条第（五）项 → Art. 11(5); 第二十八条第二款 → Art. 28, para. 2), and the two laws cited by title get their
// English names. Pure TS: the results page and the sheet call it.

const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 一 … 九十九, 一百 … (the numbers articles use); Arabic digits pass through */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  let total = 0
  let digit = 0
  for (const ch of s) {
    if (ch === '百') total += (digit || 1) * 100
    else if (ch === '十') total += (digit || 1) * 10
    else {
      digit = DIGIT[ch] ?? 0
      continue
    }
    digit = 0
  }
  return total + digit
}

const N = '([一二三四五六七八九十百零]+|\\d+)'
const n = (s: string) => String(chineseNumber(s))

/** article references and the words around them the rules use, in the order they must be replaced */
const ARTICLE_RULES: [RegExp, (...m: string[]) => string][] = [
  // 工作指引 (国科发火〔2016〕195号) is numbered by section: 三（二）4 → Section 3(2), item 4
  [
    new RegExp(`^([一二三四五六七八九十]+)（${N}）(\\d*)$`),
    (_, a, b, c) => `Section ${n(a!)}(${n(b!)})${c ? `, item ${c}` : ''}`,
  ],
  [new RegExp(`附件${N}\\s*`, 'g'), (_, a) => `Annex ${n(a!)}, `],
  [new RegExp(`第${N}条`, 'g'), (_, a) => `Art. ${n(a!)}`],
  [new RegExp(`第（${N}）项`, 'g'), (_, a) => `(${n(a!)})`],
  [new RegExp(`（${N}）`, 'g'), (_, a) => `(${n(a!)})`],
  [new RegExp(`第${N}款`, 'g'), (_, a) => `, para. ${n(a!)}`],
  [new RegExp(`第${N}项`, 'g'), (_, a) => `, item ${n(a!)}`],
  [new RegExp(`第${N}目`, 'g'), (_, a) => `, sub-item ${n(a!)}`],
  [/100万元以上部分：/g, () => 'the part above CNY 1,000,000: '],
  [/100万元以下部分：/g, () => 'the part up to CNY 1,000,000: '],
  [/限额公式见/g, () => 'limit formula: '],
  [/延续/g, () => 'continuing '],
  [/、/g, () => ' and '],
  [/（/g, () => ' ('],
  [/）/g, () => ')'],
]

/**
 * the article slot of a citation whose article was not read (an unread text): it says so, never a topic in the
 * article's place (issue #8 §7)
 */
export const ARTICLE_NOT_VERIFIED = '条款未核实'

/** a short document number inside an article note (2021年第12号) written out in full */
const SHORT_NOTICE = /(^|[^公告\d])(\d{4}年第\d+号)/g

export function articleText(article: string, locale: string): string {
  if (locale !== 'en' || !article) return article
  if (article === ARTICLE_NOT_VERIFIED) return 'article not verified'
  let out = article.replace(SHORT_NOTICE, '$1财政部 税务总局公告$2')
  for (const [re, to] of ARTICLE_RULES) out = out.replace(re, to as (...m: string[]) => string)
  return out
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim()
}

const LAWS: Record<string, string> = {
  中华人民共和国企业所得税法: 'Enterprise Income Tax Law of the PRC',
  中华人民共和国企业所得税法实施条例: 'Regulations for the Implementation of the Enterprise Income Tax Law of the PRC',
}

export const docText = (doc: string, locale: string): string => (locale === 'en' ? (LAWS[doc] ?? doc) : doc)

/** what goes between a citation and the bracketed remark after it: English needs a space ("Art. 1 (the text…"),
 *  Chinese full-width brackets take none ("第一条（本条原文…") */
export const beforeRemark = (locale: string): string => (locale.startsWith('en') ? ' ' : '')
