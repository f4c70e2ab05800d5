// Text of an imported file → a validated profile: strips a UTF-8 BOM, reports where the JSON breaks,
// migrates older format versions, then validates.
import { migrateProfile } from './migrate'
import { validateProfile } from './validate'
import type { Problem, ValidationResult } from './problems'

const BOM = '\uFEFF'

/** 1-based line and column of a character offset */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

function notJson(text: string, error: unknown): Problem {
  if (text.trim() === '')
    return { path: '', code: 'not-json', message: '文件为空，请选择导出的企业档案文件（.innocheck.json）' }
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  const offset = m ? Number(m[1]) : text.length
  const { line, column } = lineColumn(text, offset)
  return {
    path: '',
    code: 'not-json',
    message: `文件不是有效的 JSON（第 ${line} 行第 ${column} 列附近，字符位置 ${offset}），可能已损坏或被截断，请重新导出`,
  }
}

/** `validate` defaults to validateProfile; a reader that tolerates more may be given */
export function parseProfileText(text: string, validate = validateProfile): ValidationResult {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch (e) {
    return { ok: false, problems: [notJson(body, e)] }
  }
  const migrated = migrateProfile(raw)
  const result = validate(migrated.value)
  if (!result.ok || migrated.from === undefined) return result
  const note: Problem = {
    path: 'version',
    code: 'migrated',
    message: `文件为旧版格式（版本 ${migrated.from}），已自动升级为当前版本；重新导出即可保存为新格式`,
  }
  return { ...result, warnings: [note, ...result.warnings] }
}
