import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import './styles/global.css'
import { createAppRouter } from './router'
import { createAppI18n, setLocale } from './i18n'
import { readLocale } from './stores/locale'
import { useSavingStore } from './stores/saving'

const app = createApp(App)
app.use(createPinia())
useSavingStore().start()
const i18n = createAppI18n()
app.use(i18n)
const locale = readLocale()
await setLocale(i18n.global, locale)
document.documentElement.lang = locale
app.use(createAppRouter())
app.mount('#app')
