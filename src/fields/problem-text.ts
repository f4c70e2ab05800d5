// What the parsers and the text rules say, as a catalogue key and params (parseError.*, textRule.*), rendered in
// the reader's language. Only these texts are imported, not the engine's whole catalogue: the parsers run on the
// start page and in the batch import.
import { parseMessage, renderParts, type EngineLocale } from '../engine/message-parts'
import en from '../i18n/messages/en/engine/parse'
import zh from '../i18n/messages/zh-CN/engine/parse'

export type ProblemParams = Record<string, string | number>

/** a problem as data: the catalogue key and its params */
export interface ProblemKey {
  key: string
  params?: ProblemParams
}

/** the text of a parse or text-rule problem in one language (zh-CN: the parsers' own Chinese messages) */
export function renderProblemKey(p: ProblemKey, locale: EngineLocale = 'zh-CN'): string {
  const texts: Record<string, string> = locale === 'en' ? en : zh
  const template = Object.hasOwn(texts, p.key) ? texts[p.key]! : p.key
  return renderParts(parseMessage(template), (name) => p.params?.[name], locale)
}
