// Finding Chinese text on a page shown in English (issue #10 §6). What a reader sees or hears is read: visible
// text nodes and the accessible texts (aria-label, title, placeholder, alt, the value of a text input is not:
// that is what the user typed). Chinese that may stay in an English page is removed first, narrowly:
// - firm names: the firms the test itself put on the device (exact strings, passed in);
// - official document numbers (国科发火〔2016〕32号, 财税〔2018〕99号, 国家税务总局公告2017年第24号, 国税函〔2009〕377号):
//   they are the title by which the law is found, with no official English;
// - titles in 《…》 (the law's and the catalogues' names, e.g. 《高新技术企业认定管理办法》);
// - catalogue entries: GB/T 4754 industry names and 《国家重点支持的高新技术领域》 names (passed in), which have
//   no official English either and are looked up by their Chinese name;
// - the clause of a law quoted in its own words (a <blockquote> or <q> marked lang="zh-CN", opened on demand on the
//   results page and printed as a footnote): the official text is the Chinese one, and a translation passed off as
//   the law's words would mislead;
// - the column headers of the batch template, only quoted (“评估日期”), in the triage's messages about the sheet: the
//   header to add or remove is the words of the clerk's own file (a row's message names its column in English, with
//   the column's letter);
// - the language switch's own label "中文" (marked lang="zh-CN": the name of the other language, WCAG 3.1.2);
// - the product's Chinese name 科创自评 only where the same text also gives the English name InnoCheck.
// Anything else in Han script fails the test, with the text and where it was found.
import type { Page } from '@playwright/test'

export interface Leak {
  /** the CJK left after the allowed parts were removed */
  left: string
  /** the whole text it was found in */
  text: string
  /** where: tag#id.class path of the element, or the attribute */
  where: string
}

const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u

/** document numbers: issuer + 〔year〕 + number + 号, and 公告/令 YYYY年第N号 */
const DOC_NUMBER = [
  /[\p{Script=Han}]{1,12}〔\d{4}〕\d+号/gu,
  // issuers may be several, space-separated: 财政部 税务总局 科技部公告2022年第16号
  /(?:[\p{Script=Han}]{2,12} )*[\p{Script=Han}]{0,16}公告\d{4}年第\d+号/gu,
  /中华人民共和国主席令第\d+号/gu,
]
const TITLE = /《[^《》]{1,80}》/gu

/** collects every text and accessible text of the page's visible content */
export async function pageTexts(page: Page): Promise<{ text: string; where: string; zh: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string; zh: string }[] = []
    /** what an element marked lang="zh-CN" is: 'quote' (the law's words), 'switch' (the language button's label) */
    const marked = (el: Element): string => {
      const zh = el.closest('[lang="zh-CN"]')
      if (!zh || zh === document.documentElement) return ''
      if (/^(BLOCKQUOTE|Q)$/.test(zh.tagName)) return 'quote'
      return zh.parentElement?.tagName === 'BUTTON' ? 'switch' : ''
    }
    const path = (el: Element): string => {
      const parts: string[] = []
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement)
        parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.classList[0] ? `.${e.classList[0]}` : ''))
      return parts.join(' > ')
    }
    const shown = (el: Element): boolean => {
      if (el.closest('[aria-hidden="true"]')) return false
      const he = el as HTMLElement
      // options of a closed <select> are read by a screen reader when it opens: counted, whatever their box
      if (el.closest('select')) return true
      return he.getClientRects().length > 0 || el.closest('.visually-hidden') !== null
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      const text = n.textContent?.trim() ?? ''
      if (!el || !text || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName) || !shown(el)) continue
      out.push({ text, where: path(el), zh: marked(el) })
    }
    for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-description]')) {
      if (!shown(el)) continue
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const v = el.getAttribute(a)?.trim()
        if (v) out.push({ text: v, where: `${path(el)} @${a}`, zh: '' })
      }
    }
    out.push({ text: document.title, where: 'document.title', zh: '' })
    return out
  })
}

/** the Chinese left in one text after the allowed parts are taken out */
export function leftover(text: string, allowed: readonly string[]): string {
  let t = text
  // longest first, so a firm name is not half-removed by a catalogue name inside it
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) t = t.split(a).join(' ')
  for (const re of DOC_NUMBER) t = t.replace(re, ' ')
  t = t.replace(TITLE, ' ')
  if (/InnoCheck/.test(text)) t = t.replace(/科创自评/g, ' ')
  return [...t].filter((c) => HAN.test(c)).join('')
}

/** every Chinese text the page shows beyond the allowed parts */
export async function chineseLeaks(page: Page, allowed: readonly string[]): Promise<Leak[]> {
  const leaks: Leak[] = []
  for (const { text, where, zh } of await pageTexts(page)) {
    if (zh === 'quote' || (zh === 'switch' && text === '中文')) continue
    const left = leftover(text, allowed)
    if (left) leaks.push({ left, text: text.slice(0, 160), where })
  }
  return leaks
}
