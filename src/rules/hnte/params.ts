// HNTE parameters: 国科发火〔2016〕32号 (认定办法) and 国科发火〔2016〕195号 (工作指引), in force from 2016-01-01.
// The 2008 values still found on the web (6% R&D for small firms, a 10% cap on other costs) are stale: not here.
import { param, type Param, type ParamValue } from '../../engine/params'
import { q, type Q } from '../../engine/rational'
import { wan } from '../../engine/money'
import type { BandTable } from '../../engine/bands'
import type { Citation } from '../../engine/types'
import type { Rating } from '../../profile/types'
import { cite, HNTE_GUIDE, HNTE_MEASURES } from '../citations'

const FROM = '2016-01-01'
const art11 = (item: string): Citation => cite(HNTE_MEASURES, `第十一条第（${item}）项`)
const guide = (section: string): Citation => cite(HNTE_GUIDE, section)
// 工作指引 sections 一–七: the innovation score is 三（七） with sub-items 1–4; R&D collection is 三（六）2
const SCORE = '三（七）'

function since<T>(id: string, label: string, value: T, c: Citation, status?: ParamValue<T>['status']): Param<T> {
  const entry: ParamValue<T> = status ? { from: FROM, value, cite: c, status } : { from: FROM, value, cite: c }
  return param({ id: `hnte.${id}`, label, history: [entry] })
}

const pct = (n: number): Q => q(BigInt(n), 100n)
const pts = (min: number, max: number) => ({ min, max })

// —— Article 11 conditions ——
export const minRegisteredDays = since('minRegisteredDays', '注册成立一年以上（天）', 365, art11('一'))
export const minStaffRatio = since('minStaffRatio', '科技人员占职工总数的比例不低于', pct(10), art11('四'))
export const rdSmallSalesLimit = since(
  'rdSmallSalesLimit',
  '最近一年销售收入小于5,000万元（含）',
  wan(5_000),
  art11('五'),
)
export const rdMediumSalesLimit = since(
  'rdMediumSalesLimit',
  '最近一年销售收入5,000万元至2亿元（含）',
  wan(20_000),
  art11('五'),
)
export const rdRatioSmall = since('rdRatioSmall', '研究开发费用总额占销售收入比例（小）', pct(5), art11('五'))
export const rdRatioMedium = since('rdRatioMedium', '研究开发费用总额占销售收入比例（中）', pct(4), art11('五'))
export const rdRatioLarge = since('rdRatioLarge', '研究开发费用总额占销售收入比例（大）', pct(3), art11('五'))
export const minDomesticRdShare = since(
  'minDomesticRdShare',
  '境内研究开发费用占全部研究开发费用比例不低于',
  pct(60),
  art11('五'),
)
export const minHiTechIncomeShare = since(
  'minHiTechIncomeShare',
  '高新技术产品（服务）收入占总收入比例不低于',
  pct(60),
  art11('六'),
)

// —— R&D expense collection (工作指引 三（六）2) ——
export const entrustedCountedShare = since(
  'entrustedCountedShare',
  '委托外部研究开发费用按实际发生额的80%计入',
  pct(80),
  guide('三（六）2'),
)
export const otherCostMaxShare = since(
  'otherCostMaxShare',
  '其他费用一般不得超过研究开发总费用的20%',
  pct(20),
  guide('三（六）2'),
)

// —— IP (认定办法 第十一条第（二）项; 工作指引 三（二）) ——
export const classIReusable = since(
  'classIReusable',
  'Ⅰ类知识产权在有效期内可重复使用',
  true,
  // only Class II is limited to one application (工作指引 三（二）4): Class I may be reused while valid
  guide('三（二）4'),
)

