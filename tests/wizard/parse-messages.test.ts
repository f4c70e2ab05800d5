// Bad input says how to fix it in the page's language (issue #10 §6): every failure of the number and date
// parsers and of the text rules (credit code, firm name, catalogue codes) is shown in Chinese on a Chinese page
// and in English on an English page, wherever the wizard shows it (interpret: the start page's date; the step's
// yup schema: every other input). The Chinese texts are the parsers' own messages, unchanged; every expected text
// below is written out by hand.
import { describe, expect, it } from 'vitest'
import { parseDate } from '../../src/wizard/parse-date'
import { parseNumber } from '../../src/wizard/parse-number'
import { interpret } from '../../src/wizard/answers'
import { fieldSchema } from '../../src/wizard/schemas'
import type { EngineLocale } from '../../src/engine/messages'

const MONEY = 'years.2025.salesRevenue'
const PERSONS = 'staff.total'
const COUNT = 'ip.classI'
const DATE = 'assessmentDate'
const CODE = 'company.creditCode'
const NAME = 'company.name'

/** [case, path, typed text, zh-CN message, English message] */
const CASES: [string, string, string, string, string][] = [
  [
    'scientific notation',
    MONEY,
    '1e3',
    '请直接写出数字，不要使用科学计数法（如 1e3 应写作 1000）',
    'Write the number out, not in scientific notation (1e3 is written 1000)',
  ],
  [
    'two decimal points',
    MONEY,
    '1.2.3',
    '只能有一个小数点，请检查后重新填写',
    'Only one decimal point is allowed: check the number and enter it again',
  ],
  [
    'a comma after the point',
    MONEY,
    '1.2,3',
    '千位分隔符（逗号）只能出现在小数点前',
    'Thousands separators (commas) go before the decimal point only',
  ],
  [
    'a letter',
    MONEY,
    '12abc',
    '含有无法识别的字符“a”，请只填写数字',
    'Contains a character that is not part of a number, “a”: type digits only',
  ],
  ['a sign without digits', MONEY, '-', '请填写一个数字', 'Enter a number'],
  [
    'a misplaced thousands separator',
    MONEY,
    '1,23',
    '千位分隔符位置不对，请按 1,234.56 的格式或不加逗号填写',
    'A thousands separator (comma) is misplaced: write 1,234.56, or leave the commas out',
  ],
  [
    'a currency sign on a head count',
    PERSONS,
    '¥12',
    '请只填写数字，不要带货币符号或单位',
    'Type digits only, without a currency sign or unit',
  ],
  ['a money unit on a head count', PERSONS, '12万', '请只填写数字，不要带单位', 'Type digits only, without a unit'],
  [
    'a fraction of an item',
    COUNT,
    '1.5',
    '请填写整数（个数不能有小数）',
    'Enter a whole number (a count has no decimals)',
  ],
  [
    'three decimals of a person',
    PERSONS,
    '12.255',
    '人数最多保留 2 位小数（如 12.25），请四舍五入后填写',
    'A number of persons has at most 2 decimals (e.g. 12.25): round it and enter it again',
  ],
  [
    'a tenth of a fen in yuan',
    MONEY,
    '1.001元',
    '以“元”填写时最多 2 位小数（到分），请检查',
    'An amount in yuan has at most 2 decimals (to the fen): check it',
  ],
  [
    'a tenth of a fen in 万元 (6 decimals allowed)',
    MONEY,
    '1.0000001',
    '以万元填写时最多 6 位小数（到分），请检查',
    'An amount in 10k yuan has at most 6 decimals (to the fen): check it',
  ],
  [
    // 10^10 万元 = 10^14 yuan = 10^16 fen, above 2^53 ≈ 9.007 × 10^15
    'an amount no double holds to the fen',
    MONEY,
    '10000000000',
    '数额过大，无法准确计算：本栏以万元为单位（1 亿元 = 10000 万元），最多约 90 亿万元，请核对是否多填了位数',
    'Too large to compute exactly: this field is in 10k yuan (100 million yuan = 10000), at most about 9 billion: check for extra digits',
  ],
  [
    'a date not in year-month-day order',
    DATE,
    '2021年3月',
    '请按“年-月-日”填写日期，如 2021-03-15',
    'Enter the date as year-month-day, e.g. 2021-03-15',
  ],
  [
    'February 30th',
    DATE,
    '2021-02-30',
    '2021-02-30 不是有效的日期，请检查月份和日',
    '2021-02-30 is not a real date: check the month and the day',
  ],
  [
    // 91350100M000100Y43 is GB 32100-2015's published example; its last character dropped
    'a 17-character credit code',
    CODE,
    '91350100M000100Y4',
    '统一社会信用代码应为18位，当前为17位，请对照营业执照重新填写',
    'A unified social credit code has 18 characters, this one has 17: copy it again from the business licence',
  ],
  [
    'a credit code with the letter I (typed in lower case: read as upper case)',
    CODE,
    '91350100M000100i43',
    '统一社会信用代码第16位“I”不是有效字符（只能是数字和除 I、O、Z、S、V 以外的大写字母），请对照营业执照重新填写',
    'Character 16 of the unified social credit code, “I”, is not allowed (digits and capital letters other than I, O, Z, S, V only): copy it again from the business licence',
  ],
  [
    'a credit code with a wrong check character',
    CODE,
    '91350100M000100Y44',
    '统一社会信用代码校验位错误：按前17位应为“3”，实为“4”，请对照营业执照核对各位',
    'The check character of the unified social credit code is wrong: by the first 17 characters it should be “3”, not “4”: check each character against the business licence',
  ],
  [
    'a firm name with a right-to-left override',
    NAME,
    'ABC\u202eDEF公司',
    '企业名称含有不可见的控制字符（U+202E，如换行或文字方向控制符），请删除后重新输入，或从营业执照重新录入',
    'The firm name contains an invisible control character (U+202E, such as a line break or a text-direction mark): delete it and type the name again, or copy it again from the business licence',
  ],
  [
    'a firm name of 101 characters',
    NAME,
    '测'.repeat(101),
    '企业名称有 101 个字，超过 100 个字的上限，请核对是否多粘贴了内容',
    'The firm name has 101 characters, more than the limit of 100: check that nothing extra was pasted',
  ],
  [
    'an industry code in lower case',
    'company.industry',
    'c33',
    '行业代码应为国民经济行业分类（GB/T 4754-2017）代码，如 “C”、“C33”、“F51”，字母大写',
    'The industry code must be a code of the national industry classification (GB/T 4754-2017), e.g. “C”, “C33”, “F51”, in capital letters',
  ],
  [
    'a technology field beyond the 8 fields',
    'company.techField',
    '9.1',
    '技术领域应为领域编号（如 “1”、“1.2”、“1.2.3”，一级为 1–8），不属于任何领域时填 “none”',
    'The technology field must be a field number (e.g. “1”, “1.2”, “1.2.3”; the first level is 1–8), or “none” when the firm is in no field',
  ],
]

