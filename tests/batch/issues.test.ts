// The import's problems in both languages (issue #10 §6): every message the screen shows in English says the same
// as the Chinese one the CSV export keeps (same row, same column, same cell), with no Chinese but the column's header.
import { describe, expect, it } from 'vitest'
import { importRows } from '../../src/batch'
import { importCsv } from '../../src/batch/import'
import { catalogues, render } from '../../src/engine/messages'
import type { Message } from '../../src/engine/types'

const en = (m: Message) => render(catalogues.en[m.key]!, m.params, 'en')
const zh = (m: Message) => render(catalogues['zh-CN'][m.key]!, m.params, 'zh-CN')
/** the headers as written in the sheet are quoted as they are: they are what the clerk looks for */
const withoutHeaders = (s: string) => s.replace(/“[^”]*”/g, '')

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
    expect(e.issues!.map(en)).toContain(
      '“2025年销售收入(万元)”: “12abc” is not a valid amount in 10k yuan: it contains a character that is not part of a number: type digits only',
    )
    expect(e.issues!.map(en)).toContain(
      '“评估日期” is blank: enter the date the firm plans to apply (YYYY-MM-DD); a blank is not read as today',
    )
    for (const m of e.issues!) expect(withoutHeaders(en(m))).not.toMatch(/\p{Script=Han}/u)
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
