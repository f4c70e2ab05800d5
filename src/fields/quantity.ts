// A stored number written in its field's own unit, for messages: money in 万元 (never yuan integers like
// “（2000000）”), people in 人, items in 项.
import { yuanToWanText } from '../wizard/parse-number'
import { fieldDef } from './table'

export function quantityText(path: string, value: number, locale = 'zh-CN'): string {
  const en = locale.startsWith('en')
  switch (fieldDef(path)?.kind) {
    case 'money':
      return `${yuanToWanText(value)} 万元`
    case 'persons':
      return en ? `${value} persons` : `${value} 人`
    case 'count':
      return en ? `${value} items` : `${value} 项`
    default:
      return String(value)
  }
}
