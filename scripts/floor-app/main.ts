// The floor for `npm run bench:browser`: a bare app with the libraries InnoCheck uses (Vue, Pinia, Vue Router,
// vue-i18n) and the same styles, rendering the start page's words with JavaScript, as any such app must.
import { createApp, defineComponent, h } from 'vue'
import { createPinia, defineStore } from 'pinia'
import { createRouter, createWebHashHistory, RouterView } from 'vue-router'
import { createI18n, useI18n } from 'vue-i18n'
import zh from '../../src/i18n/messages/zh-CN/wizard'
import '../../src/styles/global.css'

const useStore = defineStore('floor', { state: () => ({ date: '' }) })
const Start = defineComponent(() => {
  const { t } = useI18n()
  const store = useStore()
  return () =>
    h('main', { class: 'app-main' }, [
      h('h1', t('start.title')),
      h('p', { class: 'lead' }, t('start.lead')),
      h('p', t('start.checks')),
      h('ul', [h('li', t('start.checkHnte')), h('li', t('start.checkTsme')), h('li', t('start.checkTax'))]),
      h('p', t('start.local')),
      h('label', { for: 'd' }, t('start.dateLegend')),
      h('input', { id: 'd', value: store.date }),
    ])
})
const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zh } })
const router = createRouter({ history: createWebHashHistory(), routes: [{ path: '/', component: Start }] })
createApp({ render: () => h(RouterView) })
  .use(createPinia())
  .use(i18n)
  .use(router)
  .mount('#app')
