// The one message format, the engine's and the interface's (src/i18n/compile.ts): '{name}' and '{name:yuan}'.
// Apart from the catalogues (src/engine/messages.ts), so the interface's compiler does not pull the engine's
// texts into the start page's first download.
import { money, moneyGap } from '../format'

export type EngineLocale = 'zh-CN' | 'en'

/** placeholders that carry a shortfall, or an amount just over a limit: rounded up, so that closing the stated
 * gap is enough and "over the limit" never reads as the limit itself */
const GAP_PARAMS = new Set(['gap', 'over'])

/** a message cut into text and placeholders: '还差 {n} 人（{gap:yuan}）' → ['还差 ', {name:'n'}, ' 人（', {name:'gap', kind:'yuan'}, '）'] */
export type MessagePart = string | { name: string; kind?: 'yuan' }

const PLACEHOLDER = /\{(\w+)(?::(yuan))?\}/g

export function parseMessage(template: string): MessagePart[] {
  const parts: MessagePart[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index))
    parts.push(m[2] ? { name: m[1]!, kind: 'yuan' } : { name: m[1]! })
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
    if (v === undefined) out += p.kind ? `{${p.name}:${p.kind}}` : `{${p.name}}`
    else if (p.kind !== 'yuan' || typeof v !== 'number') out += String(v)
    else out += GAP_PARAMS.has(p.name) ? moneyGap(v, locale) : money(v, locale)
  }
  return out
}
