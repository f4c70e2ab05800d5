// Comparisons named after the wording of the law (民法典 第1259条): 以上/以下/不超过/不低于 include the
// number, 超过/不满/低于 exclude it. Rules pick the function by the statute's word, never by a bare operator.
import { cmp, ratioCmp, type Q } from './rational'

/** 不低于 / 以上 / 达到: value ≥ limit */
export const notLessThan = (value: Q, limit: Q): boolean => cmp(value, limit) >= 0
/** 不超过 / 以下 / 以内: value ≤ limit */
export const notExceeding = (value: Q, limit: Q): boolean => cmp(value, limit) <= 0
/** 超过 / 高于: value > limit */
export const exceeding = (value: Q, limit: Q): boolean => cmp(value, limit) > 0
/** 不满 / 低于: value < limit */
export const lessThan = (value: Q, limit: Q): boolean => cmp(value, limit) < 0

/** part ÷ whole 不低于 ratio (whole > 0), by cross-multiplication */
export const ratioNotLessThan = (part: Q, whole: Q, ratio: Q): boolean => ratioCmp(part, whole, ratio) >= 0
/** part ÷ whole 超过 ratio (whole > 0) */
export const ratioExceeding = (part: Q, whole: Q, ratio: Q): boolean => ratioCmp(part, whole, ratio) > 0
