// The start page is already on screen (pre-rendered into index.html at build time): on the start page the app
// hydrates it (the painted elements stay, so nothing flashes and the largest paint is not repeated); on any other
// page it mounts over it once that route is ready. The start-up runs as a row of short tasks (none long enough
// to hold up a tap on a slow phone): the stores, the messages, the router, its first navigation, the mount, then
// the lower parts of the page one by one (src/hydrate-in-turn.ts). The engine, the full message catalogue and
// the field table's text readers (src/stores/text-kit.ts) load when the visitor first acts on the page, and
// before any other page opens; the service worker registers after load.
import { createApp, createSSRApp } from 'vue'
import { createPinia } from 'pinia'
import startMessages from 'virtual:start-messages'
import App from './App.vue'
import './styles/global.css'
import { createAppRouter } from './router'
import { createI18nWith, loadCatalogue, setLocale } from './i18n/locales'
import { readLocale } from './stores/locale'
import { useSavingStore } from './stores/saving'
import { useDraftStore } from './stores/draft'
import { loadEngine } from './stores/engine'
import { loadSettings } from './stores/settings-later'
import { loadTextKit } from './stores/text-kit'
import { fieldDomId } from './wizard/step-ids'
import { whenHydrated } from './hydrate-in-turn'

/** a date typed into the pre-rendered page before the app took over, or the field the visitor is in: kept as it
 * is (today's date must not be written under a cursor that is about to type: the two would run together) */
function typedBeforeMount(): string | undefined {
  const input = document.getElementById(fieldDomId('assessmentDate'))
  if (!(input instanceof HTMLInputElement)) return undefined
  return input.value !== input.defaultValue || document.activeElement === input ? input.value : undefined
}

/** the start page, pre-rendered in Chinese: `#/` or no hash (an `?example=` link goes on to the results). In
 *  English the first render differs in every word, so the app mounts over the Chinese page instead of hydrating */
const startPage =
  /^(#\/?)?$/.test(location.hash) &&
  Boolean(document.getElementById('app')?.firstElementChild) &&
  readLocale() === 'zh-CN'
/** the work after the first paint goes in several short tasks rather than one long one the page cannot answer in */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))
const app = startPage ? createSSRApp(App) : createApp(App)
app.use(createPinia())
await nextTask()
useSavingStore().start()
await nextTask()
const i18n = createI18nWith(startMessages)
app.use(i18n)
const locale = readLocale()
await setLocale(i18n.global, locale)
document.documentElement.lang = locale
await nextTask()
const router = createAppRouter()
const rest = () => Promise.all([loadEngine(), loadSettings(), loadCatalogue(i18n.global), loadTextKit()])
let first = true
router.beforeEach(async (to) => {
  // the first navigation finishes in a task of its own: installing the router and navigating, one short task each
  if (first) await nextTask()
  first = false
  if (to.name !== 'start') await rest()
})
await nextTask()
app.use(router)
await router.isReady()
await nextTask()
const typed = typedBeforeMount()
if (typed !== undefined) useDraftStore().setText('assessmentDate', typed)
app.mount('#app')
// the lower parts of the start page hydrate after the mount, a task each (src/hydrate-in-turn.ts); then a button
// pressed before the app took over is pressed again (src/paint-first.ts)
await whenHydrated()
document.dispatchEvent(new Event('app-mounted'))

// the engine, the full catalogue and the text readers serve the next pages: fetched when the visitor first acts on this one (or
// at once when another page opens, above), so they never compete with the start page's own start-up
const ACTS = ['pointerdown', 'keydown', 'touchstart'] as const
const warmUp = () => {
  for (const type of ACTS) window.removeEventListener(type, warmUp, true)
  void rest()
}
for (const type of ACTS) window.addEventListener(type, warmUp, { capture: true, passive: true })

const afterLoad = (f: () => void) =>
  document.readyState === 'complete' ? setTimeout(f) : window.addEventListener('load', () => setTimeout(f))
afterLoad(() => {
  // the single-file build (file://) has no service worker
  if (!__SINGLE_FILE__ && 'serviceWorker' in navigator)
    void navigator.serviceWorker.register('./sw.js', { scope: './' })
})
