// Citations as numbered footnotes: each distinct citation (document number + article) gets one number, in the
// order the sheet first shows it, and every row that rests on it refers to that number as [n].
import type { Assessment, Citation } from '@/engine/types'

export interface Footnotes {
  /** the distinct citations, footnote n at index n − 1 */
  list: Citation[]
  /** the footnote number of a citation, undefined for one the sheet does not show */
  numberOf(cite: Citation): number | undefined
}

/** same document and article: the same footnote (titles and links may be absent on one of them) */
const keyOf = (c: Citation): string => `${c.doc.trim()}\u0000${c.article.trim()}`

export function numberCitations(cites: Iterable<Citation>): Footnotes {
  const numbers = new Map<string, number>()
  const list: Citation[] = []
  for (const c of cites) {
    const key = keyOf(c)
    const seen = numbers.get(key)
    if (seen !== undefined) {
      // a later mention may carry the title or the quoted clause the first one lacked
      const first = list[seen - 1]!
      if (!first.title && c.title) list[seen - 1] = { ...first, title: c.title }
      if (!first.quote && c.quote) list[seen - 1] = { ...list[seen - 1]!, quote: c.quote }
      continue
    }
    list.push(c)
    numbers.set(key, list.length)
  }
  return { list, numberOf: (c) => numbers.get(keyOf(c)) }
}

/** the citations in the order the sheet shows them: key figures (HNTE, tech-SME), incentives, notices */
export function sheetCitations(a: Assessment): Citation[] {
  return [
    ...a.hnte.checks.map((c) => c.cite),
    ...a.techSme.checks.map((c) => c.cite),
    ...a.incentives.map((i) => i.cite),
    ...a.notices.flatMap((n) => (n.cite ? [n.cite] : [])),
  ]
}

/** whether each footnote is the first of its document: only that one repeats the document's title */
export function firstOfDocument(list: readonly Citation[]): boolean[] {
  const seen = new Set<string>()
  return list.map((c) => {
    const first = !seen.has(c.doc.trim())
    seen.add(c.doc.trim())
    return first
  })
}
