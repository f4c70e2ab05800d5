// The super-deduction base of one fiscal year (财税〔2015〕119号, 国家税务总局公告2017年第40号 and 2021年第28号,
// 财税〔2018〕64号): items 1–5, plus 其他相关费用 up to its limit, plus 80% of domestic commissioned R&D, plus 80% of
// overseas commissioned R&D up to 2/3 of the domestic qualifying amount. Exact rationals in fen.
import type { RdTax } from '../../profile/types'
import { fen } from '../../engine/money'
import { entryAt } from '../../engine/params'
import { add, div, min, mul, q, sub, sum, ZERO, type Q } from '../../engine/rational'
import { entrustedShare, otherRelatedShare, overseasCapOfDomestic, overseasShare } from './params'

export interface SuperDeductionBase {
  items1to5: Q
  /** items 1–5 × s ÷ (1 − s) */
  otherLimit: Q
  allowedOther: Q
  entrustedDomestic: Q
  /** items 1–5 + allowed other + 80% domestic commissioned */
  domesticQualifying: Q
  overseasCounted: Q
  /** domestic qualifying + overseas counted: what the rate multiplies */
  base: Q
  intangibleAmortization: Q
}

const amount = (yuan: number | undefined): Q => (yuan === undefined ? ZERO : fen(yuan))

/**
 * The base under the rules in force on `date`; undefined without rdTax or before the rules existed.
 * Absent sub-amounts inside a present rdTax count as 0 (the firm answered the group and left the line empty).
 */
export function superDeductionBase(rdTax: RdTax | undefined, date: string): SuperDeductionBase | undefined {
  const otherShare = entryAt(otherRelatedShare, date)?.value
  const entrusted = entryAt(entrustedShare, date)?.value
  if (!rdTax || !otherShare || !entrusted) return undefined
  const items1to5 = amount(rdTax.items1to5)
  const otherLimit = div(mul(items1to5, otherShare), sub(q(1), otherShare))
  const allowedOther = min(amount(rdTax.otherRelated), otherLimit)
  const entrustedDomestic = mul(amount(rdTax.entrustedDomestic), entrusted)
  const domesticQualifying = sum([items1to5, allowedOther, entrustedDomestic])
  const overseasCounted = overseas(amount(rdTax.entrustedOverseas), domesticQualifying, date)
  return {
    items1to5,
    otherLimit,
    allowedOther,
    entrustedDomestic,
    domesticQualifying,
    overseasCounted,
    base: add(domesticQualifying, overseasCounted),
    intangibleAmortization: amount(rdTax.intangibleAmortization),
  }
}

/** before 财税〔2018〕64号 overseas commissioned R&D did not count at all */
function overseas(actual: Q, domesticQualifying: Q, date: string): Q {
  const share = entryAt(overseasShare, date)?.value
  const cap = entryAt(overseasCapOfDomestic, date)?.value
  if (!share || !cap) return ZERO
  return min(mul(actual, share), mul(domesticQualifying, cap))
}
