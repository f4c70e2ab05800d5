import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './i18n'
import { readLocale } from './stores/locale'
import { useSavingStore } from './stores/saving'

const app = createApp(App)
app.use(createPinia())
useSavingStore().start()
app.use(createAppI18n(readLocale()))
app.use(createAppRouter())
app.mount('#app')
