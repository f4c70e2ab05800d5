// Reading an imported file: the size limit before anything is read, strict UTF-8 (with or without BOM), then
// one profile or a whole-device bundle, every problem said in words with field names instead of paths.
// Nothing here changes any state: the caller shows a preview and acts only when the user confirms.
import { fieldLabel } from '../composables/field-labels'
import { migrateProfile } from '../profile/migrate'
import { parseProfileText } from '../profile/parse'
import { forbiddenKeyProblems } from '../profile/forbidden-keys'
import { isPlainObject, type Problem } from '../profile/problems'
import type { FirmProfile } from '../profile/types'
import { restoreProfile } from '../stores/restore'
import { FIRMS_FORMAT, FIRMS_VERSION } from './export'

/** 1 MB: a profile is a few KB; a bundle of hundreds of firms still fits */
export const MAX_IMPORT_BYTES = 1024 * 1024

export type ImportResult =
  | { ok: true; kind: 'profile' | 'firms'; profiles: FirmProfile[]; notes: string[] }
  | { ok: false; message: string; details: string[] }

export interface FileLike {
  /** the chosen file's name: only a last extension of .json is read (not .json.exe, not .xlsx) */
  name?: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

const fail = (message: string, details: string[] = []): ImportResult => ({ ok: false, message, details })
const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1)

/** a problem as a reader sees it: the field's name, then what is wrong */
export function problemLine(p: Problem, prefix = ''): string {
  const where = p.path ? fieldLabel(p.path, 'zh-CN') : ''
  return `${prefix}${where ? `${where}：` : ''}${p.message}`
}

const TITLES: Record<string, string> = {
  'version-future': '该文件由更新版本的 InnoCheck 生成，请升级 InnoCheck 后再导入',
  'version-unknown': '无法识别文件的格式版本',
  format: '这不是 InnoCheck 企业档案文件',
  'not-object': '这不是 InnoCheck 企业档案文件',
  'forbidden-key': '文件包含不允许的键名（__proto__、constructor 或 prototype），可能被篡改，未导入',
}

function rejection(problems: Problem[], prefix = ''): ImportResult {
  const first = problems[0]
  if (first?.code === 'not-json') return fail(first.message)
  const coded = problems.find((p) => TITLES[p.code])
  const title = coded ? TITLES[coded.code]! : `文件内容未通过检查，共 ${problems.length} 处问题，未导入`
  return fail(
    title,
    problems.map((p) => problemLine(p, prefix)),
  )
}

function notesOf(warnings: Problem[], prefix = ''): string[] {
  return warnings.map((w) => problemLine(w, prefix))
}

/** one profile inside a bundle: the same migration and validation as a single file */
function bundledProfile(value: unknown, index: number): ImportResult {
  const prefix = `第 ${index + 1} 家企业 `
  const migrated = migrateProfile(value)
  const r = restoreProfile(migrated.value)
  if (!r.ok) return rejection(r.problems, prefix)
  return { ok: true, kind: 'profile', profiles: [r.profile], notes: notesOf(r.warnings, prefix) }
}

function parseBundle(data: Record<string, unknown>): ImportResult {
  const forbidden = forbiddenKeyProblems(data)
  if (forbidden.length) return rejection(forbidden)
  const v = data.version
  if (typeof v === 'number' && v > FIRMS_VERSION)
    return fail(TITLES['version-future']!, [`文件格式版本 ${v}，本程序支持版本 ${FIRMS_VERSION}`])
  if (v !== FIRMS_VERSION) return fail(TITLES['version-unknown']!, [`版本：${JSON.stringify(v) ?? '缺失'}`])
  if (!Array.isArray(data.firms) || data.firms.length === 0) return fail('企业汇总文件中没有企业（firms 应为非空列表）')
  const profiles: FirmProfile[] = []
  const notes: string[] = []
  for (const [i, firm] of data.firms.entries()) {
    const r = bundledProfile(firm, i)
    if (!r.ok) return r
    profiles.push(...r.profiles)
    notes.push(...r.notes)
  }
  return { ok: true, kind: 'firms', profiles, notes }
}

/** text (already decoded) → one profile, or every profile of a bundle */
export function parseImportText(text: string): ImportResult {
  const body = text.replace(/^\uFEFF/, '')
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    data = undefined // parseProfileText names the position
  }
  if (isPlainObject(data) && data.format === FIRMS_FORMAT) return parseBundle(data)
  // answers that contradict each other come back as the draft had them, each shown at its field
  const r = parseProfileText(body, restoreProfile)
  if (!r.ok) return rejection(r.problems)
  return { ok: true, kind: 'profile', profiles: [r.profile], notes: notesOf(r.warnings) }
}

/** strict UTF-8; a leading BOM is dropped by the decoder */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export async function readImportFile(file: FileLike): Promise<ImportResult> {
  if (file.name !== undefined && !/\.json$/i.test(file.name))
    return fail(
      `“${file.name}”不是企业档案文件：只能导入扩展名为 .json 的文件（如 企业名-日期.innocheck.json），请选择 InnoCheck 导出的文件`,
    )
  if (file.size > MAX_IMPORT_BYTES)
    return fail(`文件过大（${megabytes(file.size)} MB），企业档案文件不能超过 1 MB，请确认选择了正确的文件`)
  if (file.size === 0) return fail('文件为空，请选择导出的企业档案文件（.innocheck.json）')
  const text = decodeUtf8(await file.arrayBuffer())
  if (text === null)
    return fail('文件不是 UTF-8 编码的文本，无法读取；请选择 InnoCheck 导出的企业档案文件（.innocheck.json）')
  return parseImportText(text)
}
