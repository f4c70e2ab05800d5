// One field's value against its kind: type, finiteness, sign, decimals, integers, calendar dates, enums.
import { isIsoDate } from '../engine/dates'
import { boundsOf, quantityText } from '../fields'
import type { FieldSpec } from './field-specs'
import type { Problem } from './problems'

export { MAX_AMOUNT } from '../fields'

const TYPE_WORD: Record<FieldSpec['kind']['t'], string> = {
  money: '金额（元，数字）',
  staff: '人数（数字，可有两位小数）',
  count: '个数（非负整数）',
  bool: 'true 或 false',
  date: '日期（YYYY-MM-DD）',
  enum: '规定的取值之一',
  text: '文本',
}

const hasAtMost2Decimals = (v: number): boolean => Number(v.toFixed(2)) === v

function checkNumber(v: number, spec: FieldSpec, path: string): Problem | undefined {
  const { kind, label } = spec
  if (!Number.isFinite(v)) return { path, code: 'not-finite', message: `${label}必须是有限的数字，请重新填写` }
  const b = boundsOf(spec.def)
  if (b && v > b.max)
    return { path, code: 'too-large', message: `${label}不能超过 ${quantityText(path, b.max)}，请核对数值和单位` }
  const signed = kind.t === 'money' && kind.signed === true
  if (!signed && v < 0) return { path, code: 'negative', message: `${label}不能为负数，请填写 0 或正数` }
  if (b && v < b.min)
    return { path, code: 'too-small', message: `${label}不能小于 ${quantityText(path, b.min)}，请核对` }
  if (kind.t === 'count' && !Number.isInteger(v))
    return { path, code: 'not-integer', message: `${label}应为整数（个数），请去掉小数` }
  if (!hasAtMost2Decimals(v)) {
    const unit = kind.t === 'money' ? '金额精确到分' : '人数按全年月平均数'
    return { path, code: 'decimals', message: `${label}最多保留两位小数（${unit}），请四舍五入到两位小数` }
  }
  return undefined
}

/** a problem for this value, or undefined when it may go into the profile as it is */
export function checkValue(v: unknown, spec: FieldSpec, path: string): Problem | undefined {
  const { kind, label } = spec
  const wrongType = (): Problem => ({ path, code: 'type', message: `${label}应为${TYPE_WORD[kind.t]}，请重新填写` })
  switch (kind.t) {
    case 'money':
    case 'staff':
    case 'count':
      return typeof v === 'number' ? checkNumber(v, spec, path) : wrongType()
    case 'bool':
      return typeof v === 'boolean' ? undefined : wrongType()
    case 'date':
      if (typeof v !== 'string') return wrongType()
      return isIsoDate(v)
        ? undefined
        : { path, code: 'date', message: `${label}“${v}”不是有效日期，请按 YYYY-MM-DD 填写真实存在的日期` }
    case 'enum':
      if (typeof v === 'string' && kind.values.includes(v)) return undefined
      return { path, code: 'enum', message: `${label}只能是 ${kind.values.join('、')} 之一，请重新选择` }
    case 'text': {
      if (typeof v !== 'string') return wrongType()
      const bad = kind.check?.(v)
      return bad ? { path, ...bad } : undefined
    }
  }
}
