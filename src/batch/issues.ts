// What is wrong with a sheet or a row, as engine messages (key and params; texts in src/i18n/messages/<locale>/
// engine/batch.ts) so that the screen says it in the reader's language (issue #10 §6); their zh-CN texts are the
// import's own messages and stay in RowError.messages for the CSV export and the CLI. Every word comes from the one
// catalogue: the reason a cell or an answer is wrong travels as its own catalogue key (`reason`: a parseError.*,
// fieldRule.* or textRule.* key) with its params, rendered with the message in the same language. A param whose
// words differ by language carries its English form beside it as `{name}En` (the column's header, the unit, a
// question's name). A row's column is named as the clerk's sheet writes it in Chinese, and in English by the field
// table's English header with its column letter (the sheet's headers are Chinese: the letter finds the cell).
import { messageText, render, type EngineLocale } from '../engine/messages'
import { paramsIn } from '../fields'
import type { Message } from '../engine/types'

type Params = NonNullable<Message['params']>

/** a message's text in one language: its `{name}En` params in English, and its `reason` key rendered within it */
export function issueText(m: Pick<Message, 'key' | 'params'> & { text?: string }, locale: EngineLocale): string {
  const params = { ...paramsIn(m.params, locale) }
  const reasonKey = m.params?.reason
  if (typeof reasonKey === 'string') {
    const template = messageText(reasonKey, locale)
    if (template !== undefined) params.reason = render(template, params, locale)
  }
  return render(messageText(m.key, locale) ?? m.text ?? m.key, params, locale)
}

/** a message as it travels: plain data (workers, JSON), its zh-CN text rendered */
export function issue(key: string, params?: Params): Message {
  const text = issueText({ key, params }, 'zh-CN')
  return params ? { key, params, text } : { key, text }
}

/** a Chinese unit and its English name, for the money messages */
export const unitParams = (inYuan: boolean) =>
  inYuan ? { unit: '元', unitEn: 'yuan' } : { unit: '万元', unitEn: '10k yuan' }
