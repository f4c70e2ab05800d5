// The settings form's errors by input id, shared with its parts (each input shows its own message), and each
// input's name as its label reads ("霸州市税务局 联系电话"), so that the error summary says which input a message is
// about: several departments each have a phone.
import type { InjectionKey, Ref } from 'vue'

export const SETTINGS_ERRORS: InjectionKey<Ref<Record<string, string>>> = Symbol('settings-errors')
export const SETTINGS_QUESTIONS: InjectionKey<Record<string, string>> = Symbol('settings-questions')
