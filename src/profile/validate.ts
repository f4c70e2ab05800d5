// validateProfile: untrusted input (an imported file, a stored draft) → a FirmProfile built afresh from the
// known fields only, or every problem with its path. Unknown keys are ignored with a warning, because later
// versions of the format may add optional fields; __proto__/constructor/prototype keys are reported, never merged.
import { isIsoDate } from '../engine/dates'
import { fieldLabel } from '../fields'
import { PROFILE_FORMAT, PROFILE_VERSION, type FirmProfile } from './types'
import { groupSpecs, transformationsSpec } from './field-specs'
import { checkValue } from './check-value'
import { forbiddenKeyProblems } from './forbidden-keys'
import { readGroup, unknownField, type Sink } from './groups'
import { readYears } from './years'
import { readTypedTexts } from './typed-texts'
import { crossFieldProblems } from './cross-checks'
import { isPlainObject, type Problem, type ValidationResult } from './problems'

export type { Problem, ValidationResult } from './problems'

const TOP_LEVEL = new Set([
  'format',
  'version',
  'assessmentDate',
  'years',
  'transformations',
  'typedTexts',
  'notes',
  'taxAnswersYear',
  ...Object.keys(groupSpecs),
])

/** format and version: when either is wrong the rest of the file cannot be read as this format */
function headerProblems(raw: Record<string, unknown>): Problem[] {
  if (raw.format !== PROFILE_FORMAT)
    return [
      {
        path: 'format',
        code: 'format',
        message: `不是 InnoCheck 企业档案文件（format 应为 “${PROFILE_FORMAT}”），请选择正确的文件`,
      },
    ]
  const v = raw.version
  if (typeof v === 'number' && Number.isInteger(v) && v > PROFILE_VERSION)
    return [
      {
        path: 'version',
        code: 'version-future',
        message: `该文件由更新版本的 InnoCheck 生成（格式版本 ${v}），请升级 InnoCheck 后再导入`,
      },
    ]
  if (v !== PROFILE_VERSION)
    return [
      {
        path: 'version',
        code: 'version-unknown',
        message: `无法识别的档案格式版本（${JSON.stringify(v) ?? '缺失'}），当前支持版本 ${PROFILE_VERSION}`,
      },
    ]
  return []
}

function readAssessmentDate(v: unknown, sink: Sink): string {
  if (isIsoDate(v)) return v
  sink.problems.push(
    v === undefined
      ? { path: 'assessmentDate', code: 'required', message: '缺少评估日期 assessmentDate，请按 YYYY-MM-DD 填写' }
      : {
          path: 'assessmentDate',
          code: 'date',
          message: '评估日期不是有效日期，请按 YYYY-MM-DD 填写真实存在的日期',
          key: 'fieldRule.date',
          params: {
            label: fieldLabel('assessmentDate', 'zh-CN'),
            labelEn: fieldLabel('assessmentDate', 'en'),
            value: String(v),
          },
        },
  )
  return ''
}

function readTransformations(raw: Record<string, unknown>, sink: Sink): number | undefined {
  const v = raw.transformations
  if (v === undefined || v === null) return undefined
  const problem = checkValue(v, transformationsSpec, 'transformations')
  if (!problem) return v as number
  sink.problems.push(problem)
  return undefined
}

function readBody(raw: Record<string, unknown>, sink: Sink): FirmProfile {
  const group = (k: keyof typeof groupSpecs) => {
    if (raw[k] !== undefined) return readGroup(raw[k], groupSpecs[k], k, sink)
    sink.problems.push({ path: k, code: 'required', message: `缺少 ${k} 部分（可以是空对象 {}），请检查文件结构` })
    return {}
  }
  const profile: FirmProfile = {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    assessmentDate: readAssessmentDate(raw.assessmentDate, sink),
    company: group('company'),
    staff: group('staff'),
    years: readYears(raw.years, sink),
    ip: group('ip'),
    rdManagement: group('rdManagement'),
    record: group('record'),
    credentials: group('credentials'),
    tax: group('tax'),
  }
  const transformations = readTransformations(raw, sink)
  if (transformations !== undefined) profile.transformations = transformations
  const typedTexts = readTypedTexts(raw.typedTexts, sink)
  if (typedTexts) profile.typedTexts = typedTexts
  // the tax year the tax answers were given for: a year the tool can date, else the answers' year is not known
  const ty = raw.taxAnswersYear
  if (typeof ty === 'number' && Number.isInteger(ty) && ty >= 2000 && ty <= 2999) profile.taxAnswersYear = ty
  else if (ty !== undefined) sink.warnings.push(unknownField('taxAnswersYear'))
  // the sheet's notes box: free text, kept as typed (a non-text value is not ours, and is left out)
  if (typeof raw.notes === 'string' && raw.notes !== '') profile.notes = raw.notes
  else if (raw.notes !== undefined) sink.warnings.push(unknownField('notes'))
  return profile
}

export function validateProfile(value: unknown): ValidationResult {
  if (!isPlainObject(value))
    return {
      ok: false,
      problems: [
        { path: '', code: 'not-object', message: '文件内容不是企业档案（应为 JSON 对象 {…}），请选择正确的文件' },
      ],
    }
  const forbidden = forbiddenKeyProblems(value)
  const header = headerProblems(value)
  if (header.length) return { ok: false, problems: [...header, ...forbidden] }
  const sink: Sink = { problems: [...forbidden], warnings: [] }
  for (const key of Object.keys(value))
    if (!TOP_LEVEL.has(key) && !forbidden.some((p) => p.path === key)) sink.warnings.push(unknownField(key))
  const profile = readBody(value, sink)
  sink.problems.push(...crossFieldProblems(profile))
  return sink.problems.length ? { ok: false, problems: sink.problems } : { ok: true, profile, warnings: sink.warnings }
}
