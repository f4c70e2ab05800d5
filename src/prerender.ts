// Build time only: the start page rendered to HTML in Node (vite.config.ts's prerender plugin loads this through
// Vite's SSR loader and writes the result into index.html), so the page paints before any script has run.
// main.ts then mounts the app over it. The date field is left empty here: the build date is not today.
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { DefineLocaleMessage } from 'vue-i18n'
import App from './App.vue'
import StartView from './views/StartView.vue'
import { createI18nWith } from './i18n/locales'
import { useDraftStore } from './stores/draft'

export async function renderStartPage(zh: DefineLocaleMessage): Promise<string> {
  const app = createSSRApp(App)
  const pinia = createPinia()
  app.use(pinia)
  app.use(createI18nWith(zh))
  // '/#' as base: links come out as '#/firms', as the app's hash history writes them
  const router = createRouter({
    history: createMemoryHistory('/#'),
    routes: [
      { path: '/', name: 'start', component: StartView },
      { path: '/:rest(.*)*', component: { render: () => null } },
    ],
  })
  app.use(router)
  useDraftStore(pinia).setText('assessmentDate', '')
  await router.push('/')
  await router.isReady()
  return renderToString(app)
}
