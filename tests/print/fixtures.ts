// Mounting the result sheet with the results and print messages, a real Pinia and a memory router; the example
// firms as profiles and their assessments.
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createI18n } from 'vue-i18n'
import { messageCompiler } from '@/i18n/compile'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import zhResults from '@/i18n/messages/zh-CN/results'
import enResults from '@/i18n/messages/en/results'
import zhPrint from '@/i18n/messages/zh-CN/print'
import enPrint from '@/i18n/messages/en/print'
import { parseProfileText } from '@/profile/parse'
import type { FirmProfile } from '@/profile/types'

export function exampleProfile(name: string): FirmProfile {
  const r = parseProfileText(readFileSync(`examples/${name}.json`, 'utf8'))
  if (!r.ok) throw new Error(`example ${name} is invalid`)
  return r.profile
}

export function makePrintI18n() {
  return createI18n({
    legacy: false,
    locale: 'zh-CN',
    fallbackLocale: 'zh-CN',
    // the app's one renderer: {n:plural:…} and {name:yuan} placeholders, as in src/i18n
    messageCompiler,
    messages: { 'zh-CN': { ...zhResults, ...zhPrint }, en: { ...enResults, ...enPrint } },
  })
}

export function makePrintRouter() {
  const blank = { render: () => null }
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/print', name: 'print', component: blank },
      { path: '/:any(.*)*', component: blank },
    ],
  })
}

export function mountWith(component: Component, props: Record<string, unknown> = {}) {
  const i18n = makePrintI18n()
  const wrapper = mount(component, { props, global: { plugins: [createPinia(), i18n, makePrintRouter()] } })
  return { wrapper, i18n }
}

/** the visible text with runs of whitespace collapsed */
export const textOf = (w: { text(): string }) => w.text().replace(/\s+/g, ' ')
