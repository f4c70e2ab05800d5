import { describe, it, expect, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { toCsv } from '../../src/helpdesk/csv'
import { panelCounts, shareOfTarget } from '../../src/helpdesk/panel'
import { byLastChange, findFirms, matchesQuery } from '../../src/helpdesk/search'
import { createAssessmentCache, summarize } from '../../src/helpdesk/summary'
import { furthestFailingCheck, shortfall, summaryRows, type SummaryWords } from '../../src/helpdesk/summary-rows'
import { summarySheet } from '../../src/helpdesk/summary-sheet'
import { writeWorkbook } from '../../src/batch/xlsx-write'
import ExcelJS from 'exceljs'
import type { FirmRecord, FirmSummary } from '../../src/helpdesk/types'
import type { Assessment, Check, ProgramStatus } from '../../src/engine/types'
import { emptyProfile, type FirmProfile } from '../../src/profile/types'
import { assess } from '../../src/rules/index'

const program = (status: ProgramStatus, min = 0, max = 0) => ({ status, min, max, passMark: 70 })
function firm(id: string, name: string, updatedAt: string, creditCode = ''): FirmSummary {
  return { id, name, creditCode, updatedAt, hnte: program('incomplete'), techSme: program('incomplete') }
}
function record(name: string, revision = 1): FirmRecord {
  const profile = emptyProfile('2026-05-20')
  profile.company.name = name
  return { id: name, profile, raw: {}, updatedAt: '2026-05-20T08:00:00.000Z', revision }
}

describe('search and order', () => {
  const list = [
    firm('a', '霸州市鑫泰精密管业科技有限公司', '2026-05-01T00:00:00Z', '91131081MA0CQ1W844'),
    firm('b', '廊坊华创软件有限公司', '2026-05-03T00:00:00Z', '91131000123456789X'),
    firm('c', 'ＡＢＣ Tech', '2026-05-02T00:00:00Z'),
  ]

  it('finds by part of the name, by part of the credit code, ignoring case, width and spaces', () => {
    expect(findFirms(list, '精密').map((f) => f.id)).toEqual(['a'])
    expect(findFirms(list, 'ma0cq1').map((f) => f.id)).toEqual(['a'])
    expect(findFirms(list, 'abc').map((f) => f.id)).toEqual(['c'])
    expect(findFirms(list, ' 9113 ').map((f) => f.id)).toEqual(['b', 'a'])
    expect(matchesQuery(list[0]!, '不存在')).toBe(false)
  })

  it('lists the most recent change first, everything when the query is empty', () => {
    expect(findFirms(list, '').map((f) => f.id)).toEqual(['b', 'c', 'a'])
  })

  it('orders equal times by name so the order never jumps', () => {
    const t = '2026-05-01T00:00:00Z'
    expect([firm('2', 'B', t), firm('1', 'A', t)].sort(byLastChange).map((f) => f.id)).toEqual(['1', '2'])
  })
})

describe('the assessment cache', () => {
  it('assesses once per revision and again after a change', () => {
    const fn = vi.fn(assess)
    const cache = createAssessmentCache(fn)
    const r = record('甲')
    cache.get(r)
    cache.get(r)
    expect(fn).toHaveBeenCalledTimes(1)
    cache.get({ ...r, revision: 2 })
    expect(fn).toHaveBeenCalledTimes(2)
    cache.get({ ...r, revision: 2 }, 'other locality')
    expect(fn).toHaveBeenCalledTimes(3)
  })

  it('forgets firms no longer listed', () => {
    const cache = createAssessmentCache(assess)
    cache.get(record('甲'))
    cache.get(record('乙'))
    cache.keep(['乙'])
    expect(cache.size).toBe(1)
  })

  it('summarises a firm that has answered nothing: both programmes incomplete, every score 0–100', () => {
    // Nothing answered: no condition can be decided, so neither programme has a verdict; every score item is
    // unknown and ranges from 0 to its maximum. HNTE (工作指引 三（七）): 知识产权 30 + 成果转化 30 + 组织管理 20 +
    // 成长性 20 = 100, pass mark > 70; tech-SME (国科发政〔2017〕115号 第七条): 科技人员 20 + 研发投入 50 +
    // 科技成果 30 = 100, pass mark 60 (第六条（六）).
    const r = record('  甲  ')
    expect(summarize(r, assess(r.profile))).toEqual({
      id: '  甲  ',
      name: '甲',
      creditCode: '',
      updatedAt: '2026-05-20T08:00:00.000Z',
      hnte: { status: 'incomplete', min: 0, max: 100, passMark: expect.any(Number) },
      techSme: { status: 'incomplete', min: 0, max: 100, passMark: 60 },
    })
  })
})

describe('CSV summary file', () => {
  it('starts with a UTF-8 BOM, ends every row with CRLF, leaves blanks empty and quotes what needs it', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['c', undefined],
        [-5, '=1+1'],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\nc,\r\n-5,\'=1+1\r\n')
  })
})

