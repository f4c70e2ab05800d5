// What is wrong with a sheet or a row, as engine messages (key and params) so that the screen can say it in the
// reader's language (issue #10 §6); the zh-CN texts are the import's own messages, word for word, and stay in
// RowError.messages for the CSV export and the CLI. A column is named as the sheet writes it (the clerk looks
// for that header); the English says how to fix the cell with spellings the reader also accepts (yes/no, audit).
import { defineMessages, msg, plainMessage } from '../engine/messages'
import type { Message } from '../engine/types'

const UNCLOSED_ZH =
  '这一行有一个英文双引号（"）没有配对，从引号起的内容无法分列：请删除多余的引号，或把含逗号的内容用一对英文双引号括起来后再导入'
const UNCLOSED_EN =
  'this row has an unpaired double quote ("), so the cells after it cannot be split: delete the extra quote, or put text containing commas between a pair of double quotes'

defineMessages(
  {
    'batch.issue.money': '“{column}”：“{text}”不是有效金额（单位{unit}）：{detail}',
    'batch.issue.moneyBlank': '“{column}”：“{text}”不是金额，请填写数字（单位{unit}）',
    'batch.issue.number': '“{column}”：“{text}”不是数字：{detail}',
    'batch.issue.numberBlank': '“{column}”：“{text}”不是数字',
    'batch.issue.bool': '“{column}”：“{text}”应填“是”或“否”',
    'batch.issue.tax': '“{column}”：“{text}”无法识别，应填“查账征收”或“核定征收”',
    'batch.issue.ypn': '“{column}”：“{text}”无法识别，应填“是”“部分”或“否”',
    'batch.issue.rating': '“{column}”：“{text}”应为档次 A、B、C、D 或 E',
    'batch.issue.techField':
      '“{column}”：“{text}”不是技术领域编号：请填领域编号（如 1、1.2、1.2.3，一级为 1–8），不属于任何领域时填“无”',
    'batch.issue.blankDate': '“{column}”为空：请填写该企业计划申报的日期（YYYY-MM-DD），空白不会按今天计算',
    'batch.issue.problem': '“{column}”：{detail}',
    'batch.issue.problemAnywhere': '{detail}',
    'batch.issue.unclosed': UNCLOSED_ZH,
    'batch.sheet.empty': '表格为空：第 1 行应为表头（请使用模板）',
    'batch.sheet.noDate': '缺少“{column}”列：每家企业须有评估日期（YYYY-MM-DD）',
    'batch.sheet.repeatedColumn': '“{column}”列重复出现，仅使用第一列',
    'batch.sheet.repeatedCode':
      '统一社会信用代码 {code} 在第 {rows} 行重复出现：同一家企业应只占一行，请核对后删去多余的行',
    'batch.sheet.headerUnclosed': `表头（第 1 行）：${UNCLOSED_ZH}`,
  },
  {
    'batch.issue.money': '“{column}”: “{text}” is not a valid amount in {unitEn}: {detailEn}',
    'batch.issue.moneyBlank': '“{column}”: “{text}” is not an amount: type a number in {unitEn}',
    'batch.issue.number': '“{column}”: “{text}” is not a number: {detailEn}',
    'batch.issue.numberBlank': '“{column}”: “{text}” is not a number',
    'batch.issue.bool': '“{column}”: “{text}” should be yes or no',
    'batch.issue.tax': '“{column}”: “{text}” cannot be read: write audit or deemed (the collection method)',
    'batch.issue.ypn': '“{column}”: “{text}” cannot be read: write yes, partly or no',
    'batch.issue.rating': '“{column}”: “{text}” should be a grade A, B, C, D or E',
    'batch.issue.techField':
      '“{column}”: “{text}” is not a technical field number: write the number (e.g. 1, 1.2 or 1.2.3; the first level is 1–8), or none for a firm in no field',
    'batch.issue.blankDate':
      '“{column}” is blank: enter the date the firm plans to apply (YYYY-MM-DD); a blank is not read as today',
    'batch.issue.problem': '“{column}”: {detailEn}',
    'batch.issue.problemAnywhere': '{detailEn}',
    'batch.issue.unclosed': UNCLOSED_EN,
    'batch.sheet.empty': 'The sheet is empty: row 1 should be the header (use the template)',
    'batch.sheet.noDate': 'No “{column}” column: every firm needs an assessment date (YYYY-MM-DD)',
    'batch.sheet.repeatedColumn': 'The column “{column}” appears more than once: only the first is read',
    'batch.sheet.repeatedCode':
      'Credit code {code} appears in rows {rowsEn}: each firm should take one row; check and delete the extra rows',
    'batch.sheet.headerUnclosed': `Header (row 1): ${UNCLOSED_EN}`,
  },
)

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
