// One yup schema per step, over the text typed into its inputs (keyed by DOM id, so no dots reach vee-validate),
// and the cross-field problems of validateProfile that belong to a step. A threshold missed is never an error here.
import { object, string, type AnyObject, type ObjectSchema } from 'yup'
import type { FirmProfile } from '../profile/types'
import { validateProfile } from '../profile/validate'
import { interpret } from './answers'
import { isTextField } from './fields'
import { fieldDomId, stepOfField, type StepId } from './steps'

export { isTextField }

export function stepSchema(paths: readonly string[]): ObjectSchema<AnyObject> {
  const shape = Object.fromEntries(
    paths.filter(isTextField).map((path) => [
      fieldDomId(path),
      string().test('parses', '', function (value) {
        const r = interpret(path, value ?? '')
        return r.ok || this.createError({ message: r.message })
      }),
    ]),
  )
  return object(shape)
}

/** contradictions between answers that can be fixed on `step`, by DOM id (first message per field) */
export function crossFieldErrors(step: StepId, profile: FirmProfile): Record<string, string> {
  const r = validateProfile(JSON.parse(JSON.stringify(profile)))
  if (r.ok) return {}
  const out: Record<string, string> = {}
  for (const p of r.problems) {
    const id = fieldDomId(p.path)
    if (stepOfField(p.path) === step && !(id in out)) out[id] = p.message
  }
  return out
}
