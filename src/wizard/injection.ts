// The typed key through which a step form hands its errors (by DOM id) to the fields inside it.
import type { InjectionKey, Ref } from 'vue'

export const STEP_ERRORS: InjectionKey<Ref<Partial<Record<string, string>>>> = Symbol('step-errors')
