// Citations for an English reader (issue #10 §6): article references as the usual English pinpoints, worked
// out by hand from the Chinese; every article the rules quote or cite by article converts with no Chinese left
// but a document number.
import { describe, expect, it } from 'vitest'
import { articleText, beforeRemark, chineseNumber, docText } from '../../src/format/citation'
import { NOT_QUOTED, QUOTES } from '../../src/rules/quotes'

describe('articleText', () => {
  it.each([
    ['第十一条第（一）项', 'Art. 11(1)'],
    ['第二十八条第二款', 'Art. 28, para. 2'],
    ['第九十条', 'Art. 90'],
    ['第一条、第二条', 'Art. 1 and Art. 2'],
    ['第二条第1项', 'Art. 2, item 1'],
    ['第十四条（六）', 'Art. 14(6)'],
    ['附件3 第一条第（二十六）项', 'Annex 3, Art. 1(26)'],
    ['三（二）4', 'Section 3(2), item 4'],
    ['五（六）3', 'Section 5(6), item 3'],
    ['三（七）', 'Section 3(7)'],
    [
      '第一条（100万元以上部分：财税〔2019〕13号 第二条）',
      'Art. 1 (the part above CNY 1,000,000: 财税〔2019〕13号 Art. 2)',
    ],
    [
      '第一条（100万元以下部分：2021年第12号 第一条）',
      'Art. 1 (the part up to CNY 1,000,000: 财政部 税务总局公告2021年第12号 Art. 1)',
    ],
    [
      '第一条第（一）项第6目（限额公式见国家税务总局公告2015年第97号 第二条第（三）项）',
      'Art. 1(1), sub-item 6 (limit formula: 国家税务总局公告2015年第97号 Art. 2(3))',
    ],
    ['第一条（延续财税〔2018〕54号）', 'Art. 1 (continuing 财税〔2018〕54号)'],
    // an article not read says so (issue #8 §7), in the reader's language
    ['条款未核实', 'article not verified'],
  ])('%s → %s', (zh, en) => {
    expect(articleText(zh, 'en')).toBe(en)
    expect(articleText(zh, 'zh-CN')).toBe(zh)
  })

  it('puts a space before a bracketed remark for an English reader only', () => {
    // the newcomer read "Art. 1(the text…" (issue #8 §7); Chinese full-width brackets take no space
    expect(`${articleText('第一条', 'en')}${beforeRemark('en')}(text not reproduced)`).toBe(
      'Art. 1 (text not reproduced)',
    )
    expect(`第一条${beforeRemark('zh-CN')}（原文未收录）`).toBe('第一条（原文未收录）')
  })

  it('reads the numbers articles use', () => {
    expect([chineseNumber('十'), chineseNumber('十一'), chineseNumber('二十八'), chineseNumber('九十')]).toEqual([
      10, 11, 28, 90,
    ])
    expect([chineseNumber('一百零五'), chineseNumber('二十六'), chineseNumber('12')]).toEqual([105, 26, 12])
  })

  it('leaves no Chinese but a document number in any article the rules quote or name as unquoted', () => {
    const docNumber = /[\p{Script=Han}]+〔\d{4}〕\d+号|[\p{Script=Han} ]*公告\d{4}年第\d+号/gu
    for (const key of [...Object.keys(QUOTES), ...Object.keys(NOT_QUOTED)]) {
      const article = key.split('|')[1]!
      expect(articleText(article, 'en').replace(docNumber, ''), key).not.toMatch(/\p{Script=Han}/u)
    }
  })

  it('names the two laws cited by title in English and keeps document numbers as issued', () => {
    expect(docText('中华人民共和国企业所得税法', 'en')).toBe('Enterprise Income Tax Law of the PRC')
    expect(docText('国科发火〔2016〕32号', 'en')).toBe('国科发火〔2016〕32号')
    expect(docText('中华人民共和国企业所得税法', 'zh-CN')).toBe('中华人民共和国企业所得税法')
  })
})
