// The one catalogue's shapes, pure TypeScript (the engine and the CLI read it without Vue). A module under
// messages/<locale>/ is a tree ({ results: { heading: '…' } }); the engine's parts are flat ('hnte.note.missing').
// Both are one key space: a flat key is the tree's path.
export type Catalogue = Record<string, string>
export type Tree = { [k: string]: string | Tree }

/** { 'a.b': 'x' } → { a: { b: 'x' } } */
export function nest(flat: Catalogue): Tree {
  const tree: Tree = {}
  for (const [key, text] of Object.entries(flat)) {
    const segs = key.split('.')
    let node = tree
    for (const s of segs.slice(0, -1)) {
      const next = (node[s] ??= {})
      if (typeof next === 'string') throw new Error(`catalogue key ${key} lies under the message ${s}`)
      node = next
    }
    node[segs[segs.length - 1]!] = text
  }
  return tree
}

/** { a: { b: 'x' } } → { 'a.b': 'x' } */
export function flatten(tree: Tree, prefix = '', out: Catalogue = {}): Catalogue {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out[key] = v
    else flatten(v, key, out)
  }
  return out
}

/** the modules of one language as one tree: subtrees of the same name are merged (the interface's `planner`
 * and the engine's `planner.reason`), a message defined twice is an error */
export function mergeTrees(trees: readonly Tree[]): Tree {
  const out: Tree = {}
  const put = (into: Tree, from: Tree, path: string) => {
    for (const [k, v] of Object.entries(from)) {
      const here = into[k]
      if (here === undefined) into[k] = typeof v === 'string' ? v : put({}, v, `${path}${k}.`)
      else if (typeof here !== 'string' && typeof v !== 'string') put(here, v, `${path}${k}.`)
      else throw new Error(`catalogue key ${path}${k} is defined twice`)
    }
    return into
  }
  for (const t of trees) put(out, t, '')
  return out
}
