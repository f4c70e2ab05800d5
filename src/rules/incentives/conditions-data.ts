// The table of taxpayer preconditions per incentive, each with the provision that sets it, built with cite() so
// the clause's words travel with it (src/rules/quotes-tax.ts). `unverified`: the document is confirmed but its
// article was not read in a reproduction of the official text (the result sheet marks the row).
import type { Citation } from '../../engine/types'
import { entryAt } from '../../engine/params'
import { cite } from '../citations'
import type { IncentiveEnv } from './common'
import { slpIndustryRule } from './params'

export type Kind =
  | 'residency'
  | 'collection'
  | 'any-collection'
  | 'negative-list'
  | 'restricted-industry'
  | 'contracts-registered'
  | 'hnte-held'
  | 'hnte-or-tsme-held'

export interface Precondition {
  kind: Kind
  cite: Citation | ((env: IncentiveEnv) => Citation)
  unverified?: true
}

const DOC_119 = { doc: '财税〔2015〕119号', title: '《关于完善研究开发费用税前加计扣除政策的通知》' }
/** 适用于会计核算健全、实行查账征收并能够准确归集研发费用的居民企业 (words seen, article number not: unverified) */
const RD_WHO = cite(DOC_119, '第五条第（一）项')
const RD_NEGATIVE = cite(DOC_119, '第四条')
/** 特定纳税人 (not deemed-taxed) include firms enjoying CIT incentives other than exempt income and 小型微利 */
const DEEMED_EXCLUDED = cite(
  { doc: '国税函〔2009〕377号', title: '《国家税务总局关于企业所得税核定征收若干问题的通知》' },
  '第一条第（一）项',
)
const HNTE_FROM_CERT_YEAR = cite(
  { doc: '国家税务总局公告2017年第24号', title: '《关于实施高新技术企业所得税优惠政策有关问题的公告》' },
  '第一条',
)
const LOSS_WHO = cite(
  { doc: '财税〔2018〕76号', title: '《关于延长高新技术企业和科技型中小企业亏损结转年限的通知》' },
  '第一条、第二条',
)
/** 境内技术转让经省级以上科技部门认定 (一（三）; 一（四）: transfers abroad, by the commerce authority) */
const TT_REGISTERED = cite(
  { doc: '国税函〔2009〕212号', title: '《国家税务总局关于技术转让所得减免企业所得税有关问题的通知》' },
  '第一条第（三）项',
)
const VAT_REGISTERED = cite({ doc: '财税〔2016〕36号' }, '附件3 第一条第（二十六）项')

const SLP_2019 = cite(
  { doc: '国家税务总局公告2019年第2号', title: '《关于实施小型微利企业普惠性所得税减免政策有关问题的公告》' },
  '第一条',
)
const SLP_2022 = cite(
  { doc: '国家税务总局公告2022年第5号', title: '《关于小型微利企业所得税优惠政策征管问题的公告》' },
  '第二条',
)
const SLP_2023 = cite(
  { doc: '国家税务总局公告2023年第6号', title: '《关于落实小型微利企业所得税优惠政策征管问题的公告》' },
  '第二条',
)

/**
 * 小型微利企业 under either collection method: the tax authority's 征管 notice of each period. 2019年第2号 第一条
 * names its own period, 2019-01-01 to 2021-12-31, so it covers 2021 too (2021年第8号 was not read).
 */
function slpBothMethods(env: IncentiveEnv): Citation {
  const y = env.taxYear
  if (y <= 2021) return SLP_2019
  return y === 2022 ? SLP_2022 : SLP_2023
}

const slpDefinition = (env: IncentiveEnv): Citation =>
  entryAt(slpIndustryRule, env.date)?.cite ?? { doc: '财政部 税务总局公告2023年第12号', article: '第五条' }

export const PRECONDITIONS: Record<string, Precondition[]> = {
  'rd-super-deduction': [
    { kind: 'residency', cite: RD_WHO, unverified: true },
    { kind: 'collection', cite: RD_WHO, unverified: true },
    { kind: 'negative-list', cite: RD_NEGATIVE },
  ],
  'hnte-reduced-rate': [
    { kind: 'collection', cite: DEEMED_EXCLUDED },
    { kind: 'hnte-held', cite: HNTE_FROM_CERT_YEAR },
  ],
  'small-low-profit': [
    { kind: 'any-collection', cite: slpBothMethods },
    { kind: 'restricted-industry', cite: slpDefinition },
  ],
  'tech-transfer-exemption': [
    { kind: 'collection', cite: DEEMED_EXCLUDED },
    { kind: 'contracts-registered', cite: TT_REGISTERED },
  ],
  'loss-carryforward-10y': [
    { kind: 'collection', cite: DEEMED_EXCLUDED },
    { kind: 'hnte-or-tsme-held', cite: LOSS_WHO },
  ],
  'equipment-one-time-deduction': [{ kind: 'collection', cite: DEEMED_EXCLUDED }],
  'tech-contract-vat-exemption': [{ kind: 'contracts-registered', cite: VAT_REGISTERED }],
}
