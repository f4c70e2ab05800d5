// Mounts the real app (Pinia, i18n, hash router) at a route, for the step component tests.
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import App from '../../src/App.vue'
import { createAppI18n, setLocale, type Locale } from '../../src/i18n'
import { createAppRouter } from '../../src/router'
import { useDraftStore } from '../../src/stores/draft'
import { useSavingStore } from '../../src/stores/saving'

export async function mountAt(
  path: string,
  prepare?: (draft: ReturnType<typeof useDraftStore>) => void,
  locale: Locale = 'zh-CN',
) {
  localStorage.clear()
  document.body.innerHTML = '<div id="app"></div>'
  const pinia = createPinia()
  setActivePinia(pinia)
  useSavingStore().start()
  const draft = useDraftStore()
  draft.reset('2026-05-20')
  prepare?.(draft)
  const router = createAppRouter()
  await router.push(path)
  await router.isReady()
  const i18n = createAppI18n()
  await setLocale(i18n.global, locale)
  const wrapper: VueWrapper = mount(App, {
    global: { plugins: [pinia, i18n, router] },
    attachTo: document.getElementById('app')!,
  })
  return { wrapper, router, draft }
}
