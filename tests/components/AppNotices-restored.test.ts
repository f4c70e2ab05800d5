// @vitest-environment happy-dom
// A newcomer saw 「已恢复您上次在本设备上填写的草稿。」 on every page after every load, and right after loading an
// example or 新建企业 (where nothing had been restored). It is news once: on the page the visitor arrives at, when
// a firm with answers in it was opened from this device, until dismissed, left, or replaced by another firm.
import { describe, it, expect, beforeEach } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import AppNotices from '../../src/components/AppNotices.vue'
import { createAppI18n, setLocale } from '../../src/i18n'
import { createAppRouter } from '../../src/router'
import { useDraftStore } from '../../src/stores/draft'
import { useFirmsStore } from '../../src/stores/firms'
import { useSavingStore } from '../../src/stores/saving'

const NOTICE = '已恢复您上次在本设备上填写的草稿。'

/** a firm saved on this device by an earlier visit (typed into, or left blank) */
async function saveEarlierVisit(typed: boolean) {
  localStorage.clear()
  setActivePinia(createPinia())
  useSavingStore().start()
  const firms = useFirmsStore()
  if (typed) useDraftStore().setText('company.name', '某某科技有限公司')
  else firms.create() // a blank firm in the list: saved, with nothing in it
  await flushPromises()
}

/** the next load: the stores start from storage, the app opens at `path` */
async function loadAt(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSavingStore().start()
  const router = createAppRouter()
  await router.push(path)
  await router.isReady()
  const i18n = createAppI18n()
  await setLocale(i18n.global, 'zh-CN')
  const wrapper = mount(AppNotices, { global: { plugins: [pinia, i18n, router] } })
  await flushPromises()
  return { wrapper, router, firms: useFirmsStore() }
}

describe('the restored-draft notice', () => {
  beforeEach(() => localStorage.clear())

  it('shows on the page a saved draft is restored on, and not on the next page nor back on the first', async () => {
    await saveEarlierVisit(true)
    const { wrapper, router } = await loadAt('/')
    expect(wrapper.text()).toContain(NOTICE)
    await router.push('/firms')
    await flushPromises()
    expect(wrapper.text()).not.toContain(NOTICE)
    await router.push('/')
    await flushPromises()
    expect(wrapper.text()).not.toContain(NOTICE)
  })

  it('goes when dismissed', async () => {
    await saveEarlierVisit(true)
    const { wrapper } = await loadAt('/firms')
    expect(wrapper.text()).toContain(NOTICE)
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).not.toContain(NOTICE)
  })

  it('goes when a new firm replaces the restored one in the wizard', async () => {
    await saveEarlierVisit(true)
    const { wrapper, firms } = await loadAt('/')
    firms.create()
    await flushPromises()
    expect(wrapper.text()).not.toContain(NOTICE)
  })

  it('is not shown after an example address opened over the restored draft', async () => {
    await saveEarlierVisit(true)
    const { wrapper, router } = await loadAt('/?example=strong-hnte')
    expect(router.currentRoute.value.path).toBe('/results')
    expect(wrapper.text()).not.toContain(NOTICE)
  })

  it('is not shown when the firm opened has nothing in it, nor on a first visit', async () => {
    await saveEarlierVisit(false)
    expect((await loadAt('/')).wrapper.text()).not.toContain(NOTICE)
    localStorage.clear()
    expect((await loadAt('/')).wrapper.text()).not.toContain(NOTICE)
  })
})
