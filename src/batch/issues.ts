// What is wrong with a sheet or a row, as engine messages (key and params; texts in src/i18n/messages/<locale>/
// engine/batch.ts) so that the screen can say it in the reader's language (issue #10 §6); the zh-CN texts are the
// import's own messages, word for word, and stay in RowError.messages for the CSV export and the CLI. A column
// is named as the sheet writes it (the clerk looks for that header); the English says how to fix the cell with
// spellings the reader also accepts (yes/no, audit). The English reasons below are params (detailEn), like the
// English labels the rules pass: the Chinese reasons are the parser's and validation's own texts.
import { msg, plainMessage } from '../engine/messages'
import type { Message } from '../engine/types'

/** the number parser's reasons (src/wizard/parse-number.ts codes) in English */
const NUMBER_EN: Record<string, string> = {
  'currency-or-unit': 'type digits only, without a currency sign or unit',
  unit: 'type digits only, without a unit',
  separator: 'a thousands separator is misplaced: write 1,234.56, or no commas',
  scientific: 'write the number out, not in scientific notation (1e3 is 1000)',
  points: 'only one decimal point',
  'comma-after-point': 'thousands separators go before the decimal point only',
  character: 'it contains a character that is not part of a number: type digits only',
  'not-number': 'type a number',
  negative: 'it cannot be negative here: enter 0 or more',
  decimals: 'too many decimals (to the fen at most)',
  integer: 'a whole number is needed',
  'too-large': 'too large: check for extra digits',
}

/** validation problems (src/profile problem codes) in English */
const PROBLEM_EN: Record<string, string> = {
  required: 'required',
  date: 'not a real date: write YYYY-MM-DD',
  'after-assessment': 'later than the assessment date: check the date',
  'credit-code': 'not a valid 18-character unified social credit code: check it',
  'name-character': 'contains control or direction characters: retype the name',
  'name-length': 'longer than 100 characters: shorten it',
  negative: 'cannot be negative: enter 0 or more',
  decimals: 'too many decimals',
  exceeds:
    'larger than a related answer allows (e.g. science staff above total staff, high-tech income above total income): check both cells',
  'too-large': 'too large: check for extra digits',
  'too-small': 'too small',
  range: 'outside the allowed range',
  'not-integer': 'a whole number is needed',
  industry: 'not a GB/T 4754 industry code (e.g. C39)',
  'tech-field': 'not a field number of the catalogue (e.g. 1.2.3)',
  'tax-year': 'the tax year must be the assessment year or the year before',
  'duplicate-year': 'the same fiscal year appears twice',
}

export const numberDetailEn = (code: string | undefined) => NUMBER_EN[code ?? ''] ?? NUMBER_EN['not-number']!
export const problemDetailEn = (code: string) =>
  PROBLEM_EN[code] ?? 'cannot be read: check the cell against the template'

/** a message as it travels: plain data (workers, JSON), its zh-CN text rendered */
export const issue = (key: string, params?: Message['params']): Message => plainMessage(msg(key, params))

/** a Chinese unit and its English name, for the money messages */
export const unitParams = (inYuan: boolean) =>
  inYuan ? { unit: '元', unitEn: 'yuan' } : { unit: '万元', unitEn: '10k yuan' }
