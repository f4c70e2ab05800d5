// Engine messages are rendered from the one catalogue (src/i18n/messages/<locale>/engine) in the current vue-i18n
// locale, by the engine's renderer; the zh-CN text the engine stored is the fallback for a key the catalogue lacks.
import { useI18n } from 'vue-i18n'
import { messageText, render, type EngineLocale } from '@/engine/messages'
import type { Message } from '@/engine/types'
import { fieldLabel } from './field-labels'

export type { EngineLocale }

export function engineLocale(locale: string): EngineLocale {
  return locale.startsWith('en') ? 'en' : 'zh-CN'
}

/** the rules pass profile paths as `fields`, joined with '、': the reader gets the questions' names */
function readableParams(params: Message['params'], locale: EngineLocale): Message['params'] {
  if (!params || typeof params.fields !== 'string') return params
  const names = params.fields.split('、').map((p) => fieldLabel(p, locale))
  return { ...params, fields: names.join(locale === 'en' ? '; ' : '、') }
}

export function engineText(message: Message, locale: string): string {
  const l = engineLocale(locale)
  return render(messageText(message.key, l) ?? message.text, readableParams(message.params, l), l)
}

export function useEngineText(): (message: Message | undefined) => string {
  const { locale } = useI18n()
  return (message) => (message ? engineText(message, locale.value) : '')
}