// —— Innovation score (工作指引 三（七）): integer points, 70分以上（不含70分） ——
export const scorePassMark = since('scorePassMark', '综合得分达到70分以上（不含70分）', 71, guide(SCORE))
export const ipCap = since('ipCap', '知识产权（≤30分）', 30, guide(`${SCORE}1`))
export const ratingPoints = since<Record<Rating, { min: number; max: number }>>(
  'ratingPoints',
  '技术的先进程度 / 核心支持作用（≤8分）',
  { A: pts(7, 8), B: pts(5, 6), C: pts(3, 4), D: pts(1, 2), E: pts(0, 0) },
  guide(`${SCORE}1`),
)
export const ratingCap = since('ratingCap', '技术的先进程度 / 核心支持作用上限', 8, guide(`${SCORE}1`))
export const classIQuantityPoints = since(
  'classIQuantityPoints',
  '知识产权数量：1项及以上（Ⅰ类）',
  { atLeast: 1, ...pts(7, 8) },
  guide(`${SCORE}1`),
)
export const classIIQuantityBands = since<BandTable>(
  'classIIQuantityBands',
  '知识产权数量（Ⅱ类）',
  {
    bands: [
      { atLeast: q(5n), ...pts(5, 6), grade: 'B' },
      { atLeast: q(3n), ...pts(3, 4), grade: 'C' },
      { atLeast: q(1n), ...pts(1, 2), grade: 'D' },
    ],
    otherwise: { ...pts(0, 0), grade: 'E' },
  },
  guide(`${SCORE}1`),
)
export const acquisitionPoints = since(
  'acquisitionPoints',
  '知识产权获得方式（≤6分）',
  { ownDevelopment: pts(1, 6), acquiredOnly: pts(1, 3) },
  guide(`${SCORE}1`),
)
export const standardsPoints = since('standardsPoints', '参与编制标准（加分，≤2分）', pts(1, 2), guide(`${SCORE}1`))

export const transformationCap = since('transformationCap', '科技成果转化能力（≤30分）', 30, guide(`${SCORE}2`))
// LEGAL-Q: the 指引 has no band for a yearly average above 0 and below 1 (e.g. 2 results over 3 years).
// Decision (docs/rules.md §2.3 [?]): it is band E, and the result says so in a notice.
export const transformationBands = since<BandTable>(
  'transformationBands',
  '科技成果转化能力（年均转化数）',
  {
    bands: [
      { atLeast: q(5n), ...pts(25, 30), grade: 'A' },
      { atLeast: q(4n), ...pts(19, 24), grade: 'B' },
      { atLeast: q(3n), ...pts(13, 18), grade: 'C' },
      { atLeast: q(2n), ...pts(7, 12), grade: 'D' },
      { atLeast: q(0n), inclusive: false, ...pts(1, 6), grade: 'E' },
    ],
    otherwise: { ...pts(0, 0), grade: 'F' },
  },
  guide(`${SCORE}2`),
)

export interface RdMgmtItem {
  cap: number
  yes: { min: number; max: number }
  partly: { min: number; max: number }
}
// LEGAL-Q: the 指引 gives only each item's maximum; issue #2 §2.4 decides yes → upper half, partly → lower half.
export const rdManagementItems = since<
  Record<'system' | 'institution' | 'transformationIncentives' | 'talent', RdMgmtItem>
>(
  'rdManagementItems',
  '研究开发组织管理水平（≤20分，四项）',
  {
    system: { cap: 6, yes: pts(4, 6), partly: pts(1, 3) },
    institution: { cap: 6, yes: pts(4, 6), partly: pts(1, 3) },
    transformationIncentives: { cap: 4, yes: pts(3, 4), partly: pts(1, 2) },
    talent: { cap: 4, yes: pts(3, 4), partly: pts(1, 2) },
  },
  guide(`${SCORE}3`),
)

export const growthCap = since('growthCap', '企业成长性（每项≤10分）', 10, guide(`${SCORE}4`))
export const growthBands = since<BandTable>(
  'growthBands',
  '净资产增长率 / 销售收入增长率',
  {
    bands: [
      { atLeast: pct(35), ...pts(9, 10), grade: 'A' },
      { atLeast: pct(25), ...pts(7, 8), grade: 'B' },
      { atLeast: pct(15), ...pts(5, 6), grade: 'C' },
      { atLeast: pct(5), ...pts(3, 4), grade: 'D' },
      { atLeast: q(0n), inclusive: false, ...pts(1, 2), grade: 'E' },
    ],
    otherwise: { ...pts(0, 0), grade: 'F' },
  },
  guide(`${SCORE}4`),
)

/** every HNTE parameter: the program is in scope on a date only when all of them have a value */
export const allParams: Param<unknown>[] = [
  minRegisteredDays,
  minStaffRatio,
  rdSmallSalesLimit,
  rdMediumSalesLimit,
  rdRatioSmall,
  rdRatioMedium,
  rdRatioLarge,
  minDomesticRdShare,
  minHiTechIncomeShare,
  entrustedCountedShare,
  otherCostMaxShare,
  classIReusable,
  scorePassMark,
  ipCap,
  ratingPoints,
  ratingCap,
  classIQuantityPoints,
  classIIQuantityBands,
  acquisitionPoints,
  standardsPoints,
  transformationCap,
  transformationBands,
  rdManagementItems,
  growthCap,
  growthBands,
]
