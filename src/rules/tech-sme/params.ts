// 科技型中小企业评价 (国科发政〔2017〕115号, 国科火字〔2022〕67号): limits, pass mark and score bands.
import type { BandTable } from '../../engine/bands'
import { wan, persons } from '../../engine/money'
import { param } from '../../engine/params'
import { ARTICLE_NOT_VERIFIED } from '../../format/citation'
import { q, type Q } from '../../engine/rational'
import { cite, TSME_MEASURES } from '../citations'

const FROM = '2017-05-03'

/**
 * The date whose 115号 values apply. LEGAL-Q: an assessment dated before 115号 took effect is read under 115号
 * (the product assesses applications under the current rules; it never throws on an early date).
 */
export const tsmeDate = (asOf: string): string => (asOf < FROM ? FROM : asOf)
const art = (a: string) => cite(TSME_MEASURES, a)

export const staffLimit = param<Q>({
  id: 'tsme.staffLimit',
  label: '科技型中小企业职工总数上限（人）',
  history: [{ from: FROM, value: persons(500), cite: art('第六条第（二）项') }],
})
export const revenueLimit = param<Q>({
  id: 'tsme.revenueLimit',
  label: '科技型中小企业年销售收入上限',
  history: [{ from: FROM, value: wan(20_000), cite: art('第六条第（二）项') }],
})
export const assetsLimit = param<Q>({
  id: 'tsme.assetsLimit',
  label: '科技型中小企业资产总额上限',
  history: [{ from: FROM, value: wan(20_000), cite: art('第六条第（二）项') }],
})
export const passMark = param<number>({
  id: 'tsme.passMark',
  label: '科技型中小企业综合评价分值下限',
  history: [{ from: FROM, value: 60, cite: art('第六条第（五）项') }],
})

const pts = (atLeast: Q, points: number) => ({ atLeast, min: points, max: points })
const pct = (n: number) => q(n, 100)
const ZERO_POINTS = { min: 0, max: 0 }

/** 科技人员数 ÷ 职工总数 (满分20) */
export const stStaffBands = param<BandTable>({
  id: 'tsme.bands.stStaff',
  label: '科技人员指标分档',
  history: [
    {
      from: FROM,
      value: {
        bands: [pts(pct(30), 20), pts(pct(25), 16), pts(pct(20), 12), pts(pct(15), 8), pts(pct(10), 4)],
        otherwise: ZERO_POINTS,
      },
      cite: art('第七条第1项'),
    },
  ],
})
/** 研发费用总额 ÷ 销售收入总额 (满分50) */
export const rdToSalesBands = param<BandTable>({
  id: 'tsme.bands.rdToSales',
  label: '研发投入指标分档（占销售收入）',
  history: [
    {
      from: FROM,
      value: {
        bands: [pts(pct(6), 50), pts(pct(5), 40), pts(pct(4), 30), pts(pct(3), 20), pts(pct(2), 10)],
        otherwise: ZERO_POINTS,
      },
      cite: art('第七条第2项'),
    },
  ],
})
/** 研发费用总额 ÷ 成本费用支出总额 (满分50) */
export const rdToCostsBands = param<BandTable>({
  id: 'tsme.bands.rdToCosts',
  label: '研发投入指标分档（占成本费用支出总额）',
  history: [
    {
      from: FROM,
      value: {
        bands: [pts(pct(30), 50), pts(pct(25), 40), pts(pct(20), 30), pts(pct(15), 20), pts(pct(10), 10)],
        otherwise: ZERO_POINTS,
      },
      cite: art('第七条第2项'),
    },
  ],
})
/** 一类知识产权 ≥ 1 → this many points (满分30) */
export const ipClassIPoints = param<number>({
  id: 'tsme.ipClassIPoints',
  label: '科技成果指标（拥有Ⅰ类知识产权）',
  history: [{ from: FROM, value: 30, cite: art('第七条第3项') }],
})
/** Ⅱ类知识产权 count bands (Ⅱ类 is not consumed here, unlike HNTE) */
export const ipClassIIBands = param<BandTable>({
  id: 'tsme.bands.ipClassII',
  label: '科技成果指标分档（Ⅱ类知识产权）',
  history: [
    {
      from: FROM,
      value: { bands: [pts(q(4), 24), pts(q(3), 18), pts(q(2), 12), pts(q(1), 6)], otherwise: ZERO_POINTS },
      cite: art('第七条第3项'),
    },
  ],
})

/** 工信部企业〔2026〕2号 (issued 2026-01-17; in force 2026-04-01 [3P]) introduces 科技和创新型中小企业; 115号 applies until a merged standard */
export const reform2026 = param<boolean>({
  id: 'tsme.reform2026',
  label: '科技和创新型中小企业梯度培育改革',
  labelEn: 'the tech and innovation SME tier reform',
  history: [
    {
      from: '2026-01-17',
      value: true,
      cite: {
        doc: '工信部企业〔2026〕2号',
        title: '《优质中小企业梯度培育管理办法》',
        // known only from secondary sources: which article sets up the tier was not read
        article: ARTICLE_NOT_VERIFIED,
      },
      status: 'unverified',
    },
  ],
})
