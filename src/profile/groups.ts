// Reads one group object (or one fiscal year) field by field into a fresh object: known, valid fields only.
import { checkValue } from './check-value'
import { FORBIDDEN_KEYS } from './forbidden-keys'
import type { GroupSpec } from './field-specs'
import { isPlainObject, join, type Problem } from './problems'

export interface Sink {
  problems: Problem[]
  warnings: Problem[]
}

export function unknownField(path: string): Problem {
  return { path, code: 'unknown-field', message: '未知字段，已忽略（可能来自更新版本的 InnoCheck）' }
}

/** the valid known fields of `raw`; problems and unknown-field warnings go to the sink */
export function readGroup(
  raw: unknown,
  spec: GroupSpec,
  path: string,
  sink: Sink,
  skip: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!isPlainObject(raw)) {
    sink.problems.push({ path, code: 'type', message: `${path} 应为对象（{…}），请检查文件结构` })
    return out
  }
  for (const key of Object.keys(raw)) {
    if (FORBIDDEN_KEYS.has(key) || skip.has(key)) continue
    const p = join(path, key)
    const fieldSpec = Object.hasOwn(spec, key) ? spec[key] : undefined
    if (!fieldSpec) {
      sink.warnings.push(unknownField(p))
      continue
    }
    // other tools write null for "not answered": the format's way to say that is to leave the field out
    if (raw[key] === null) {
      sink.warnings.push({ path: p, code: 'null', message: `${fieldSpec.label}为 null，按“未填写”处理` })
      continue
    }
    const problem = checkValue(raw[key], fieldSpec, p)
    if (problem) sink.problems.push(problem)
    else out[key] = raw[key]
  }
  return out
}
