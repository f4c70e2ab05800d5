// A clerk's spellings (issue #10 §2): amounts as the wizard reads them, 查帐征收, 无/没有, a blank 评估日期,
// a credit code repeated within one sheet, error rows that still name the firm.
import { describe, expect, it } from 'vitest'
import { importCsv } from '../../src/batch/import'
import { moneyCell, readCell } from '../../src/batch/cells'
import { writeCsv } from '../../src/batch/csv'

describe('moneyCell reads amounts the way the wizard does', () => {
  it.each([
    // 4800 万元 = 48,000,000 yuan; 4,100 万 = 41,000,000; full-width 3900 万元 = 39,000,000
    ['4800万元', 48_000_000],
    ['4,100万', 41_000_000],
    ['３９００', 39_000_000],
    // a currency sign left by a cell format: the column's unit (万元) still applies
    ['¥120', 1_200_000],
    ['￥ 0.5', 5_000],
    // a unit written in the cell wins over the column's: 1200 元
    ['1200元', 1_200],
    ['-¥5', -50_000],
  ])('“%s” in a 万元 column is %d yuan', (text, yuan) => {
    expect(moneyCell(text)).toEqual({ ok: true, value: yuan })
  })

  it('reads a yuan column in yuan unless the cell says 万', () => {
    expect(moneyCell('¥120', true)).toEqual({ ok: true, value: 120 })
    expect(moneyCell('3万', true)).toEqual({ ok: true, value: 30_000 })
  })

  it('explains a bad amount in Chinese', () => {
    const r = moneyCell('约3万')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/^“约3万”不是有效金额（单位万元）：.*约/)
  })
})

describe('readCell', () => {
  it('reads 查帐征收 (a common miswriting) as 查账征收', () => {
    expect(readCell('taxCollection', '查帐征收')).toEqual({ ok: true, value: 'audit' })
    expect(readCell('taxCollection', '查帐')).toEqual({ ok: true, value: 'audit' })
  })

  it.each(['无', '没有', '不属于', 'none'])('reads 技术领域 “%s” as in no field', (text) => {
    expect(readCell('techField', text)).toEqual({ ok: true, value: 'none' })
  })

  it('tells a Chinese clerk to write 无, not “none”', () => {
    const r = readCell('techField', '新材料')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toContain('不属于任何领域时填“无”')
    expect(!r.ok && r.message).not.toContain('none')
  })

  it('reads staff counts with separators and full-width digits', () => {
    expect(readCell('number', '1,200')).toEqual({ ok: true, value: 1200 })
    expect(readCell('number', '１２')).toEqual({ ok: true, value: 12 })
  })
})

describe('importCsv', () => {
  const HEADER = ['企业名称', '统一社会信用代码', '评估日期', '2025年销售收入(万元)']

  it('reports a blank 评估日期 instead of assuming today', () => {
    const r = importCsv(writeCsv([HEADER, ['甲公司', '91131081MA0J7R8U3C', '', '100']]))
    expect(r.firms).toEqual([])
    expect(r.errors[0]!.messages).toEqual([
      '“评估日期”为空：请填写该企业计划申报的日期（YYYY-MM-DD），空白不会按今天计算',
    ])
  })

  it('keeps the name and credit code of a row that did not import', () => {
    const r = importCsv(writeCsv([HEADER, ['甲公司', '91131081ma0j7r8u3c', '2026-11-26', '一百']]))
    expect(r.errors[0]).toMatchObject({ row: 2, name: '甲公司', creditCode: '91131081MA0J7R8U3C' })
  })

  it('reports rows of one sheet that repeat a credit code, and still imports them', () => {
    const r = importCsv(
      writeCsv([
        HEADER,
        ['甲公司', '91131081MA0J7R8U3C', '2026-11-26', '100'],
        ['乙公司', '91131081MA0D2N5H1H', '2026-11-26', '100'],
        ['甲公司（重复）', '91131081MA0J7R8U3C', '2026-11-26', '120'],
      ]),
    )
    expect(r.firms).toHaveLength(3)
    expect(r.sheetProblems).toEqual([
      '统一社会信用代码 91131081MA0J7R8U3C 在第 2、4 行重复出现：同一家企业应只占一行，请核对后删去多余的行',
    ])
  })
})
