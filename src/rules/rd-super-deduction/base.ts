// The super-deduction base of one fiscal year (财税〔2015〕119号, 国家税务总局公告2017年第40号 and 2021年第28号,
// 财税〔2018〕64号): items 1–5, plus 其他相关费用 up to its limit, plus 80% of domestic commissioned R&D, plus 80% of
// overseas commissioned R&D up to 2/3 of the domestic qualifying amount. Exact rationals in fen.
import type { RdTax } from '../../profile/types'
import type { Citation } from '../../engine/types'
import { fen } from '../../engine/money'
import { entryAt } from '../../engine/params'
import { add, div, min, mul, q, sub, sum, ZERO, type Q } from '../../engine/rational'
import {
  entrustedShare,
  otherRelatedLimitScope,
  otherRelatedShare,
  overseasCapOfDomestic,
  overseasShare,
} from './params'

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
  /** which of the five amounts were answered: with 'some', every figure built from them is a lower bound */
  answered: 'all' | 'some' | 'none'
  /** the 其他相关费用 limit applied per project in this year: allowedOther is then an upper bound */
  perProjectLimit: boolean
  /** the provision that sets the limit's scope in this year */
  otherCite?: Citation
}

const RD_TAX_AMOUNTS = [
  'items1to5',
  'otherRelated',
  'entrustedDomestic',
  'entrustedOverseas',
  'intangibleAmortization',
] as const

function answered(rdTax: RdTax): SuperDeductionBase['answered'] {
  const n = RD_TAX_AMOUNTS.filter((k) => rdTax[k] !== undefined).length
  return n === RD_TAX_AMOUNTS.length ? 'all' : n === 0 ? 'none' : 'some'
}

/** an unanswered amount adds nothing to a lower bound; `answered` records that it was absent */
const amount = (yuan: number | undefined): Q => (yuan === undefined ? ZERO : fen(yuan))

/**
 * The base under the rules in force on `date`; undefined without rdTax or before the rules existed.
 * An absent sub-amount is not answered: it adds nothing here, and `answered` says the base is then a lower bound
 * (every amount can only raise it).
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
  const scope = entryAt(otherRelatedLimitScope, date)
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
    answered: answered(rdTax),
    perProjectLimit: scope?.value === 'per-project',
    ...(scope ? { otherCite: scope.cite } : {}),
  }
}

/** before 财税〔2018〕64号 overseas commissioned R&D did not count at all */
function overseas(actual: Q, domesticQualifying: Q, date: string): Q {
  const share = entryAt(overseasShare, date)?.value
  const cap = entryAt(overseasCapOfDomestic, date)?.value
  if (!share || !cap) return ZERO
  return min(mul(actual, share), mul(domesticQualifying, cap))
}