describe('summary rows', () => {
  const words: SummaryWords = {
    headers: [
      '名称',
      '代码',
      '高企',
      '高企分',
      '科小',
      '科小分',
      '差距',
      '下一步',
      '日期',
      '修改',
      '差距万元',
      '销售万元',
    ],
    status: (s) => `S:${s}`,
    programName: (w) => `P:${w}`,
    checkName: (id) => `C:${id}`,
    gap: (c) => (c.gap === undefined ? '' : `差${c.gap}`),
    message: (m) => m.text,
  }
  const check = (id: string, value: number, threshold: number, status: Check['status'] = 'fail'): Check => ({
    id,
    status,
    value,
    threshold,
    gap: threshold - value,
    unit: 'ratio',
    cite: { doc: 'd', article: 'a' },
  })

  it('picks the failing check furthest from its threshold, relative to it', () => {
    const a = assess(emptyProfile('2026-05-20'))
    const withChecks: Assessment = {
      ...a,
      hnte: { ...a.hnte, checks: [check('small', 0.055, 0.06), check('ok', 1, 0.5, 'pass')] },
      techSme: { ...a.techSme, checks: [check('big', 0.01, 0.05)] },
    }
    expect(shortfall(check('x', 0.03, 0.06))).toBeCloseTo(0.5)
    expect(furthestFailingCheck(withChecks)?.check.id).toBe('big')
    expect(furthestFailingCheck({ ...withChecks, techSme: { ...a.techSme, checks: [] } })?.check.id).toBe('small')
  })

  it('measures a score known as a range by its highest, as its gap is (issue #8 §7)', () => {
    // 4–70 points against 71: 1 point short at the highest, 1/71 of the mark, not (71 − 4)/71
    const score: Check = { ...check('hnte.innovation-score', 4, 71), unit: 'points', valueMax: 70, gap: 1 }
    expect(shortfall(score)).toBeCloseTo(1 / 71)
  })

  it('gives one row per firm under the headers: statuses, score ranges, largest gap and first step as given', () => {
    // an assessment written by hand, so every cell below follows from it and from the words above
    const a = assess(emptyProfile('2026-05-20'))
    const given: Assessment = {
      ...a,
      hnte: { ...a.hnte, status: 'borderline', score: { ...a.hnte.score, min: 62, max: 78 }, checks: [] },
      techSme: {
        ...a.techSme,
        status: 'ineligible',
        score: { ...a.techSme.score, min: 64, max: 64 },
        checks: [check('tsme.x', 0.01, 0.05)],
      },
      checklist: [{ ...a.checklist[0]!, title: { key: 'k', text: '先补齐研发费用辅助账' } }, ...a.checklist],
    }
    // 09:30 on this computer's clock, stored as ISO UTC: the summary shows the local time again
    const r = { ...record('=恶意名称'), updatedAt: new Date(2026, 4, 21, 9, 30).toISOString() }
    r.profile.company.creditCode = '91131081MA0CQ1W844'
    const rows = summaryRows([{ record: r, assessment: given }], words)
    expect(rows).toEqual([
      words.headers,
      [
        '=恶意名称',
        '91131081MA0CQ1W844',
        'S:borderline',
        '62–78',
        'S:ineligible',
        '64',
        // gap 0.05 − 0.01 = 0.04, as the check carries it
        'P:techSme：C:tsme.x，差0.04',
        '先补齐研发费用辅助账',
        '2026-05-20',
        '2026-05-21 09:30',
        // the gap is a ratio, not money, and no sales were answered: both 万元 cells blank, never 0
        undefined,
        undefined,
      ],
    ])
    // the formula-looking name is neutralised in the file
    expect(toCsv(rows).split('\r\n')[1]).toMatch(/^'=恶意名称,91131081MA0CQ1W844,S:borderline,62–78,/)
  })

  it('names the R&D shortfall of rd-short, worked out from the law, as its largest gap', () => {
    // 国科发火〔2016〕32号 第十一条（五）, 工作指引 三（六）2: last-year sales 3,600万 ≤ 5,000万 → 5% of the three
    // years' sales (2,800 + 3,200 + 3,600 = 9,600万) = 480.00万 needed. R&D counted: 2023 115.4 + 10 = 125.4万;
    // 2024 135 + 9 = 144万; 2025 150 + 10 + 80% × 30 = 184万; other costs 29万 ≤ 20% of 453.4万, so no cap.
    // Σ = 453.4万 → short by 480 − 453.4 = 26.60万 = 266,000 yuan; no other condition fails.
    const profile = JSON.parse(readFileSync('examples/rd-short.json', 'utf8')) as FirmProfile
    const r: FirmRecord = { id: 'x', profile, raw: {}, updatedAt: '2026-11-26T08:00:00.000Z', revision: 1 }
    const row = summaryRows([{ record: r, assessment: assess(profile) }], words)[1]!
    expect(row[2]).toBe('S:ineligible')
    expect(row[6]).toBe('P:hnte：C:hnte.rd-intensity，差266000')
    // the same gap as a number of 万元 (266,000 yuan = 26.60 万元), and last-year (2025) sales 3,600万
    expect(row[10]).toBe(26.6)
    expect(row[11]).toBe(3600)
  })

  it('writes the 万元 figures as number cells of the .xlsx summary, read back with exceljs', async () => {
    const profile = JSON.parse(readFileSync('examples/rd-short.json', 'utf8')) as FirmProfile
    const r: FirmRecord = { id: 'x', profile, raw: {}, updatedAt: '2026-11-26T08:00:00.000Z', revision: 1 }
    const [header, ...body] = summaryRows([{ record: r, assessment: assess(profile) }], words)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await writeWorkbook(summarySheet(header!, body))).slice().buffer)
    const ws = wb.worksheets[0]!
    expect(ws.getCell('K1').value).toBe('差距万元')
    // worked above: short by 26.60 万元; 2025 sales 3,600万
    expect(ws.getCell('K2').value).toBe(26.6)
    expect(ws.getCell('K2').type).toBe(ExcelJS.ValueType.Number)
    expect(ws.getCell('K2').numFmt).toBe('0.00')
    expect(ws.getCell('L2').value).toBe(3600)
    expect(ws.getCell('L2').numFmt).toBe('0.00')
  })

  it('rounds a money gap up to 0.01 万元, as its words do: closing the stated gap is enough', () => {
    const a = assess(emptyProfile('2026-05-20'))
    const money: Check = { ...check('hnte.rd-intensity', 0, 1), gap: 12_301, unit: 'yuan' }
    const given: Assessment = { ...a, hnte: { ...a.hnte, checks: [money] }, techSme: { ...a.techSme, checks: [] } }
    // 12,301 yuan = 1.2301 万元 → 1.24, never 1.23
    expect(summaryRows([{ record: record('甲'), assessment: given }], words)[1]![10]).toBe(1.24)
  })
})

