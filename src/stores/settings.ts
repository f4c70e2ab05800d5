// Settings for this device (helpdesk mode): the visiting staff member's name (printed on sheets), the
// locality (county, departments with their contact lines, batch dates and windows, targets), and the assessment
// date for new firms. Saved under innocheck:settings; defaults are not written. The form being edited is kept
// as typed under innocheck:settings-draft until it is saved, so a reload loses nothing.
import { defineStore } from 'pinia'
import { computed, reactive, ref, toRefs, watch } from 'vue'
import { bazhou } from '../locality/bazhou'
import { KEYS, openStorage } from './persistence'
import { applySettings, defaultSettings, parseSettings, type SettingsData } from './settings-data'
import { formOf, parseFormDraft, type SettingsForm } from './settings-form'

export const DRAFT_KEY = `${KEYS.settings}-draft`

function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function write(storage: Storage | null, key: string, json: string | null): void {
  try {
    if (json === null) storage?.removeItem(key)
    else storage?.setItem(key, json)
  } catch {
    // storage full or unavailable: the saving notices already say so; the settings last for this visit
  }
}

/** a plain copy (the values may be reactive proxies, which structuredClone refuses) */
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

export const useSettingsStore = defineStore('settings', () => {
  const storage = openStorage()
  const data = reactive<SettingsData>(parseSettings(storage?.getItem(KEYS.settings) ?? null, bazhou))
  const locality = computed(() => applySettings(bazhou, data))
  watch(
    data,
    () => {
      const json = JSON.stringify(data)
      write(storage, KEYS.settings, json === JSON.stringify(defaultSettings()) ? null : json)
    },
    { deep: true },
  )

  /** the form as typed and not yet saved, if any */
  const draft = ref<SettingsForm | null>(parseFormDraft(storage?.getItem(DRAFT_KEY) ?? null))
  /** keep the form as typed; a form that only shows what is saved is no draft */
  const keepDraft = (f: SettingsForm | null) => {
    const saved = formOf(data, bazhou)
    const kept = f && JSON.stringify({ ...f, next: 0 }) !== JSON.stringify({ ...saved, next: 0 }) ? clone(f) : null
    draft.value = kept
    write(storage, DRAFT_KEY, kept && JSON.stringify(kept))
  }
  /** the form to edit: the unsaved draft, else the saved settings */
  const form = (): SettingsForm => (draft.value ? clone(draft.value) : formOf(data, bazhou))

  function update(next: SettingsData): void {
    const { locality: l, ...rest } = clone(next)
    Object.assign(data, rest)
    if (l) data.locality = l
    else delete data.locality
  }

  /** back to the defaults (after "清除本机全部数据") */
  function reset(): void {
    update(defaultSettings())
    keepDraft(null)
  }

  /** the assessment date a new firm starts with */
  const newFirmDate = (now = new Date()) => data.defaultDate || today(now)

  return { ...toRefs(data), data, locality, draft, form, keepDraft, update, reset, newFirmDate, today }
})
