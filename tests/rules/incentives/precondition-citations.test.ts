// Issue #8 §1/§10: the preconditions cite the article whose words were read, and carry those words. Expected
// documents, articles and phrases are taken from the reproductions named in src/rules/quotes-tax.ts, not from
// the engine: 377号 一（一）, 2017年第24号 一, 212号 一（三）, 76号 一、二, and the 小型微利 征管 notices — 2019年第2号 一
// (its own period: 2019-01-01 to 2021-12-31), 2022年第5号 二, 2023年第6号 二.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { assess } from '../../../src/rules/index'
import type { FirmProfile } from '../../../src/profile/types'
import type { Assessment, Check } from '../../../src/engine/types'

const strongHnte = (): FirmProfile =>
  JSON.parse(readFileSync(new URL('../../../examples/strong-hnte.json', import.meta.url), 'utf8')) as FirmProfile

function condition(a: Assessment, id: string): Check {
  const [incentive] = id.split('.')
  const c = a.incentives.find((i) => i.id === incentive)?.conditions?.find((x) => x.id === id)
  if (!c) throw new Error(`no condition ${id}`)
  return c
}

describe('a deemed-taxed firm is refused on 国税函〔2009〕377号 第一条第（一）项, in its words', () => {
  const p = strongHnte()
  p.company.taxCollection = 'deemed'
  const a = assess(p)

  it.each(['hnte-reduced-rate', 'tech-transfer-exemption', 'loss-carryforward-10y', 'equipment-one-time-deduction'])(
    '%s.collection',
    (id) => {
      const c = condition(a, `${id}.collection`)
      expect(c.status).toBe('fail')
      expect(c.cite).toMatchObject({ doc: '国税函〔2009〕377号', article: '第一条第（一）项' })
      expect(c.cite.quote).toContain('“特定纳税人”包括以下类型的企业')
      expect(c.cite.quote).toContain('不包括仅享受《中华人民共和国企业所得税法》第二十六条规定免税收入优惠政策的企业')
      expect(c.unverified).toBeUndefined()
    },
  )

  it('keeps the super deduction’s 查账征收 row unverified and unquoted (119号 五（一）: number never seen)', () => {
    const c = condition(a, 'rd-super-deduction.collection')
    expect(c.cite).toMatchObject({ doc: '财税〔2015〕119号', article: '第五条第（一）项' })
    expect(c.cite.quote).toBeUndefined()
    expect(c.unverified).toBe(true)
  })
})

describe('a filed (查账征收) firm’s preconditions', () => {
  const a = assess(strongHnte())

  it('technology transfer: 国税函〔2009〕212号 第一条第（三）项 (was 第二条第（四）项)', () => {
    const c = condition(a, 'tech-transfer-exemption.contracts-registered')
    expect(c.cite).toMatchObject({ doc: '国税函〔2009〕212号', article: '第一条第（三）项' })
    expect(c.cite.quote).toContain('（三）境内技术转让经省级以上科技部门认定')
    expect(c.unverified).toBeUndefined()
  })

  it('15% rate: from the certificate’s year, 国家税务总局公告2017年第24号 第一条', () => {
    const c = condition(a, 'hnte-reduced-rate.hnte-held')
    expect(c.cite).toMatchObject({ doc: '国家税务总局公告2017年第24号', article: '第一条' })
    expect(c.cite.quote).toContain('自高新技术企业证书注明的发证时间所在年度起申报享受税收优惠')
    expect(c.cite.quote).toContain('在年底前仍未取得高新技术企业资格的，应按规定补缴相应期间的税款')
    expect(c.unverified).toBeUndefined()
  })

  it('10-year losses: status in the year, 财税〔2018〕76号 第一条、第二条', () => {
    const c = condition(a, 'loss-carryforward-10y.hnte-or-tsme-held')
    expect(c.cite.quote).toContain('当年具备高新技术企业或科技型中小企业资格')
    expect(c.cite.quote).toContain('取得科技型中小企业登记编号的企业')
  })
})

describe('小型微利 under both collection methods: each tax year’s 征管 notice and article', () => {
  it.each([
    ['2019-06-30', '国家税务总局公告2019年第2号', '第一条'],
    ['2020-06-30', '国家税务总局公告2019年第2号', '第一条'],
    // 2019年第2号 第一条 runs "自2019年1月1日至2021年12月31日" (2021年第8号 was not read)
    ['2021-06-30', '国家税务总局公告2019年第2号', '第一条'],
    ['2022-06-30', '国家税务总局公告2022年第5号', '第二条'],
    ['2024-06-30', '国家税务总局公告2023年第6号', '第二条'],
    ['2026-11-26', '国家税务总局公告2023年第6号', '第二条'],
  ])('tax year of %s → %s %s', (asOf, doc, article) => {
    const p = strongHnte()
    p.assessmentDate = asOf
    p.company.taxCollection = 'deemed'
    const c = condition(assess(p), 'small-low-profit.any-collection')
    expect(c.status).toBe('pass')
    expect(c.cite).toMatchObject({ doc, article })
    expect(c.cite.quote).toMatch(/无论按查账征收方式或核定征收方式缴纳企业所得税，均可享受/)
    expect(c.unverified).toBeUndefined()
  })

  it('quotes 2019年第2号’s own period, so its use for 2021 can be checked by the reader', () => {
    const p = strongHnte()
    p.assessmentDate = '2021-06-30'
    const c = condition(assess(p), 'small-low-profit.any-collection')
    expect(c.cite.quote).toContain('自2019年1月1日至2021年12月31日')
  })
})

describe('小型微利 rates: the article that sets each year’s tier', () => {
  const slpCite = (asOf: string) => {
    const p = strongHnte()
    p.assessmentDate = asOf
    p.tax = { taxableIncome: 2_000_000, avgEmployees: 50, avgTotalAssets: 10_000_000 }
    return assess(p).incentives.find((i) => i.id === 'small-low-profit')!.cite
  }

  it('2021: 财政部 税务总局公告2021年第12号 第一条 (its 第二条 is 个体工商户), quoted with its period', () => {
    const c = slpCite('2021-06-30')
    expect(c.doc).toBe('财政部 税务总局公告2021年第12号')
    expect(c.article.startsWith('第一条')).toBe(true)
    expect(c.quote).toContain('再减半征收企业所得税')
    expect(c.quote).toContain('本公告执行期限为2021年1月1日至2022年12月31日')
  })

  it('2022: 2022年第13号 第一条, the 100万–300万 part at 25% × 20%', () => {
    const c = slpCite('2022-06-30')
    expect(c).toMatchObject({ doc: '财政部 税务总局公告2022年第13号' })
    expect(c.quote).toContain('超过100万元但不超过300万元的部分，减按25%计入应纳税所得额')
  })
})