describe('panelCounts', () => {
  const s = (h: ProgramStatus, t: ProgramStatus, name = '', creditCode = '', updatedAt = '2026-11-01T00:00:00Z') => ({
    hnte: program(h),
    techSme: program(t),
    name,
    creditCode,
    updatedAt,
  })
  const firms = [
    s('eligible', 'eligible'),
    s('borderline', 'eligible'),
    s('ineligible', 'incomplete'),
    s('eligible', 'ineligible'),
  ]

  it('counts HNTE eligible and borderline and tech-SME eligible against the targets', () => {
    const c = panelCounts(firms, { hnteCount: 63, techSmeCount: 1025 })
    expect(c.total).toBe(4)
    expect(c.rows).toEqual([
      { id: 'hnteEligible', count: 2, target: 63 },
      { id: 'hnteBorderline', count: 1, target: undefined },
      { id: 'techSmeEligible', count: 2, target: 1025 },
    ])
    expect(shareOfTarget(c.rows[0]!)).toBeCloseTo(2 / 63)
    expect(shareOfTarget(c.rows[1]!)).toBeUndefined()
    expect(shareOfTarget({ id: 'hnteEligible', count: 3, target: 0 })).toBeUndefined()
  })

  it('counts a firm kept twice once, by its newest record (credit code first, else name)', () => {
    const code = '91131081MA0J7R8U3C'
    const c = panelCounts(
      [
        s('eligible', 'eligible', '甲公司', code, '2026-11-01T00:00:00Z'),
        // the same firm re-imported under another name, changed later: it stands for the firm
        s('ineligible', 'eligible', '甲公司（副本）', code, '2026-11-02T00:00:00Z'),
        s('eligible', 'eligible', '乙公司'),
        s('eligible', 'eligible', '乙 公司'),
        s('eligible', 'ineligible'),
      ],
      {},
    )
    expect(c.total).toBe(3)
    expect(c.copies).toBe(2)
    expect(c.rows.map((r) => r.count)).toEqual([2, 0, 2])
  })
})
