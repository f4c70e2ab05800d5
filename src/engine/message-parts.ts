// The one message format, the engine's and the interface's (src/i18n/compile.ts): '{name}', '{name:yuan}' and
// '{name:plural:point|points}' (the word for a count: singular for exactly 1, plural otherwise — 0, 2, 1.5).
// Apart from the catalogues (src/engine/messages.ts), so the interface's compiler does not pull the engine's
// texts into the start page's first download.
import { money, moneyGap } from '../format'

export type EngineLocale = 'zh-CN' | 'en'

/** placeholders that carry a shortfall, or an amount just over a limit: rounded up, so that closing the stated
 * gap is enough and "over the limit" never reads as the limit itself */
const GAP_PARAMS = new Set(['gap', 'over'])

/** a message cut into text and placeholders: '还差 {n} 人（{gap:yuan}）' → ['还差 ', {name:'n'}, ' 人（', {name:'gap', kind:'yuan'}, '）'] */
export type MessagePart =
  string | { name: string; kind?: 'yuan' } | { name: string; kind: 'plural'; one: string; other: string; raw: string }

const PLACEHOLDER = /\{(\w+)(?::(yuan)|:plural:([^{}|]*)\|([^{}|]*))?\}/g

function partOf(m: RegExpMatchArray): MessagePart {
  const name = m[1]!
  if (m[2]) return { name, kind: 'yuan' }
  if (m[3] !== undefined) return { name, kind: 'plural', one: m[3], other: m[4]!, raw: m[0] }
  return { name }
}

/** English count words: singular for exactly one (also '1' as text), plural for everything else */
const isOne = (v: unknown): boolean => (typeof v === 'number' || typeof v === 'string') && Math.abs(Number(v)) === 1

export function parseMessage(template: string): MessagePart[] {
  const parts: MessagePart[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index))
    parts.push(partOf(m))
    last = m.index + m[0].length
  }
  if (last < template.length) parts.push(template.slice(last))
  return parts
}

/**
 * The one renderer of every message, the engine's and the interface's (src/i18n/compile.ts): a value the
 * lookup does not have stays visible as `{name}`; a `{name:yuan}` number goes through the one money formatter.
 */
export function renderParts(
  parts: readonly MessagePart[],
  value: (name: string) => unknown,
  locale: EngineLocale,
): string {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p
      continue
    }
    const v = value(p.name)
    if (p.kind === 'plural') out += v === undefined ? p.raw : isOne(v) ? p.one : p.other
    else if (v === undefined) out += p.kind ? `{${p.name}:${p.kind}}` : `{${p.name}}`
    else if (p.kind !== 'yuan' || typeof v !== 'number') out += String(v)
    else out += GAP_PARAMS.has(p.name) ? moneyGap(v, locale) : money(v, locale)
  }
  return out
}
