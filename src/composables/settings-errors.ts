// The settings form's errors by input id, shared with its parts (each input shows its own message).
import type { InjectionKey, Ref } from 'vue'

export const SETTINGS_ERRORS: InjectionKey<Ref<Record<string, string>>> = Symbol('settings-errors')
