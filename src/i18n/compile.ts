// The interface's messages and the engine's are written and rendered alike: named placeholders `{name}`, and
// `{name:yuan}` for an amount in the reader's unit, through the one renderer in src/engine/messages.ts. vue-i18n's
// own message compiler (≈10 KB gzip) is dropped from the build (__INTLIFY_DROP_MESSAGE_COMPILER__) and no
// message is ever compiled by code generation (CSP-safe).
import type { MessageCompiler, MessageContext } from 'vue-i18n'
import { parseMessage, renderParts } from '../engine/message-parts'

export { parseMessage }

export const messageCompiler: MessageCompiler = (message, { key, locale }) => {
  if (typeof message !== 'string') return () => key
  const parts = parseMessage(message)
  const l = locale.startsWith('en') ? 'en' : 'zh-CN'
  return (ctx: MessageContext) => renderParts(parts, (name) => ctx.named(name) ?? undefined, l)
}
