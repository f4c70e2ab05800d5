// A firm name is printed on the sheet and in exported files: characters that reorder or hide text are refused
// (issue #9 item 7: “ABC‮DEF公司” printed as “ABC司公FED”), and a name longer than any registered name is refused
// with a message rather than cut.
import { renderProblemKey, type ProblemKey } from '../fields/problem-text'

/** longer than any name 《企业名称登记管理规定》 allows in practice (行政区划 + 字号 + 行业 + 组织形式) */
export const MAX_NAME_LENGTH = 100

// Bidi embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E/U+200F/U+061C,
// and C0/C1 control characters (U+0000–U+001F, U+007F–U+009F: line breaks and tabs included).
const REFUSED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u

const hex = (c: string): string => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')

const problem = (code: string, params: ProblemKey['params']) => {
  const p = { key: `textRule.${code}`, params }
  return { code, ...p, message: renderProblemKey(p) }
}

/** what to fix (a catalogue key, params and the zh-CN message), or undefined for an acceptable name */
export function firmNameProblem(name: string): ({ code: string; message: string } & ProblemKey) | undefined {
  const bad = REFUSED.exec(name)
  if (bad) return problem('name-character', { char: hex(bad[0]) })
  const length = [...name].length
  if (length > MAX_NAME_LENGTH) return problem('name-length', { length, max: MAX_NAME_LENGTH })
  return undefined
}
