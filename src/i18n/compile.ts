// Our messages use one feature of vue-i18n's syntax: named interpolation, `{name}`. This small compiler does
// exactly that, so the full message compiler (≈10 KB gzip) is dropped from the build
// (__INTLIFY_DROP_MESSAGE_COMPILER__) and no message is ever compiled by code generation (CSP-safe).
import type { MessageCompiler, MessageContext } from 'vue-i18n'

const PLACEHOLDER = /\{(\w+)\}/g

/** '还差 {n} 人' → ['还差 ', {name: 'n'}, ' 人'] */
export function parseMessage(message: string): (string | { name: string })[] {
  const parts: (string | { name: string })[] = []
  let last = 0
  for (const m of message.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(message.slice(last, m.index))
    parts.push({ name: m[1]! })
    last = m.index + m[0].length
  }
  if (last < message.length) parts.push(message.slice(last))
  return parts
}

export const messageCompiler: MessageCompiler = (message, { key }) => {
  if (typeof message !== 'string') return () => key
  const parts = parseMessage(message)
  return (ctx: MessageContext) =>
    parts.map((p) => (typeof p === 'string' ? p : String(ctx.named(p.name) ?? `{${p.name}}`))).join('')
}
