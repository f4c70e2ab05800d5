// The optional `typedTexts` of a profile file: what the user typed into fields whose text is not (yet) a valid
// answer, by field path, so an exported draft gives back the screen the user left. Untrusted like the rest:
// only string texts under path-shaped keys are read; the wizard decides what each path means.
import { FORBIDDEN_KEYS } from './forbidden-keys'
import type { Sink } from './groups'
import { isPlainObject } from './problems'

/** 'company.name', 'assessmentDate', 'years.2025.rd.inHouse': letters and digits between dots */
const PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+){0,3}$/
/** a text longer than this was not typed into one field (10 000 characters fit) */
const MAX_TEXT = 20_000

export function readTypedTexts(v: unknown, sink: Sink): Record<string, string> | undefined {
  if (v === undefined || v === null) return undefined
  if (!isPlainObject(v)) {
    sink.problems.push({ path: 'typedTexts', code: 'type', message: 'typedTexts 应为对象（{"字段路径": "文字"}）' })
    return undefined
  }
  const out: Record<string, string> = {}
  for (const [key, text] of Object.entries(v)) {
    const path = `typedTexts.${key}`
    if (!PATH.test(key) || key.split('.').some((k) => FORBIDDEN_KEYS.has(k)))
      sink.warnings.push({ path, code: 'unknown-field', message: '不是字段路径，已忽略' })
    else if (typeof text !== 'string' || text.length > MAX_TEXT)
      sink.problems.push({ path, code: 'type', message: `填写的文字应为不超过 ${MAX_TEXT} 个字符的字符串` })
    else out[key] = text
  }
  return Object.keys(out).length ? out : undefined
}
