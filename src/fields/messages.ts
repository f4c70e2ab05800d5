// The wizard's field, hint and option messages, built from the field table for one language, so the i18n
// catalogue and the table cannot disagree. Keys follow the path with the year left out: field.years.rd.inHouse.
import { ANSWERERS } from './labels'
import { OPTION_SETS } from './options'
import { FIELDS } from './table'
import type { Text } from './types'

type Tree = { [k: string]: string | Tree }
type Lang = keyof Text

function put(tree: Tree, path: string, value: string): void {
  const keys = path.replace('.*.', '.').split('.')
  let node = tree
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Tree
  node[keys[keys.length - 1]!] = value
}

export function fieldMessages(lang: Lang): { field: Tree; hint: Tree; none: Tree; option: Tree; answerer: Tree } {
  const field: Tree = {}
  const hint: Tree = {}
  const none: Tree = {}
  for (const f of FIELDS) {
    put(field, f.path, f.label[lang])
    if (f.help) put(hint, f.path, f.help[lang])
    if (f.none) put(none, f.path, f.none[lang])
  }
  const option: Tree = {}
  for (const [set, options] of Object.entries(OPTION_SETS))
    option[set] = Object.fromEntries(options.map((o) => [o.value, o.label[lang]]))
  const answerer = Object.fromEntries(Object.entries(ANSWERERS).map(([k, v]) => [k, v[lang]]))
  return { field, hint, none, option, answerer }
}
