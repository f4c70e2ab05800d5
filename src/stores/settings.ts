// Settings for this device (helpdesk mode): the visiting staff member's name (printed on sheets), the
// locality (this county, with the bureau's contact lines, deadlines and targets), and the assessment date
// for new firms. Saved at once under innocheck:settings; defaults are not written.
import { defineStore } from 'pinia'
import { computed, reactive, toRefs, watch } from 'vue'
import { bazhou } from '../locality/bazhou'
import { KEYS, openStorage } from './persistence'
import { applySettings, defaultSettings, parseSettings, type SettingsData } from './settings-data'

function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export const useSettingsStore = defineStore('settings', () => {
  const storage = openStorage()
  const data = reactive<SettingsData>(parseSettings(storage?.getItem(KEYS.settings) ?? null))
  const locality = computed(() => applySettings(bazhou, data))
  function persist(): void {
    if (!storage) return
    const json = JSON.stringify(data)
    try {
      if (json === JSON.stringify(defaultSettings())) storage.removeItem(KEYS.settings)
      else storage.setItem(KEYS.settings, json)
    } catch {
      // storage full or unavailable: the saving notices already say so; the settings last for this visit
    }
  }
  watch(data, persist, { deep: true })

  function update(next: SettingsData): void {
    Object.assign(data, structuredClone(next))
  }

  /** back to the defaults (after "清除本机全部数据") */
  function reset(): void {
    Object.assign(data, defaultSettings())
  }

  /** the assessment date a new firm starts with */
  const newFirmDate = (now = new Date()) => data.defaultDate || today(now)

  return {
    ...toRefs(data),
    data,
    locality,
    update,
    reset,
    newFirmDate,
  }
})
