// The import's problems in both languages (issue #10 §6): every message the screen shows in English says the same
// as the Chinese one the CSV export keeps (same row, same column, same cell). A row's message names the column in
// English by the field table's header and its letter, and says the reason from the one catalogue (no Chinese but
// the cell's own text, quoted).
import { describe, expect, it } from 'vitest'
import { importRows } from '../../src/batch'
import { importCsv } from '../../src/batch/import'
import { columnLetter } from '../../src/batch/column-letter'
import { issueText } from '../../src/batch/issues'
import type { Message } from '../../src/engine/types'

const en = (m: Message) => issueText(m, 'en')
const zh = (m: Message) => issueText(m, 'zh-CN')
/** what the firm typed is quoted as typed */
const withoutQuotes = (s: string) => s.replace(/“[^”]*”/g, '')

describe('import problems as messages', () => {
  const r = importRows([
    ['企业名称', '统一社会信用代码', '2025年销售收入(万元)', '评估日期', '是否为居民企业', '纳税方式'],
    ['甲公司', '', '12abc', '', '也许', '包税'],
    ['乙公司', '91131081MA0CQ1W844', '100', '2026-11-26', '是', '查账征收'],
    ['丙公司', '91131081MA0CQ1W844', '100', '2026-11-26', '是', '查账征收'],
  ])

  it('keeps the Chinese messages word for word and gives each an English twin', () => {
    const e = r.errors[0]!
    expect(e.issues!.map(zh)).toEqual(e.messages)
    expect(e.messages[0]).toBe(
      '“2025年销售收入(万元)”：“12abc”不是有效金额（单位万元）：含有无法识别的字符“a”，请只填写数字',
    )
    // the header is column C; the parser's reason for “12abc” is its first unreadable character, “a”
    expect(e.issues!.map(en)).toContain(
      '2025 Sales (10k yuan), column C: “12abc” is not a valid amount in 10k yuan: Contains a character that is not part of a number, “a”: type digits only',
    )
    expect(e.issues!.map(en)).toContain(
      'Assessment date, column D is blank: enter the date the firm plans to apply (YYYY-MM-DD); a blank is not read as today',
    )
    for (const m of e.issues!) expect(withoutQuotes(en(m))).not.toMatch(/\p{Script=Han}/u)
  })

  it('says a repeated credit code in both languages, rows listed for each', () => {
    expect(r.sheetIssues!.map(zh)).toEqual(r.sheetProblems)
    expect(r.sheetIssues!.map(en)).toEqual([
      'Credit code 91131081MA0CQ1W844 appears in rows 3, 4: each firm should take one row; check and delete the extra rows',
    ])
  })

  it('says an unpaired quote and a sheet without a date column in English too', () => {
    const q = importCsv('企业名称,评估日期\r\n"甲公司,2026-11-26\r\n')
    expect(q.errors[0]!.issues!.map(en)[0]).toMatch(/^this row has an unpaired double quote/)
    const noDate = importRows([['企业名称'], ['甲公司']])
    expect(noDate.sheetIssues!.map(en)).toEqual([
      'No “评估日期” column: every firm needs an assessment date (YYYY-MM-DD)',
    ])
  })
})

describe('a row’s problems in English', () => {
  const HEAD = ['企业名称', '统一社会信用代码', '评估日期', '2025年销售收入(万元)', '2025年总收入(万元)', '职工总数']
  const rowIssues = (cells: string[]) => importRows([HEAD, cells]).errors[0]!.issues!.map(en)

  it('names the English header and the column letter, and gives the check digit the code should have', () => {
    // 91131081MA0CQ1W844 is a valid code (GB 32100-2015): its 18th character is 4, so a final 5 is wrong
    expect(rowIssues(['甲公司', '91131081MA0CQ1W845', '2026-11-26', '', '', ''])).toEqual([
      'Credit code, column B: The check character of the unified social credit code is wrong: by the first 17 characters it should be “4”, not “5”: check each character against the business licence',
    ])
  })

  it('says a field rule’s reason with the amount or bound from the catalogue, in English', () => {
    const [negative] = rowIssues(['甲公司', '', '2026-11-26', '-5', '', ''])
    expect(negative).toBe(
      '2025 Sales (10k yuan), column D: 2025 Sales revenue cannot be negative: enter 0 or a positive number',
    )
    const [date] = rowIssues(['甲公司', '', '2026-02-30', '', '', ''])
    expect(date).toBe(
      'Assessment date, column C: Assessment date “2026-02-30” is not a real date: enter it as YYYY-MM-DD',
    )
    // written another way, the day is quoted as the sheet has it, not as rewritten to YYYY-MM-DD (“2026-02-30”)
    const [slashes] = rowIssues(['甲公司', '', '2026/2/30', '', '', ''])
    expect(slashes).toBe(
      'Assessment date, column C: Assessment date “2026/2/30” is not a real date: enter it as YYYY-MM-DD',
    )
  })

  it('says a check between two answers from the catalogue too: sales of 4,800万 beside a total income of 120万', () => {
    const [part] = rowIssues(['甲公司', '', '2026-11-26', '4800', '120', ''])
    // the field table's pair (sales are part of total income), both figures in yuan for an English reader
    expect(part).toMatch(
      /^2025 Sales \(10k yuan\), column D: 2025 Sales revenue is CNY 48,000,000\.00, more than Total income of the same year \(CNY 1,200,000\.00\): .+\. Check both answers \(both are entered in 10k yuan: was an amount typed in yuan\?\)\.$/,
    )
    expect(withoutQuotes(part!)).not.toMatch(/\p{Script=Han}/u)
  })

  it('has no Chinese but what the firm typed, for every kind of cell it cannot read', () => {
    const bad = ['甲公司', 'X', '2026-13-45', '1e3', '12,34.5', '3.5人']
    const texts = rowIssues(bad)
    expect(texts.length).toBeGreaterThan(2)
    for (const t of texts) {
      expect(withoutQuotes(t)).not.toMatch(/\p{Script=Han}/u)
      expect(t).toMatch(/, column [A-F]: /)
      expect(t).not.toMatch(/[{}]/)
    }
  })
})

describe('columnLetter', () => {
  it('counts as a spreadsheet does', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
  })
})
