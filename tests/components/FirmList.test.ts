// @vitest-environment happy-dom
import { describe, it, expect, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { mountAt } from './wizard-harness'
import { useFirmsStore } from '../../src/stores/firms'

const rows = (w: VueWrapper) => w.findAll('tbody tr').map((r) => r.find('th').text())
const button = (w: VueWrapper, text: string) => {
  const b = w.findAll('button').find((x) => x.text().replace(/\s+/g, '') === text)
  if (!b) throw new Error(`no button ${text}`)
  return b
}

async function threeFirms() {
  const m = await mountAt('/firms', (d) => d.setText('company.name', '甲企业'))
  const firms = useFirmsStore()
  firms.create('乙企业')
  firms.create('<i>丙</i>企业')
  await m.wrapper.vm.$nextTick()
  return { ...m, firms }
}

describe('FirmList', () => {
  it('lists every firm, newest change first, with its status and score, the current one marked', async () => {
    const { wrapper } = await threeFirms()
    expect(rows(wrapper)[0]).toContain('<i>丙</i>企业')
    expect(rows(wrapper)[0]).toContain('当前企业')
    expect(wrapper.find('tbody i').exists()).toBe(false)
    expect(wrapper.find('tr[aria-current="true"]').text()).toContain('丙')
    expect(wrapper.find('tbody tr').text()).toContain('信息不完整')
    expect(wrapper.find('tbody tr').text()).toMatch(/\d+–\d+ 分|\d+ 分/)
  })

  it('searches by name', async () => {
    const { wrapper } = await threeFirms()
    await wrapper.find('#firm-search').setValue('乙')
    expect(rows(wrapper)).toHaveLength(1)
    expect(rows(wrapper)[0]).toContain('乙企业')
    await wrapper.find('#firm-search').setValue('没有这家')
    expect(wrapper.text()).toContain('没有符合搜索条件的企业')
  })

  it('deletes with undo', async () => {
    const { wrapper, firms } = await threeFirms()
    await button(wrapper, '删除乙企业').trigger('click')
    expect(rows(wrapper).join()).not.toContain('乙企业')
    expect(wrapper.find('[role="status"]').text()).toContain('已删除“乙企业”')
    await button(wrapper, '撤销删除').trigger('click')
    expect(rows(wrapper).join()).toContain('乙企业')
    expect(firms.list).toHaveLength(3)
  })

  it('renames and duplicates a firm', async () => {
    const { wrapper, firms } = await threeFirms()
    await button(wrapper, '重命名甲企业').trigger('click')
    const input = wrapper.find('input[id^="rename-"]')
    await input.setValue('甲企业新名')
    await input.element.closest('form')!.dispatchEvent(new Event('submit'))
    await wrapper.vm.$nextTick()
    expect(rows(wrapper).join()).toContain('甲企业新名')
    await button(wrapper, '复制乙企业').trigger('click')
    expect(firms.list.map((r) => r.profile.company.name)).toContain('乙企业（副本）')
  })

  it('opens a firm as the current draft', async () => {
    const { wrapper, draft, router } = await threeFirms()
    await button(wrapper, '打开甲企业').trigger('click')
    expect(draft.profile.company.name).toBe('甲企业')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/review'))
  })
})
