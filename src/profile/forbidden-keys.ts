// Keys that could reach an object's prototype if merged (__proto__, constructor, prototype): reported wherever
// they occur, including inside fields the format does not know. The profile is built from known fields only,
// so they are never merged; reporting them tells the user the file was tampered with or hand-edited.
import { isPlainObject, join, type Problem } from './problems'

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
/** deeper than any profile: beyond this the file is not a profile (and deep recursion is a risk) */
const MAX_DEPTH = 32

export function forbiddenKeyProblems(value: unknown, path = '', depth = 0): Problem[] {
  if (depth > MAX_DEPTH) return [{ path, code: 'too-deep', message: '文件嵌套层级过深，不是有效的档案文件' }]
  const out: Problem[] = []
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...forbiddenKeyProblems(v, join(path, i), depth + 1)))
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const p = join(path, key)
      if (FORBIDDEN_KEYS.has(key))
        out.push({
          path: p,
          code: 'forbidden-key',
          message: `不允许的键名“${key}”（可能被篡改的文件），请删除该项后重新导入`,
        })
      else out.push(...forbiddenKeyProblems(value[key], p, depth + 1))
    }
  }
  return out
}
