// A stored number written in its field's own unit, for messages: money in 万元 (never yuan integers like
// “（2000000）”), people in 人, items in 项.
import { yuanToWanText } from '../wizard/parse-number'
import { fieldDef } from './table'

export function quantityText(path: string, value: number, locale = 'zh-CN'): string {
  const en = locale.startsWith('en')
  switch (fieldDef(path)?.kind) {
    case 'money':
      return `${yuanToWanText(value)} 万元`
    // English counts: singular for exactly one (as the catalogue's {n:plural:…} says them)
    case 'persons':
      return en ? `${value} ${value === 1 ? 'person' : 'persons'}` : `${value} 人`
    case 'count':
      return en ? `${value} ${value === 1 ? 'item' : 'items'}` : `${value} 项`
    default:
      return String(value)
  }
}
