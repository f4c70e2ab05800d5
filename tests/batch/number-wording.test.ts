// A count cell's problem says what is wrong with it: “-5” and “12.345” are numbers the column does not take, so
// their message must not begin “不是数字” (a newcomer read “-5”不是数字：此处不能为负数). Every parser fault, both languages.
import { describe, expect, it } from 'vitest'
import { importRows } from '../../src/batch'
import { issueText } from '../../src/batch/issues'

const HEAD = ['企业名称', '评估日期', '职工总数']
const problem = (cell: string) => {
  const e = importRows([HEAD, ['甲公司', '2026-11-26', cell]]).errors[0]!
  return { zh: e.messages[0], en: issueText(e.issues![0]!, 'en') }
}

describe('a staff-count cell’s message matches its fault', () => {
  it.each([
    ['-5', '此处不能为负数，请填写 0 或正数', 'Cannot be negative here'],
    ['12.345', '人数最多保留 2 位小数（如 12.25），请四舍五入后填写', 'A number of persons has at most 2 decimals'],
    ['1234567890123456789', '人数过大，请核对：本栏填写人数（单位：人），不是金额', 'Too many persons'],
  ])('“%s” is a number the column does not take', (cell, zhReason, enReason) => {
    const { zh, en } = problem(cell)
    expect(zh).toBe(`“职工总数”：“${cell}”不符合要求：${zhReason}`)
    expect(en).toMatch(new RegExp(`: “${cell.replace('.', '\\.')}” is not accepted: ${enReason}`))
    expect(zh).not.toContain('不是数字')
    expect(en).not.toContain('not a number')
  })

  it.each([
    ['5abc', '含有无法识别的字符“a”，请只填写数字', 'Contains a character'],
    ['1e3', '请直接写出数字，不要使用科学计数法（如 1e3 应写作 1000）', 'Write the number out'],
    ['1.2.3', '只能有一个小数点，请检查后重新填写', 'Only one decimal point'],
    ['12,34', '千位分隔符位置不对，请按 1,234.56 的格式或不加逗号填写', 'A thousands separator'],
    ['1.234,5', '千位分隔符（逗号）只能出现在小数点前', 'Thousands separators'],
    ['¥5', '请只填写数字，不要带货币符号或单位', 'Type digits only, without a currency'],
    ['5万', '请只填写数字，不要带单位', 'Type digits only, without a unit'],
  ])('“%s” is not a number at all', (cell, zhReason, enReason) => {
    const { zh, en } = problem(cell)
    expect(zh).toBe(`“职工总数”：“${cell}”不是数字：${zhReason}`)
    expect(en).toContain(`“${cell}” is not a number: ${enReason}`)
  })
})