/** the first message the field's yup schema (the wizard step's) gives for the typed text */
async function schemaMessage(path: string, text: string, locale: EngineLocale): Promise<string> {
  try {
    await fieldSchema(path, locale).validate(text)
  } catch (e) {
    return (e as Error).message
  }
  return 'accepted'
}

describe('parse and text-rule messages in the page language', () => {
  describe.each(CASES)('%s', (_, path, text, zh, en) => {
    it('interpret says it in the language asked for: Chinese on a Chinese page, English on an English page', () => {
      expect(interpret(path, text, 'zh-CN')).toEqual({ ok: false, message: zh })
      expect(interpret(path, text, 'en')).toEqual({ ok: false, message: en })
    })

    it("the step's schema says it in the page's language", async () => {
      expect(await schemaMessage(path, text, 'zh-CN')).toBe(zh)
      expect(await schemaMessage(path, text, 'en')).toBe(en)
    })
  })

  it('no English message has a Chinese character in it', () => {
    for (const [, path, text, , en] of CASES) {
      expect(en).not.toMatch(/\p{Script=Han}/u)
      expect(interpret(path, text, 'en')).not.toMatchObject({ message: expect.stringMatching(/\p{Script=Han}/u) })
    }
  })
})

describe('the parsers keep their Chinese `message` and say which catalogue entry it is', () => {
  it('a number failure keeps its code (batch import) and names its key and params', () => {
    expect(parseNumber('1x', 'money')).toEqual({
      ok: false,
      code: 'character',
      key: 'parseError.number.character',
      params: { char: 'x' },
      message: '含有无法识别的字符“x”，请只填写数字',
    })
    expect(parseNumber('-5', 'persons')).toEqual({
      ok: false,
      code: 'negative',
      key: 'parseError.number.negative',
      message: '此处不能为负数，请填写 0 或正数',
    })
  })

  it('a date failure names its key and the date it read', () => {
    expect(parseDate('２０２１/2/29')).toEqual({
      ok: false,
      key: 'parseError.date.invalid',
      params: { value: '2021-02-29' },
      message: '2021-02-29 不是有效的日期，请检查月份和日',
    })
  })

  it('the typed text is kept as typed: a failure carries no rewritten value', () => {
    const r = interpret(MONEY, ' 1e3 ', 'en')
    expect(r).not.toHaveProperty('value')
  })
})
