// The super-deduction base (研发费用加计扣除的计算基数): caps and shares, each a dated, cited value.
import { param } from '../../engine/params'
import { q, type Q } from '../../engine/rational'
import { cite } from '../citations'

const DOC_119 = { doc: '财税〔2015〕119号', title: '《关于完善研究开发费用税前加计扣除政策的通知》' }
const DOC_2021_28 = {
  doc: '国家税务总局公告2021年第28号',
  title: '《关于进一步落实研发费用加计扣除政策有关问题的公告》',
}
const DOC_64 = { doc: '财税〔2018〕64号', title: '《关于企业委托境外研究开发费用税前加计扣除有关政策问题的通知》' }

/** 其他相关费用 may be at most this share of the total qualifying R&D: limit = items 1–5 × s ÷ (1 − s) */
export const otherRelatedShare = param<Q>({
  id: 'rdTax.otherRelatedShare',
  label: '其他相关费用限额比例',
  history: [
    {
      from: '2016-01-01',
      to: '2020-12-31',
      value: q(1, 10),
      cite: { ...DOC_119, article: '第一条第（一）项第6目（限额公式见国家税务总局公告2015年第97号 第二条第（三）项）' },
    },
    { from: '2021-01-01', value: q(1, 10), cite: { ...DOC_2021_28, article: '第三条' } },
  ],
})

/**
 * Up to the 2020 tax year the limit applied to each project (2015年第97号); from 2021 to all projects together
 * (2021年第28号 第三条). The profile holds firm totals, so for per-project years the pooled limit is an upper bound.
 */
export const otherRelatedLimitScope = param<'per-project' | 'pooled'>({
  id: 'rdTax.otherRelatedLimitScope',
  label: '其他相关费用限额的计算口径',
  history: [
    {
      from: '2016-01-01',
      to: '2020-12-31',
      value: 'per-project',
      cite: { doc: '国家税务总局公告2015年第97号', article: '第二条第（三）项' },
    },
    { from: '2021-01-01', value: 'pooled', cite: { ...DOC_2021_28, article: '第三条' } },
  ],
})

/** 委托境内 R&D counts at 80% of the actual amount */
export const entrustedShare = param<Q>({
  id: 'rdTax.entrustedShare',
  label: '委托研发费用计入比例',
  history: [{ from: '2016-01-01', value: q(4, 5), cite: cite(DOC_119, '第二条第1项') }],
})

/** 委托境外 R&D: 80% of the actual amount, counted up to 2/3 of domestic qualifying R&D; none before 2018 */
export const overseasShare = param<Q>({
  id: 'rdTax.overseasShare',
  label: '委托境外研发费用计入比例',
  history: [{ from: '2018-01-01', value: q(4, 5), cite: cite(DOC_64, '第一条') }],
})

export const overseasCapOfDomestic = param<Q>({
  id: 'rdTax.overseasCapOfDomestic',
  label: '委托境外研发费用占境内符合条件研发费用上限',
  history: [{ from: '2018-01-01', value: q(2, 3), cite: cite(DOC_64, '第一条') }],
})
